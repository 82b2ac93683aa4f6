/**
 * The compliance ledger: one row per shipment ShipLens saw, kept in the extension's
 * IndexedDB (`shipments`, schema v3 in utils/db.ts). Pure functions: what a reported
 * shipment becomes in the ledger, de-duplication and retention. The database calls are in
 * ledger-store.ts.
 */
import type { ConsoleId, Money } from '../order-facts';
import { convert } from '../rules/engine/money';
import { indexPack } from '../rules/engine/pack-index';
import { matchCarrier } from '../rules/engine/facts';
import type { RulesPack, ValueBand } from '../rules/pack/schema';
import type { ShipmentReport } from './shipment';

export interface LedgerRow {
  console: ConsoleId;
  site: string;
  orderId: string;
  destination: string | null;
  origin: string;
  carrier: string | null;
  /**
   * The pack channels the carrier name belongs to: one, several ("WishPost" names four
   * WishPost lines, "SpeedPAK" four SpeedPAK lines) or none (a carrier the pack lacks).
   */
  channels: string[];
  tracked: boolean;
  trackingValid: boolean;
  shipDate: string;
  valueBand: ValueBand;
  recordedAt: string;
}

/** In US dollars at the pack's rates; the edges are documented with `valueBands`. */
export function valueBandOf(orderValue: Money | null, pack: RulesPack): ValueBand {
  if (orderValue === null) return 'unknown';
  const usd = convert(orderValue.amount, orderValue.currency, 'USD', pack.currencyRates);
  if (usd === null) return 'unknown';
  if (usd <= 5) return 'under-5';
  return usd <= 150 ? '5-to-150' : 'over-150';
}

export function channelsOf(report: ShipmentReport, pack: RulesPack): string[] {
  if (report.carrier === null) return [];
  return matchCarrier(report.carrier, report.console, indexPack(pack), new Set()).map(
    (match) => match.channel.id,
  );
}

/** `shipFrom`: the seller's ship-from setting, for reports whose page did not say. */
export function ledgerRow(
  report: ShipmentReport,
  pack: RulesPack,
  now: Date,
  shipFrom: string,
): LedgerRow {
  return {
    console: report.console,
    site: report.site,
    orderId: report.orderId,
    destination: report.destination,
    origin: report.origin ?? shipFrom,
    carrier: report.carrier,
    channels: channelsOf(report, pack),
    tracked: report.tracked,
    trackingValid: report.trackingValid,
    shipDate: report.shipDate,
    valueBand: valueBandOf(report.orderValue, pack),
    recordedAt: now.toISOString(),
  };
}

/**
 * Seen twice = recorded once: the first sighting keeps its ship date. A later sighting
 * fills in only what the first lacked (a list row shows no carrier; the detail page does).
 */
export function mergeSighting(existing: LedgerRow | undefined, seen: LedgerRow): LedgerRow {
  if (!existing) return seen;
  return {
    ...existing,
    destination: existing.destination ?? seen.destination,
    carrier: existing.carrier ?? seen.carrier,
    channels: existing.channels.length > 0 ? existing.channels : seen.channels,
    tracked: existing.tracked || seen.tracked,
    trackingValid: existing.tracked ? existing.trackingValid : seen.trackingValid,
    valueBand: existing.valueBand === 'unknown' ? seen.valueBand : existing.valueBand,
  };
}

/** The first ship date kept: rows shipped before it are past the retention period. */
export function retentionCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * 86_400_000).toISOString().slice(0, 10);
}
