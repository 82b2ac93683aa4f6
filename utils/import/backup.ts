/**
 * Everything a seller has set up — settings, local rules (imported rate cards, local
 * channels and policies) and SKU weights — as one JSON file, so a team can share a set-up.
 * Feeds are not in it: subscribing needs the host permission, asked for one click at a time.
 * The file is validated on import, and the local rules must fit the reader's own pack.
 */
import { z } from 'zod';
import type { ShipLensDb } from '../db';
import { emptyLocalEdits, LocalEditsSchema } from '../layers/local-edits';
import { saveLocalEdits } from '../layers/save-local';
import { ConsoleIdSchema } from '../order-facts';
import type { RulesPack } from '../rules/pack/schema';
import { formatPath } from '../rules/pack/issues';
import { localized } from '../rules/engine/text';
import type { LocalizedText } from '../rules/engine/types';
import { SettingsSchema } from '../settings';
import { ANY_CONSOLE, MAX_SKU_GRAMS, MAX_SKU_LENGTH } from '../sku-weights';

export const BACKUP_FORMAT = 'shiplens-backup';
/** Bumped when an older ShipLens would misread the file. */
export const BACKUP_VERSION = 1;

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  settings: SettingsSchema,
  localRules: LocalEditsSchema.nullable(),
  skuWeights: z.array(
    z.strictObject({
      console: z.union([ConsoleIdSchema, z.literal(ANY_CONSOLE)]),
      sku: z.string().min(1).max(MAX_SKU_LENGTH),
      grams: z.number().positive().max(MAX_SKU_GRAMS),
    }),
  ),
});
export type Backup = z.infer<typeof BackupSchema>;

export type BackupParse = { ok: true; backup: Backup } | { ok: false; errors: LocalizedText[] };

export function parseBackup(input: string): BackupParse {
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [localized(`not a JSON file (${why})`, `不是 JSON 文件（${why}）`)],
    };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) {
    return {
      ok: false,
      errors: [localized('not a ShipLens set-up file', '不是 ShipLens 设置文件')],
    };
  }
  const parsed = BackupSchema.safeParse(json);
  if (parsed.success) return { ok: true, backup: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 10).map((issue) => {
      const where = formatPath(issue.path) || '(file)';
      return localized(`${where}: ${issue.message}`, `${where}：${issue.message}`);
    }),
  };
}

export async function makeBackup(db: ShipLensDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', db.settings, db.packs, db.skuWeights, async () => {
    const [settings, local, weights] = await Promise.all([
      db.readSettings(),
      db.packs.get('local'),
      db.skuWeights.toArray(),
    ]);
    const localRules = LocalEditsSchema.safeParse(local?.pack);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      settings,
      localRules: localRules.success ? localRules.data : null,
      skuWeights: weights.map(({ console, sku, grams }) => ({ console, sku, grams })),
    };
  });
}

/**
 * Apply a set-up: settings replaced (the reader keeps their own language), local rules
 * replaced, SKU weights added or updated. All or nothing: when the local rules do not fit
 * the reader's pack, the reasons come back and nothing is written.
 */
export async function restoreBackup(
  db: ShipLensDb,
  backup: Backup,
  fallback: RulesPack,
  now: Date = new Date(),
): Promise<LocalizedText[]> {
  return db.transaction('rw', [db.settings, db.packs, db.feeds, db.skuWeights], async () => {
    const localRules = backup.localRules ?? emptyLocalEdits(now);
    const problems = await saveLocalEdits(db, () => localRules, fallback, now);
    if (problems.length > 0) return problems;
    await db.updateSettings((current) => ({ ...backup.settings, language: current.language }), now);
    await db.saveSkuWeights(backup.skuWeights, now);
    return [];
  });
}
