import { CopyButton } from '../../../components/CopyButton';
import { scanText, type ScanMatch } from '../../tracking';
import type { Feature, FeatureContext } from '../feature';
import { nodeKeys, type Placement } from '../mount';
import { scannableTextNodes } from '../page-text';

/** Copy buttons after `anchor`, one per distinct number, each after the previous one. */
function renderButtons(
  ctx: FeatureContext,
  keyOf: (node: Node) => string,
  anchor: Element | Text,
  matches: readonly ScanMatch[],
  rendered: Set<string>,
): void {
  const nodeKey = keyOf(anchor);
  const seen = new Set<string>();
  let point: Placement = { anchor, position: 'after' };
  for (const match of matches) {
    if (seen.has(match.number)) continue;
    seen.add(match.number);
    const key = `${nodeKey}:${match.number}`;
    rendered.add(key);
    const host = ctx.ui.render(
      key,
      'copy',
      point,
      <CopyButton
        number={match.number}
        carrier={match.carrier}
        verified={match.verified}
        t={ctx.t}
        onCopy={ctx.copy}
      />,
    );
    point = { anchor: host, position: 'after' };
  }
}

const fieldKey = nodeKeys('copy:field:');
const textKey = nodeKeys('copy:text:');

/**
 * A copy button after every tracking number in the console's tracking fields, naming the
 * carrier recognised from the number itself; every format applies there.
 */
export const copyTracking: Feature = {
  id: 'copy-tracking',
  pages: ['order-detail', 'order-list', 'ship-form'],
  run(ctx) {
    const rendered = new Set<string>();
    for (const field of ctx.page.trackingFields)
      renderButtons(ctx, fieldKey, field.element, field.matches, rendered);
    ctx.ui.prune('copy:field:', rendered);
  },
};

/**
 * A copy button after every tracking number in the rest of the page's text, where only
 * formats that cannot be mistaken for an order id, a phone number or an item id count
 * (utils/tracking/scan.ts decides). It reads the whole page, so it waits until the panel and
 * the badges are on screen (`deferred`).
 */
export const copyTrackingInText: Feature = {
  id: 'copy-tracking-in-text',
  pages: ['order-detail', 'order-list', 'ship-form'],
  deferred: true,
  run(ctx) {
    const rendered = new Set<string>();
    const covered = ctx.page.trackingFields.map((field) => field.element);
    for (const node of scannableTextNodes(ctx.page.doc.body, covered)) {
      const matches = scanText(node.data, { context: 'page' });
      if (matches.length > 0) renderButtons(ctx, textKey, node, matches, rendered);
    }
    ctx.ui.prune('copy:text:', rendered);
  },
};
