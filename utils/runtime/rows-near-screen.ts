/**
 * The rows of a long list as they come near the screen: for work on a list of thousands of
 * rows that the seller only needs on the rows they look at.
 */
import type { FeatureContext } from './feature';
import { rowsBetween } from './rows-on-screen';

/**
 * Calls `reached` with the rows of `bodies` (their element children) that are on screen or
 * within a screen's height of it: at once, and again after the page scrolls (any scrolling
 * element: the listener captures) or the window is resized, at most once a frame, each row
 * once, until `signal` aborts. A body the page does not display has no rows on screen.
 */
export function watchRowsNearScreen(
  ctx: Pick<FeatureContext, 'listen' | 'later'>,
  bodies: readonly Element[],
  signal: AbortSignal,
  reached: (rows: Element[]) => void,
): void {
  const seen = new WeakSet<Element>();
  /** A frame is asked for: the scrolls until then are one look. */
  let frameAsked = false;
  const look = () => {
    if (signal.aborted) return;
    const screen = window.innerHeight;
    const fresh: Element[] = [];
    for (const body of bodies) {
      if (!body.isConnected || body.getClientRects().length === 0) continue;
      const rows = body.children;
      const { start, end } = rowsBetween(rows, -screen, 2 * screen);
      for (let i = start; i < end; i += 1) {
        const row = rows[i] as Element;
        if (seen.has(row)) continue;
        seen.add(row);
        fresh.push(row);
      }
    }
    if (fresh.length > 0) reached(fresh);
  };
  const moved = () => {
    if (frameAsked) return;
    frameAsked = true;
    requestAnimationFrame(() => {
      // Cleared here, not in `look`: a newer pass may drop the look, and the next scroll must
      // still ask for a frame.
      frameAsked = false;
      ctx.later(look);
    });
  };
  ctx.listen(window, 'scroll', moved, { capture: true, passive: true, signal });
  ctx.listen(window, 'resize', moved, { passive: true, signal });
  look();
}
