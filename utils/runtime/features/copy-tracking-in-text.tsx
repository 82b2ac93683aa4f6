import { scanText } from '../../tracking';
import type { Feature } from '../feature';
import { nodeKeys } from '../mount';
import { renderCopyButtons } from '../copy-buttons';
import { scannableTextNodes } from '../page-text';

const textKey = nodeKeys('copy:text:');

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
      if (matches.length > 0) renderCopyButtons(ctx, textKey, node, matches, rendered);
    }
    ctx.ui.prune('copy:text:', rendered);
  },
};
