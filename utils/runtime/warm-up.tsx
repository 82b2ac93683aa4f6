/**
 * The first list or order a seller opens after the console has loaded was read and drawn by
 * code the browser had not compiled yet: in Chromium a 100-row Seller Central list read at
 * about 0.6 ms a row the first time and 0.25 ms the second, and its badges missed the
 * console's first frame; the first panel spent most of its time in the renderer's first run
 * (docs/decisions.md#warm-up). So once the rules have arrived, while the browser is idle, the
 * content script reads its console's list sample (invented orders in the console's markup, in
 * a document of its own, never the page's), evaluates each order and makes its badge, until
 * it has done so WARM_UP_ROWS times, and draws the panel of every PANEL_EVERY-th one in a
 * detached element. Nothing it makes is kept.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { listBadge } from '../../components/ListBadge';
import { OrderPanel } from '../../components/OrderPanel';
import type { ConsoleAdapter } from '../consoles/types';
import type { Language } from '../settings';
import type { Translate } from '../translate';
import type { Evaluate } from './evaluations';

/** Enough rows for the browser's optimising compilers to take the reading code up. */
const WARM_UP_ROWS = 60;

/** A panel is a bigger drawing than a badge: every sixth order's is enough. */
const PANEL_EVERY = 6;

/**
 * The most one idle callback reads: the browser may grant 50 ms of idle time, and input that
 * arrives meanwhile waits for the callback to end.
 */
const STEP_MS = 8;

export interface WarmUp {
  adapter: ConsoleAdapter;
  /** Evaluates without remembering: the sample's orders must not crowd the page's. */
  evaluate: Evaluate;
  language: Language;
  t: Translate;
  /** False once the content script has ended: the rest is dropped. */
  alive: () => boolean;
}

export function warmUp({ adapter, evaluate, language, t, alive }: WarmUp): void {
  const { url, html } = adapter.listSample;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The sample's own list address: on a detail page, a reader that checks it finds no list.
  const { rows, read } = adapter.listRows(doc, new URL(url));
  const panel = createRoot(doc.createElement('div'));
  let done = 0;
  const going = () => alive() && done < WARM_UP_ROWS && rows.length > 0;
  const step = (deadline: IdleDeadline) => {
    const until = performance.now() + Math.min(deadline.timeRemaining(), STEP_MS);
    try {
      // At least one row a callback: an idle period may be granted with no time left in it.
      for (let first = true; going() && (first || performance.now() < until); first = false) {
        const { facts } = read(rows[done % rows.length] as Element);
        if (facts.ok) {
          const state = {
            kind: 'ready',
            facts: facts.facts,
            evaluation: evaluate(facts.facts),
          } as const;
          listBadge(doc, { state, language, t });
          if (done % PANEL_EVERY === 0)
            flushSync(() =>
              panel.render(
                <OrderPanel
                  state={state}
                  language={language}
                  t={t}
                  storageError={null}
                  onSaveWeight={async () => {}}
                />,
              ),
            );
        }
        done += 1;
      }
    } catch (error) {
      // Only the head start is lost: the page's own reading reports its errors.
      console.warn(`[ShipLens] warm-up stopped on ${adapter.id}`, error);
      done = WARM_UP_ROWS;
    }
    if (going()) requestIdleCallback(step);
    else panel.unmount();
  };
  requestIdleCallback(step);
}
