/** Everything the options page shows, read in one transaction so the parts agree. */
import type { LedgerRow } from '../compliance/ledger';
import type { ShipLensDb, SkuWeightRecord } from '../db';
import {
  composeActive,
  readStoredRules,
  type ActiveRules,
  type StoredRules,
} from '../layers/active-pack';
import type { RulesPack } from '../rules/pack/schema';
import type { Settings } from '../settings';

export interface OptionsData {
  settings: Settings;
  stored: StoredRules;
  active: ActiveRules;
  skuWeights: SkuWeightRecord[];
  /** The compliance ledger (utils/compliance/). */
  shipments: LedgerRow[];
}

export async function readOptionsData(db: ShipLensDb, fallback: RulesPack): Promise<OptionsData> {
  const tables = [db.settings, db.packs, db.feeds, db.skuWeights, db.shipments];
  return db.transaction('r', tables, async () => {
    const [settings, stored, skuWeights, shipments] = await Promise.all([
      db.readSettings(),
      readStoredRules(db),
      db.skuWeights.toArray(),
      db.shipments.toArray(),
    ]);
    return { settings, stored, active: composeActive(stored, fallback), skuWeights, shipments };
  });
}
