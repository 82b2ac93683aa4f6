/**
 * What the background sends to content scripts: the active pack with the seller's disabled
 * channels and policies already removed, plus the settings. Content scripts keep it in
 * memory and evaluate locally (docs/decisions.md#data-stays-in-the-extension), so it must be plain
 * JSON: no Sets, Maps or functions; the engine rebuilds its lookups from it (pack-index.ts).
 *
 * Evaluating the snapshot's pack gives the same result as evaluating the full pack with the
 * same settings. A policy may still name a removed channel in its effect: that is harmless
 * (no candidate has the id), so RulesSnapshotSchema checks structure only; the cross-checks
 * ran when the pack was loaded.
 */
import { z } from 'zod';
import { SettingsSchema, type Settings } from '../../settings';
import { RulesPackSchema, type RulesPack } from './schema';

export const RulesSnapshotSchema = z.strictObject({
  pack: RulesPackSchema,
  settings: SettingsSchema,
  compiledAt: z.iso.datetime(),
});
export type RulesSnapshot = z.infer<typeof RulesSnapshotSchema>;

export function compileSnapshot(
  pack: RulesPack,
  settings: Settings,
  now: Date = new Date(),
): RulesSnapshot {
  const offChannels = new Set(settings.disabledChannels);
  const offPolicies = new Set(settings.disabledPolicies);
  return {
    pack: {
      ...pack,
      channels: pack.channels.filter((channel) => !offChannels.has(channel.id)),
      policies: pack.policies.filter((policy) => !offPolicies.has(policy.id)),
    },
    settings,
    compiledAt: now.toISOString(),
  };
}

/**
 * A short fingerprint of JSON-serialisable content (FNV-1a over its JSON text): equal for
 * equal content, so the background can tell a tab its snapshot is still current without
 * tracking which writer changed what.
 */
export function contentRevision(content: unknown): string {
  const json = JSON.stringify(content);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i += 1) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}-${json.length.toString(36)}`;
}
