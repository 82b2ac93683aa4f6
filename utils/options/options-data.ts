/** Everything the options page shows, read in one transaction so the parts agree. */
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
}

export async function readOptionsData(db: ShipLensDb, fallback: RulesPack): Promise<OptionsData> {
  return db.transaction('r', [db.settings, db.packs, db.feeds, db.skuWeights], async () => {
    const [settings, stored, skuWeights] = await Promise.all([
      db.readSettings(),
      readStoredRules(db),
      db.skuWeights.toArray(),
    ]);
    return { settings, stored, active: composeActive(stored, fallback), skuWeights };
  });
}
