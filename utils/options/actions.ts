/**
 * What the options page can do, over the database it opens directly (docs/decisions.md#data-stays-in-the-extension
 * lives") and the two things only the browser can do: ask for a feed's host permission and
 * have the background check feeds now. Every write is one transaction, so two open options
 * tabs never undo each other's changes.
 */
import { applyRetention, clearLedger } from '../compliance/ledger-store';
import type { ShipLensDb } from '../db';
import type { FeedOutcome } from '../feeds/check-feed';
import { originPattern, parseFeedUrl } from '../feeds/feed-url';
import { makeBackup, restoreBackup, type Backup } from '../import/backup';
import {
  previewRateCard,
  type ImportedRateCard,
  type RateCardPreview,
} from '../import/rate-card-csv';
import type { SkuWeight } from '../import/sku-weights-csv';
import {
  firstLegChannels,
  previewFirstLegCard,
  type FirstLegCardPreview,
  type ImportedFirstLegLine,
} from '../import/first-leg-csv';
import { emptyLocalEdits, withChannel, withFirstLegLines, without } from '../layers/local-edits';
import { newChannel, withRateCard, type NewChannel } from '../import/rate-card-channel';
import { saveLocalEdits } from '../layers/save-local';
import type { FeedCheckSummary } from '../messaging';
import type { SkuWeightConsole } from '../sku-weights';
import type { RulesPack } from '../rules/pack/schema';
import type { LocalizedText } from '../rules/engine/types';
import type { Settings } from '../settings';

export interface OptionsEnv {
  db: ShipLensDb;
  /** The pack this build ships with, for when the stored one cannot be used. */
  fallback: RulesPack;
  now(): Date;
  /** `permissions.request`: must be reached from a click, with no await before it. */
  requestOrigins(origins: string[]): Promise<boolean>;
  removeOrigins(origins: string[]): Promise<void>;
  /** The background checks the feeds (one, or all) and writes the outcome. */
  updateFeeds(url?: string): Promise<FeedCheckSummary[]>;
}

export type SwitchList = 'disabledConsoles' | 'disabledChannels' | 'disabledPolicies';

export type SubscribeResult =
  | { ok: true; outcome: FeedOutcome | null }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'already' }
  | { ok: false; reason: 'denied'; origin: string };

export type RateCardTarget =
  { kind: 'existing'; channelId: string } | { kind: 'new'; channel: NewChannel };

function switched(ids: readonly string[], id: string, on: boolean): string[] {
  return on ? ids.filter((other) => other !== id) : [...new Set([...ids, id])];
}

/** The CSV checked against the active pack and, for an existing channel, its current card. */
export function previewFor(text: string, target: RateCardTarget, pack: RulesPack): RateCardPreview {
  const channel =
    target.kind === 'existing'
      ? pack.channels.find((candidate) => candidate.id === target.channelId)
      : undefined;
  return previewRateCard(text, {
    zones: pack.zones,
    currencies: [pack.currencyRates.base, ...Object.keys(pack.currencyRates.rates)],
    currentRates: channel?.rates ?? {},
  });
}

/** A first-leg CSV checked against the active pack's currencies and the ship-from setting. */
export function previewFirstLegFor(
  text: string,
  pack: RulesPack,
  shipFrom: string,
): FirstLegCardPreview {
  return previewFirstLegCard(text, {
    currencies: [pack.currencyRates.base, ...Object.keys(pack.currencyRates.rates)],
    shipFrom,
  });
}

export function createOptionsActions(env: OptionsEnv) {
  const { db, fallback, now } = env;
  const editLocal = (change: Parameters<typeof saveLocalEdits>[1]) =>
    saveLocalEdits(db, change, fallback, now());

  return {
    updateSettings: (patch: Partial<Settings>) => db.updateSettings(patch, now()),

    /** A shorter retention period drops the older shipments at once. */
    async setLedgerRetention(days: number): Promise<void> {
      await db.updateSettings({ ledgerRetentionDays: days }, now());
      await applyRetention(db, days, now());
    },

    clearLedger: () => clearLedger(db),

    /** Switch one console, channel or policy on or off, computed inside the transaction. */
    setSwitch: (list: SwitchList, id: string, on: boolean) =>
      // The list's element type is checked when the settings are parsed on write.
      db.updateSettings(
        (current) => ({ [list]: switched(current[list], id, on) }) as Partial<Settings>,
        now(),
      ),

    revertLocal: (kind: 'channel' | 'policy' | 'first-leg', id: string) =>
      editLocal((edits) => without(edits, kind, id, now())),

    clearLocal: () => editLocal(() => emptyLocalEdits(now())),

    /** Call straight from the click: the permission request needs the user's gesture. */
    async subscribeFeed(input: string): Promise<SubscribeResult> {
      const url = parseFeedUrl(input);
      if (!url) return { ok: false, reason: 'invalid' };
      if (!(await env.requestOrigins([originPattern(url)]))) {
        return { ok: false, reason: 'denied', origin: url.origin };
      }
      const added = await db.transaction('rw', db.feeds, async () => {
        if (await db.feeds.get(url.href)) return false;
        await db.feeds.add({
          url: url.href,
          addedAt: now().toISOString(),
          etag: null,
          lastModified: null,
          lastChecked: null,
          lastGood: null,
          lastError: null,
        });
        return true;
      });
      if (!added) return { ok: false, reason: 'already' };
      const [summary] = await env.updateFeeds(url.href);
      return { ok: true, outcome: summary?.outcome ?? null };
    },

    /** Remove the subscription, and the host permission when no other feed needs it. */
    async unsubscribeFeed(url: string): Promise<void> {
      await db.feeds.delete(url);
      const parsed = parseFeedUrl(url);
      if (!parsed) return;
      const others = await db.feeds.toArray();
      if (!others.some((feed) => parseFeedUrl(feed.url)?.origin === parsed.origin)) {
        await env.removeOrigins([originPattern(parsed)]);
      }
    },

    updateFeeds: (url?: string) => env.updateFeeds(url),

    applyRateCard(
      target: RateCardTarget,
      card: ImportedRateCard,
      fileName: string,
      current: { pack: RulesPack; shipFrom: string },
    ): Promise<LocalizedText[]> {
      const source = { fileName, at: now() };
      return editLocal((edits) => {
        const taken = new Set(current.pack.channels.map((channel) => channel.id));
        const existing =
          target.kind === 'existing'
            ? current.pack.channels.find((channel) => channel.id === target.channelId)
            : undefined;
        const channel =
          target.kind === 'new'
            ? newChannel(target.channel, card, source, current.shipFrom, taken)
            : existing && withRateCard(existing, card, source);
        if (!channel)
          throw new Error(
            `There is no channel ${target.kind === 'existing' ? target.channelId : ''} any more`,
          );
        return withChannel(edits, channel, now());
      });
    },

    /** Imported first-leg lines join the local layer, replacing local lines of the same id. */
    applyFirstLegCard: (lines: readonly ImportedFirstLegLine[], fileName: string) =>
      editLocal((edits) =>
        withFirstLegLines(edits, firstLegChannels(lines, { fileName, at: now() }), now()),
      ),

    saveSkuWeight: (consoleId: SkuWeightConsole, sku: string, grams: number) =>
      db.saveSkuWeight(consoleId, sku, grams, now()),

    deleteSkuWeight: (consoleId: SkuWeightConsole, sku: string) =>
      db.skuWeights.delete([consoleId, sku]),

    saveSkuWeights: (weights: readonly SkuWeight[]): Promise<void> =>
      db.saveSkuWeights(weights, now()),

    exportBackup: async (): Promise<string> => JSON.stringify(await makeBackup(db, now()), null, 2),

    restoreBackup: (backup: Backup) => restoreBackup(db, backup, fallback, now()),
  };
}

export type OptionsActions = ReturnType<typeof createOptionsActions>;
