import { CopyButton } from '../../../components/CopyButton';
import { scanField, scanText, type ScanMatch } from '../../tracking';
import type { Feature, FeatureContext } from '../feature';
import { nodeKeys, type Placement } from '../mount';
import { scannableTextNodes } from '../page-text';

const keyOf = nodeKeys('copy:');

/** Copy buttons after `anchor`, one per distinct number, each after the previous one. */
function renderButtons(
  ctx: FeatureContext,
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

/**
 * A copy button after every tracking number, naming the carrier recognised from the number
 * itself: in the console's tracking fields (every format applies there), and in the rest of
 * the page's text, where only formats that cannot be mistaken for an order id, a phone
 * number or an item id count (utils/tracking/scan.ts decides).
 */
export const copyTracking: Feature = {
  id: 'copy-tracking',
  pages: ['order-detail', 'order-list', 'ship-form'],
  run(ctx) {
    const rendered = new Set<string>();
    const fields = ctx.adapter.trackingFields(ctx.doc);
    for (const field of fields) renderButtons(ctx, field.element, scanField(field.text), rendered);
    const covered = fields.map((field) => field.element);
    for (const node of scannableTextNodes(ctx.doc.body, covered)) {
      const matches = scanText(node.data, { context: 'page' });
      if (matches.length > 0) renderButtons(ctx, node, matches, rendered);
    }
    ctx.ui.prune('copy:', rendered);
  },
};
