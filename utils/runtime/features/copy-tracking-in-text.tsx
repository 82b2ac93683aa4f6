import { scanText } from '../../tracking';
import type { Feature, FeatureContext } from '../feature';
import { nodeKeys } from '../mount';
import { renderCopyButtons } from '../copy-buttons';
import { textNodesToScan } from '../page-text';
import { createTextScanMemo } from '../text-scan-memo';
import { inPieces } from '../in-pieces';
import { watchRowsNearScreen } from '../rows-near-screen';

const textKey = nodeKeys('copy:text:');
const rowTextKey = nodeKeys('copy:row-text:');

/**
 * A list of more rows than this has its rows' text scanned as they come near the screen, not
 * with the rest of the page. Walking a text node from a content script gives it a wrapper of
 * the script's own world, which Chromium keeps in a table: on a 5,000-row list (316,000 text
 * nodes) the table grew past 262,000 entries, and each doubling of it was one step of 20 ms
 * on a quiet machine and up to 75 ms under load, in the middle of a walk (Chromium CPU profile
 * and trace, test/e2e/big-pages.e2e.ts). Shorter lists are walked whole, as every other page
 * is: a 100-row Seller Central list has about 3,500 text nodes.
 */
const ROWS_WALKED_WHOLE = 500;

/**
 * A copy button after every tracking number in the rest of the page's text, where only
 * formats that cannot be mistaken for an order id, a phone number or an item id count
 * (utils/tracking/scan.ts decides). It reads the whole page, so it waits until the panel and
 * the badges are on screen (`deferred`), and walks a big page a piece at a time; a text node
 * is scanned again only when its text changed (text-scan-memo.ts). The rows of a very long
 * list are scanned as they come near the screen (ROWS_WALKED_WHOLE).
 */
export function createCopyTrackingInText(): Feature {
  const numbersIn = createTextScanMemo((text) => scanText(text, { context: 'page' }));
  /** Buttons in rows scanned as they came near the screen, by row. */
  const rowButtons = new Map<Element, Set<string>>();
  /** Ends the watch of the last pass's rows. */
  let watch = new AbortController();

  function draw(
    ctx: FeatureContext,
    keyOf: (node: Node) => string,
    node: Text | null,
    rendered: Set<string>,
  ): void {
    if (node === null) return; // a pause in the walk (page-text.ts)
    const matches = numbersIn(node);
    if (matches.length > 0) renderCopyButtons(ctx, keyOf, node, matches, rendered);
  }

  /** Scans `row`'s text again: its buttons are the numbers it now shows. */
  function scanRow(ctx: FeatureContext, row: Element, covered: readonly Element[]): void {
    const rendered = new Set<string>();
    for (const node of textNodesToScan(row, covered)) draw(ctx, rowTextKey, node, rendered);
    for (const key of rowButtons.get(row) ?? []) if (!rendered.has(key)) ctx.ui.remove(key);
    if (rendered.size > 0) rowButtons.set(row, rendered);
    else rowButtons.delete(row);
  }

  /** Removes the buttons of rows no longer in one of `bodies`. */
  function forgetRows(ctx: FeatureContext, bodies: readonly Element[]): void {
    for (const [row, keys] of rowButtons) {
      if (row.isConnected && bodies.some((body) => row.parentElement === body)) continue;
      for (const key of keys) ctx.ui.remove(key);
      rowButtons.delete(row);
    }
  }

  return {
    id: 'copy-tracking-in-text',
    pages: ['order-detail', 'order-list', 'ship-form'],
    deferred: true,
    run(ctx) {
      watch.abort();
      const signal = (watch = new AbortController()).signal;
      const covered = ctx.page.trackingFields.map((field) => field.element);
      const bodies = ctx.page.slice.total > ROWS_WALKED_WHOLE ? ctx.page.listBodies : [];
      forgetRows(ctx, bodies);
      const rendered = new Set<string>();
      inPieces(
        ctx,
        textNodesToScan(ctx.page.doc.body, covered, bodies),
        (node) => draw(ctx, textKey, node, rendered),
        () => {
          // The whole page walked: buttons of numbers no longer in it go.
          ctx.ui.prune('copy:text:', rendered);
          if (bodies.length === 0) return;
          ctx.later(() =>
            watchRowsNearScreen(ctx, bodies, signal, (rows) =>
              inPieces(
                ctx,
                rows.values(),
                (row) => scanRow(ctx, row, covered),
                () => {},
              ),
            ),
          );
        },
      );
    },
  };
}
