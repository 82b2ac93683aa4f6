/**
 * The ledger's database side, in the extension's origin only (background, options, popup):
 * recording with de-duplication, retention, clearing, reading for the tallies.
 */
import type { ShipLensDb } from '../db';
import type { ConsoleId } from '../order-facts';
import type { RulesPack } from '../rules/pack/schema';
import { ledgerRow, mergeSighting, retentionCutoff, type LedgerRow } from './ledger';
import type { ShipmentReport } from './shipment';

/** Record what a page showed; returns how many orders were new to the ledger. */
export async function recordShipments(
  db: ShipLensDb,
  reports: readonly ShipmentReport[],
  pack: RulesPack,
  now: Date,
  shipFrom: string,
): Promise<number> {
  if (reports.length === 0) return 0;
  return db.transaction('rw', db.shipments, async () => {
    const seen = reports.map((report) => ledgerRow(report, pack, now, shipFrom));
    const stored = await db.shipments.bulkGet(seen.map((row) => [row.console, row.orderId]));
    const merged = new Map<string, LedgerRow>();
    let added = 0;
    seen.forEach((row, index) => {
      const key = JSON.stringify([row.console, row.orderId]);
      const before = merged.get(key) ?? stored[index];
      if (before === undefined) added += 1;
      merged.set(key, mergeSighting(before, row));
    });
    await db.shipments.bulkPut([...merged.values()]);
    return added;
  });
}

/** Drop shipments older than the retention period; returns how many went. */
export async function applyRetention(
  db: ShipLensDb,
  retentionDays: number,
  now: Date,
): Promise<number> {
  return db.shipments.where('shipDate').below(retentionCutoff(now, retentionDays)).delete();
}

export async function readLedger(db: ShipLensDb, consoleId?: ConsoleId): Promise<LedgerRow[]> {
  return consoleId === undefined
    ? db.shipments.toArray()
    : db.shipments.where('console').equals(consoleId).toArray();
}

export async function clearLedger(db: ShipLensDb): Promise<void> {
  await db.shipments.clear();
}
