import type { FeatureContext } from './feature';

/**
 * How long one piece of a feature's work may take before the rest waits for a task of its
 * own: a page with thousands of tracking numbers gets its copy buttons in pieces, none near
 * the 50 ms the browser counts as a long task.
 */
const PIECE_MS = 15;

/**
 * Runs `each` on every item, a piece at a time (`ctx.later` between pieces, so a newer pass
 * drops the rest), then `done` once all items are handled. A short list is one piece, in
 * this task.
 */
export function inPieces<T>(
  ctx: FeatureContext,
  items: Iterator<T>,
  each: (item: T) => void,
  done: () => void,
): void {
  const deadline = performance.now() + PIECE_MS;
  for (let next = items.next(); !next.done; next = items.next()) {
    each(next.value);
    if (performance.now() > deadline) {
      ctx.later(() => inPieces(ctx, items, each, done));
      return;
    }
  }
  done();
}
