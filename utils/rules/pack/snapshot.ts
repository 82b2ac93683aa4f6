/**
 * What the background sends to content scripts: the active pack with the seller's disabled
 * channels and policies already removed, plus the settings. Content scripts keep it in
 * memory and evaluate locally (BRIEF.md "Where data lives matters"), so it must be plain
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
