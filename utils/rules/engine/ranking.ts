/**
 * Orders the eligible channels by the seller's objective (settings.objective):
 *
 * - cheapest: estimated cost, then slowest-case days, then pack order;
 * - fastest:  slowest-case days (maxDays), then best-case days, then cost, then pack order;
 * - balanced: the channels that keep the buyer's promise come first, cheapest first, then
 *   the others, cheapest first. Keeping the promise means a service level at least the one
 *   the buyer chose at checkout, and tracking when that choice was standard or better
 *   (platforms measure sellers on tracked delivery: Amazon's VTR, eBay's integrated-service
 *   rule); with no known choice every channel keeps it. This is the trade a shipping
 *   clerk makes: never pay for speed nobody asked for, never ship below what was bought.
 *   Scoring cost and days on one scale does not do that: an express courier sets the days
 *   scale and pulls every order onto premium lines.
 *
 * Costs are compared in the pack's base currency, converted with the pack's own rates.
 */
import type { Objective } from '../../settings';

export interface Rankable {
  /** Cost in the pack's base currency. */
  cost: number;
  minDays: number;
  maxDays: number;
  /** Keeps the buyer's promise (see above); only 'balanced' reads it. */
  keepsPromise: boolean;
  /** Pack order: the last tie-breaker, so the result never depends on sort stability. */
  position: number;
}

type Compare = (a: Rankable, b: Rankable) => number;

const byCost: Compare = (a, b) =>
  a.cost - b.cost || a.maxDays - b.maxDays || a.position - b.position;
const bySpeed: Compare = (a, b) =>
  a.maxDays - b.maxDays || a.minDays - b.minDays || a.cost - b.cost || a.position - b.position;
const byPromiseThenCost: Compare = (a, b) =>
  Number(b.keepsPromise) - Number(a.keepsPromise) || byCost(a, b);

const comparators: Record<Objective, Compare> = {
  cheapest: byCost,
  fastest: bySpeed,
  balanced: byPromiseThenCost,
};

/**
 * A copy of `items`, best first. Sorted by insertion into the copy rather than with
 * Array.prototype.sort, which copies into a work array of its own: an order has a dozen
 * channels at most, and for so few that copy and its set-up cost more than the comparisons
 * (`npm run bench`). The comparators end on pack order, so no two items tie.
 */
export function rankChannels<T extends Rankable>(items: readonly T[], objective: Objective): T[] {
  const compare = comparators[objective];
  const out = items.slice();
  for (let i = 1; i < out.length; i += 1) {
    const item = out[i] as T;
    let j = i;
    for (; j > 0 && compare(out[j - 1] as T, item) > 0; j -= 1) out[j] = out[j - 1] as T;
    out[j] = item;
  }
  return out;
}
