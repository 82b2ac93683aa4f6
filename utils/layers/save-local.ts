/**
 * Local edits are written only when the active pack, with them on top, still validates;
 * otherwise the reasons come back and nothing is written. Read, check and write happen in
 * one transaction, so an edit made meanwhile in another tab is not overwritten unseen.
 */
import type { ShipLensDb } from '../db';
import type { RulesPack } from '../rules/pack/schema';
import type { LocalizedText } from '../rules/engine/types';
import { composeActive, readStoredRules } from './active-pack';
import { emptyLocalEdits, isEmpty, LocalEditsSchema, type LocalEdits } from './local-edits';

export async function saveLocalEdits(
  db: ShipLensDb,
  change: (current: LocalEdits) => LocalEdits,
  fallback: RulesPack,
  now: Date = new Date(),
): Promise<LocalizedText[]> {
  return db.transaction('rw', db.packs, db.feeds, async () => {
    const stored = await readStoredRules(db);
    // Stored edits that no longer validate were already left out of the active pack.
    const parsed = LocalEditsSchema.safeParse(stored.local?.pack);
    const current = parsed.success ? parsed.data : emptyLocalEdits(now);
    const next = change(current);
    const record = {
      id: 'local',
      layer: 'local',
      pack: next,
      version: next.updatedAt,
      savedAt: now.toISOString(),
    } as const;
    const active = composeActive({ ...stored, local: record }, fallback);
    if (!isEmpty(next) && !active.layers.includes('local')) return active.problems;
    await db.packs.put(record);
    return [];
  });
}
