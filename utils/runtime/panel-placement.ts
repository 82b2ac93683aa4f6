/**
 * Where the panel goes, so that an order that was read is never left without one: the
 * console's own anchor first; else next to the element that shows the order id (a layout
 * we have not seen keeps its order id on screen); else docked to the edge of the window.
 */
import type { MountPoint } from '../consoles/types';
import type { ExtractResult } from '../order-facts';

export type PanelPlacement =
  { placement: 'inline'; mount: MountPoint } | { placement: 'docked'; mount: MountPoint };

/** Blocks the panel can follow without breaking a line of text or a table row. */
const blockContainers = 'header, section, article, aside, div, dl, p, h1, h2, h3, h4, li, td';

/** The element showing `orderId` in the page's own text (not in ours, not in scripts). */
export function elementShowing(doc: Document, orderId: string): Element | null {
  if (orderId.length < 5) return null; // too short to be told apart from other numbers
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template, [hidden]'))
        return NodeFilter.FILTER_REJECT;
      return node.nodeValue?.includes(orderId) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  const found = walker.nextNode();
  return found?.parentElement ?? null;
}

export function placePanel(
  doc: Document,
  anchor: MountPoint | null,
  order: ExtractResult | null,
): PanelPlacement {
  if (anchor) return { placement: 'inline', mount: anchor };
  const shown = order?.ok ? elementShowing(doc, order.facts.orderId) : null;
  const block = shown?.closest(blockContainers);
  if (block && block !== doc.body)
    return { placement: 'inline', mount: { anchor: block, position: 'after' } };
  return { placement: 'docked', mount: { anchor: doc.body, position: 'append' } };
}
