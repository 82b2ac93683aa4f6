/**
 * Can the channel carry this order from where it ships to where it goes, and in how long:
 * origins and destinations served (zones expanded, exclusions applied) and the rate entry
 * (country, else its zone, else '*') whose delivery-time range applies.
 */
import type { IndexedChannel, RateMatch } from './pack-index';
import { countryIn } from './humanize';
import { reason, localized } from './text';
import type { DeliveryEstimate, Reason } from './types';

export type Route =
  { ok: true; rate: RateMatch; delivery: DeliveryEstimate } | { ok: false; reasons: Reason[] };

export function route(
  indexed: IndexedChannel,
  origin: string | null,
  destination: string | null,
): Route {
  const reasons: Reason[] = [];
  const { origins, served, excluded } = indexed;
  if (origin !== null && origins !== '*' && !origins.has(origin)) {
    reasons.push(
      reason(
        'origin-not-served',
        () =>
          localized(
            `Does not ship from ${countryIn(origin, 'en')}.`,
            `不从${countryIn(origin, 'zh-CN')}发货。`,
          ),
        {
          origin,
          origins: [...origins].join(', '),
        },
      ),
    );
  }
  if (destination === null) {
    reasons.push(
      reason(
        'destination-unknown',
        () => localized('The destination country is not known.', '目的国未知。'),
        {
          destination: null,
        },
      ),
    );
    return { ok: false, reasons };
  }
  const rate = indexed.rateFor(destination);
  if (excluded.has(destination) || (served !== '*' && !served.has(destination)) || rate === null) {
    reasons.push(
      reason(
        'destination-not-served',
        () =>
          localized(
            `Does not deliver to ${countryIn(destination, 'en')}.`,
            `不寄送到${countryIn(destination, 'zh-CN')}。`,
          ),
        {
          destination,
        },
      ),
    );
  }
  if (reasons.length > 0 || rate === null) return { ok: false, reasons };
  return { ok: true, rate, delivery: { minDays: rate.entry.minDays, maxDays: rate.entry.maxDays } };
}
