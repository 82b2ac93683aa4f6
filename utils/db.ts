/**
 * The one database, in the extension's origin only (background, options, popup). Content
 * scripts never open it: IndexedDB opened there would belong to the console's origin, where
 * the console's own scripts can read and change it (docs/decisions.md#data-stays-in-the-extension).
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { LedgerRow } from './compliance/ledger';
import {
  isSku,
  isSkuGrams,
  MAX_SKU_GRAMS,
  MAX_SKU_LENGTH,
  type SkuWeightConsole,
} from './sku-weights';
import type { LocalizedText } from './rules/engine/types';
import { SettingsSchema, type Settings } from './settings';

/** Feeds live in their own table since schema version 2 (see `moveFeedPacks`). */
export type PackLayer = 'bundled' | 'local';

export interface PackRecord {
  id: PackLayer;
  layer: PackLayer;
  /**
   * As JSON, validated whenever it is read: the bundled layer with the pack schema, the local
   * layer with LocalEditsSchema (utils/layers/local-edits.ts).
   */
  pack: unknown;
  version: string;
  savedAt: string;
}

/** A rules-feed subscription and what its last checks gave (utils/feeds/check-feed.ts). */
export interface FeedRecord {
  /** The feed's https address; the key. */
  url: string;
  addedAt: string;
  /** Validators of the last good response, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  lastChecked: string | null;
  /** The last pack that passed validation; kept when a later check fails. */
  lastGood: { pack: unknown; version: string; published: string; fetchedAt: string } | null;
  /** Set by a failed check, cleared by the next good one. */
  lastError: { message: LocalizedText; at: string } | null;
}

export interface SettingsRecord {
  key: 'settings';
  value: Settings;
  updatedAt: string;
}

export interface SkuWeightRecord {
  /** A console, or '*' for a weight saved for any console (utils/sku-weights.ts). */
  console: SkuWeightConsole;
  sku: string;
  /** Grams per unit. */
  grams: number;
  updatedAt: string;
}

export const DB_NAME = 'shiplens';

/**
 * Version 1 kept feed packs in `packs` as `feed:<url>` rows; version 2 gives each feed a
 * record of its own (validators, last check, last error), so those rows move there.
 */
async function moveFeedPacks(tx: Transaction): Promise<void> {
  const packs = tx.table<{
    id: string;
    layer: string;
    pack: unknown;
    version: string;
    savedAt: string;
  }>('packs');
  const feedRows = await packs.where('layer').equals('feed').toArray();
  const feeds: FeedRecord[] = feedRows.map((row) => ({
    url: row.id.replace(/^feed:/, ''),
    addedAt: row.savedAt,
    etag: null,
    lastModified: null,
    lastChecked: row.savedAt,
    lastGood: {
      pack: row.pack,
      version: row.version,
      published: publishedOf(row.pack),
      fetchedAt: row.savedAt,
    },
    lastError: null,
  }));
  await tx.table<FeedRecord>('feeds').bulkPut(feeds);
  await packs.bulkDelete(feedRows.map((row) => row.id));
}

function publishedOf(pack: unknown): string {
  const published = (pack as { published?: unknown } | null)?.published;
  return typeof published === 'string' ? published : '';
}

interface SchemaVersion {
  version: number;
  /** Only the tables this version adds or changes; Dexie keeps the others. */
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Schema versions, oldest first. A new version is appended, never edited, and comes with a
 * fixture in test/fixtures/db/ (test/unit/db/migrations.test.ts runs every upgrade).
 */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      packs: 'id, layer',
      settings: 'key',
      skuWeights: '[console+sku], console, updatedAt',
    },
  },
  {
    version: 2,
    stores: { feeds: 'url, addedAt' },
    upgrade: moveFeedPacks,
  },
  {
    version: 3,
    // The compliance ledger (utils/compliance/): one row per order, so a shipment seen
    // twice is recorded once; indexed by ship date for retention and the tallies' windows.
    stores: { shipments: '[console+orderId], shipDate, console' },
  },
];

export class ShipLensDb extends Dexie {
  packs!: Table<PackRecord, string>;
  settings!: Table<SettingsRecord, string>;
  skuWeights!: Table<SkuWeightRecord, [string, string]>;
  feeds!: Table<FeedRecord, string>;
  shipments!: Table<LedgerRow, [string, string]>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }

  async readSettings(): Promise<Settings> {
    const record = await this.settings.get('settings');
    // Parsing fills defaults for fields an older version did not have.
    return SettingsSchema.parse(record?.value ?? {});
  }

  /**
   * Change some settings. Read and write happen in one transaction, so two tabs changing
   * different settings at once both keep their change. A function patch is computed from the
   * settings as they are inside that transaction: use it for lists (switching one channel
   * off must not undo a channel another tab switched off a moment ago).
   */
  async updateSettings(
    patch: Partial<Settings> | ((current: Settings) => Partial<Settings>),
    now = new Date(),
  ): Promise<Settings> {
    return this.transaction('rw', this.settings, async () => {
      const current = await this.readSettings();
      const changes = typeof patch === 'function' ? patch(current) : patch;
      const next = SettingsSchema.parse({ ...current, ...changes });
      await this.settings.put({ key: 'settings', value: next, updatedAt: now.toISOString() });
      return next;
    });
  }

  async saveSkuWeight(consoleId: SkuWeightConsole, sku: string, grams: number, now = new Date()) {
    await this.saveSkuWeights([{ console: consoleId, sku, grams }], now);
  }

  /**
   * Add or update weights, all or none: every write of a weight comes here, so a value out of
   * bounds is refused whichever path (a page's prompt, a CSV, a backup) it came by.
   */
  async saveSkuWeights(
    weights: readonly Omit<SkuWeightRecord, 'updatedAt'>[],
    now = new Date(),
  ): Promise<void> {
    const bad = weights.find((weight) => !isSku(weight.sku) || !isSkuGrams(weight.grams));
    if (bad !== undefined) {
      throw new Error(
        `SKU weight not saved: "${String(bad.sku).slice(0, 40)}" ${String(bad.grams)} g — a SKU of 1 to ${MAX_SKU_LENGTH} characters and a weight above 0 and at most ${MAX_SKU_GRAMS} g are required`,
      );
    }
    const updatedAt = now.toISOString();
    await this.skuWeights.bulkPut(
      weights.map(({ console, sku, grams }) => ({ console, sku, grams, updatedAt })),
    );
  }
}
