import { scanText } from '../../tracking';
import type { Feature } from '../feature';
import { nodeKeys } from '../mount';
import { renderCopyButtons } from '../copy-buttons';
import { textNodesToScan } from '../page-text';
import { createTextScanMemo } from '../text-scan-memo';
import { inPieces } from '../in-pieces';

const textKey = nodeKeys('copy:text:');

/**
 * A copy button after every tracking number in the rest of the page's text, where only
 * formats that cannot be mistaken for an order id, a phone number or an item id count
 * (utils/tracking/scan.ts decides). It reads the whole page, so it waits until the panel and
 * the badges are on screen (`deferred`), and walks a big page a piece at a time; a text node
 * is scanned again only when its text changed (text-scan-memo.ts).
 */
export function createCopyTrackingInText(): Feature {
  const numbersIn = createTextScanMemo((text) => scanText(text, { context: 'page' }));

  return {
    id: 'copy-tracking-in-text',
    pages: ['order-detail', 'order-list', 'ship-form'],
    deferred: true,
    run(ctx) {
      const covered = ctx.page.trackingFields.map((field) => field.element);
      const rendered = new Set<string>();
      inPieces(
        ctx,
        textNodesToScan(ctx.page.doc.body, covered),
        (node) => {
          if (node === null) return; // a pause in the walk (page-text.ts)
          const matches = numbersIn(node);
          if (matches.length > 0) renderCopyButtons(ctx, textKey, node, matches, rendered);
        },
        // The whole page walked: buttons of numbers no longer in it go.
        () => ctx.ui.prune('copy:text:', rendered),
      );
    },
  };
}
