/**
 * The panel's nudge: the tallies below target that an order about to ship falls under, so
 * the seller sees that THIS order's choice moves them ("UK SpeedPAK share, last 14 days:
 * 48% of 25 shipments, target 60% — ship this one with SpeedPAK").
 */
import type { ConsoleId, Money } from '../order-facts';
import type { RulesPack } from '../rules/pack/schema';
import { valueBandOf, type LedgerRow } from './ledger';
import { inScope, tallyTarget, type Tally } from './tallies';

export interface OrderScope {
  console: ConsoleId;
  destination: string | null;
  origin: string;
  orderValue: Money | null;
}

export function nudgesFor(
  order: OrderScope,
  rows: readonly LedgerRow[],
  pack: RulesPack,
  now: Date,
): Tally[] {
  const probe: LedgerRow = {
    console: order.console,
    site: '',
    orderId: '',
    destination: order.destination,
    origin: order.origin,
    carrier: null,
    channels: [],
    tracked: false,
    trackingValid: false,
    shipDate: now.toISOString().slice(0, 10),
    valueBand: valueBandOf(order.orderValue, pack),
    recordedAt: now.toISOString(),
  };
  return (pack.complianceTargets ?? [])
    .filter((target) => inScope(probe, target))
    .map((target) => tallyTarget(rows, target, now))
    .filter((tally) => tally.belowTarget);
}
