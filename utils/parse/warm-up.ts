import { countryCode, prepareAllCountryNames } from './country';
import { parseDate } from './date';
import { parseMoney } from './money';

/**
 * Build the parsers' lookup tables (English country names, month names in the consoles'
 * languages, currency tokens) ahead of need. They are built from `Intl` on first use, which
 * costs a content script tens of milliseconds; paid while the console is still loading, the
 * panel can appear with the order. Each table is built in a task of its own (together they
 * took ~40 ms on a loaded two-core machine, too long for one task), queued before the pass
 * that needs them. Country names in the other twelve languages (~50 ms in Chromium, several
 * times that on a slow machine) are built when the browser is idle, a language per idle
 * moment: a page in another language needs them.
 */
export function warmUpParsers(): void {
  setTimeout(() => countryCode('United States'), 0);
  setTimeout(() => parseDate('Thu, Dec 5, 2019', { now: new Date(0) }), 0);
  setTimeout(() => parseMoney('US $1.00'), 0);
  const prepare = (deadline: IdleDeadline) => {
    if (!prepareAllCountryNames(deadline)) requestIdleCallback(prepare, { timeout: 2000 });
  };
  requestIdleCallback(prepare, { timeout: 2000 });
}
