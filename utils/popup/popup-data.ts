/** What the popup shows about the rules, read in one transaction. */
import type { LedgerRow } from '../compliance/ledger';
import type { FeedRecord, ShipLensDb } from '../db';
import { composeActive, readStoredRules, type ActiveRules } from '../layers/active-pack';
import type { RulesPack } from '../rules/pack/schema';
import type { Settings } from '../settings';

export interface PopupData {
  settings: Settings;
  active: ActiveRules;
  /** The most recent failed feed check, if the last check of some feed failed. */
  feedError: NonNullable<FeedRecord['lastError']> | null;
  /** The compliance ledger, for the tallies below target on the tab's console. */
  shipments: LedgerRow[];
}

export async function readPopupData(db: ShipLensDb, fallback: RulesPack): Promise<PopupData> {
  return db.transaction('r', [db.settings, db.packs, db.feeds, db.shipments], async () => {
    const [settings, stored, shipments] = await Promise.all([
      db.readSettings(),
      readStoredRules(db),
      db.shipments.toArray(),
    ]);
    const errors = stored.feeds.flatMap((feed) => (feed.lastError ? [feed.lastError] : []));
    const feedError = errors.sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
    return { settings, active: composeActive(stored, fallback), feedError, shipments };
  });
}
