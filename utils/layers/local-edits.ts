/**
 * The seller's local layer (overlay.ts): whole channels and policies that replace the
 * bundled or feed ones by id, or add new ones. Stored as the `local` row of the packs table
 * and carried in backups; validated with this schema whenever it is read.
 */
import { z } from 'zod';
import { ChannelSchema, PolicySchema, type Channel } from '../rules/pack/schema';
import type { LocalLayer } from '../rules/pack/overlay';

export const LocalEditsSchema = z.strictObject({
  updatedAt: z.iso.datetime(),
  channels: z.array(ChannelSchema).default([]),
  policies: z.array(PolicySchema).default([]),
});
export type LocalEdits = z.infer<typeof LocalEditsSchema>;

export function emptyLocalEdits(now: Date): LocalEdits {
  return { updatedAt: now.toISOString(), channels: [], policies: [] };
}

export function isEmpty(edits: LocalLayer): boolean {
  return edits.channels.length === 0 && edits.policies.length === 0;
}

/** The edits with `channel` replacing any local channel of the same id. */
export function withChannel(edits: LocalEdits, channel: Channel, now: Date): LocalEdits {
  return {
    ...edits,
    updatedAt: now.toISOString(),
    channels: [...edits.channels.filter((other) => other.id !== channel.id), channel],
  };
}

/** The edits without the local version of a channel or policy: the lower layer shows again. */
export function without(
  edits: LocalEdits,
  kind: 'channel' | 'policy',
  id: string,
  now: Date,
): LocalEdits {
  return {
    ...edits,
    updatedAt: now.toISOString(),
    channels: kind === 'channel' ? edits.channels.filter((item) => item.id !== id) : edits.channels,
    policies: kind === 'policy' ? edits.policies.filter((item) => item.id !== id) : edits.policies,
  };
}
