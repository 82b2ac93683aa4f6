/**
 * Orders the eligible channels by the seller's objective (settings.objective):
 *
 * - cheapest: estimated cost, then slowest-case days, then pack order;
 * - fastest:  slowest-case days (maxDays), then best-case days, then cost, then pack order;
 * - balanced: each channel's cost and maxDays are divided by the best among the eligible
 *   channels (so the cheapest has cost 1.0, the fastest days 1.0) and averaged with equal
 *   weight; the lowest score wins, ties as for cheapest. "Twice the price" weighs as much as
 *   "twice the wait", whatever the currency or the route.
 *
 * Costs are compared in the pack's base currency, converted with the pack's own rates.
 */
import type { Objective } from '../settings';

export interface Rankable {
  /** Cost in the pack's base currency. */
  cost: number;
  minDays: number;
  maxDays: number;
  /** Pack order: the last tie-breaker, so the result never depends on sort stability. */
  position: number;
}

type Compare = (a: Rankable, b: Rankable) => number;

const byCost: Compare = (a, b) =>
  a.cost - b.cost || a.maxDays - b.maxDays || a.position - b.position;
const bySpeed: Compare = (a, b) =>
  a.maxDays - b.maxDays || a.minDays - b.minDays || a.cost - b.cost || a.position - b.position;

/** Balanced score: mean of cost and maxDays, each relative to the best eligible channel. */
export function balancedScores<T extends Rankable>(items: readonly T[]): Map<T, number> {
  const bestCost = Math.max(Math.min(...items.map((item) => item.cost)), 0.01);
  const bestDays = Math.max(Math.min(...items.map((item) => item.maxDays)), 1);
  return new Map(items.map((item) => [item, (item.cost / bestCost + item.maxDays / bestDays) / 2]));
}

export function rankChannels<T extends Rankable>(items: readonly T[], objective: Objective): T[] {
  if (objective === 'cheapest') return [...items].sort(byCost);
  if (objective === 'fastest') return [...items].sort(bySpeed);
  const scores = balancedScores(items);
  return [...items].sort((a, b) => (scores.get(a) ?? 0) - (scores.get(b) ?? 0) || byCost(a, b));
}
