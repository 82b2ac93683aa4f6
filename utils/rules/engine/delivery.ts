/**
 * Can the channel carry this order from where it ships to where it goes, and in how long:
 * origins and destinations served (zones expanded, exclusions applied) and the rate entry
 * (country, else its zone, else '*') whose delivery-time range applies.
 *
 * The answer depends on the channel, the origin and the destination only, so routesFor works
 * out a platform's channels for each pair once per pack snapshot and shares the routes, reasons
 * included, with every order that asks again: a list page asks the same few pairs for every row.
 */
import type { IndexedChannel, RateMatch } from './pack-index';
import { countryIn } from './humanize';
import { reason, localized } from './text';
import type { DeliveryEstimate, Reason } from './types';

export type Route =
  | { ok: true; rate: RateMatch; delivery: DeliveryEstimate }
  | { ok: false; reasons: readonly Reason[] };

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
  return { ok: true, rate, delivery: rate.delivery };
}

/** Per channel list (a platform's, from the pack index): origin → destination → the routes. */
const known = new WeakMap<
  readonly IndexedChannel[],
  Map<string | null, Map<string | null, readonly Route[]>>
>();

/** The route of each channel of `channels` (a pack index list), in list order. */
export function routesFor(
  channels: readonly IndexedChannel[],
  origin: string | null,
  destination: string | null,
): readonly Route[] {
  let byOrigin = known.get(channels);
  if (byOrigin === undefined) known.set(channels, (byOrigin = new Map()));
  let byDestination = byOrigin.get(origin);
  if (byDestination === undefined) byOrigin.set(origin, (byDestination = new Map()));
  let routes = byDestination.get(destination);
  if (routes === undefined) {
    routes = channels.map((indexed) => route(indexed, origin, destination));
    byDestination.set(destination, routes);
  }
  return routes;
}
