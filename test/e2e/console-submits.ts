/**
 * The console's own submit handling, as a page script: counts the submits that reach the form
 * (and the clicks on a Save button that posts the form itself), and never navigates. Both run
 * in the page, so they take one serialisable argument: Playwright's and puppeteer's
 * `evaluate(fn, arg)` alike.
 */
export function countConsoleSubmits([form, save]: readonly [string, string | null]): void {
  const state = window as unknown as { submits: number };
  state.submits = 0;
  document.querySelector(form)?.addEventListener('submit', (event) => {
    event.preventDefault();
    state.submits += 1;
  });
  if (save) document.querySelector(save)?.addEventListener('click', () => (state.submits += 1));
}

export function consoleSubmits(): number {
  return (window as unknown as { submits: number }).submits;
}

export const FULFIL_FORM = 'form[data-cy="fulfill-order-form"]';
