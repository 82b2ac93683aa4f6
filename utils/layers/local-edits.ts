/**
 * The seller's local layer (overlay.ts): whole channels, policies and FBA first-leg lines
 * that replace the bundled or feed ones by id, or add new ones. Stored as the `local` row of the packs table
 * and carried in backups; validated with this schema whenever it is read.
 */
import { z } from 'zod';
import {
  ChannelSchema,
  FirstLegChannelSchema,
  PolicySchema,
  type Channel,
  type FirstLegChannel,
} from '../rules/pack/schema';
import type { LocalLayer } from '../rules/pack/overlay';

export const LocalEditsSchema = z.strictObject({
  updatedAt: z.iso.datetime(),
  channels: z.array(ChannelSchema).default([]),
  policies: z.array(PolicySchema).default([]),
  /** Imported first-leg cards (docs/rate-card-csv.md "First-leg rate cards"). */
  firstLeg: z.array(FirstLegChannelSchema).default([]),
});
export type LocalEdits = z.infer<typeof LocalEditsSchema>;

export function emptyLocalEdits(now: Date): LocalEdits {
  return { updatedAt: now.toISOString(), channels: [], policies: [], firstLeg: [] };
}

export function isEmpty(edits: LocalLayer): boolean {
  return (
    edits.channels.length === 0 &&
    edits.policies.length === 0 &&
    (edits.firstLeg ?? []).length === 0
  );
}

/** The edits with `channel` replacing any local channel of the same id. */
export function withChannel(edits: LocalEdits, channel: Channel, now: Date): LocalEdits {
  return {
    ...edits,
    updatedAt: now.toISOString(),
    channels: [...edits.channels.filter((other) => other.id !== channel.id), channel],
  };
}

/** The edits with `lines` replacing any local first-leg lines of the same ids. */
export function withFirstLegLines(
  edits: LocalEdits,
  lines: readonly FirstLegChannel[],
  now: Date,
): LocalEdits {
  const ids = new Set(lines.map((line) => line.id));
  return {
    ...edits,
    updatedAt: now.toISOString(),
    firstLeg: [...edits.firstLeg.filter((other) => !ids.has(other.id)), ...lines],
  };
}

/** The edits without the local version of a channel or policy: the lower layer shows again. */
export function without(
  edits: LocalEdits,
  kind: 'channel' | 'policy' | 'first-leg',
  id: string,
  now: Date,
): LocalEdits {
  const keep = <T extends { id: string }>(items: T[], of: typeof kind) =>
    kind === of ? items.filter((item) => item.id !== id) : items;
  return {
    ...edits,
    updatedAt: now.toISOString(),
    channels: keep(edits.channels, 'channel'),
    policies: keep(edits.policies, 'policy'),
    firstLeg: keep(edits.firstLeg, 'first-leg'),
  };
}
