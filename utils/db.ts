/**
 * The one database, in the extension's origin only (background, options, popup). Content
 * scripts never open it: IndexedDB opened there would belong to the console's origin, where
 * the console's own scripts can read and change it (BRIEF.md "Where data lives").
 */
import Dexie, { type Table } from 'dexie';
import type { ConsoleId } from './order-facts';
import { SettingsSchema, type Settings } from './settings';

export type PackLayer = 'bundled' | 'feed' | 'local';

export interface PackRecord {
  /** 'bundled', 'local', or `feed:<https address>`. */
  id: string;
  layer: PackLayer;
  /** The pack as JSON; validated with the pack schema whenever it is read. */
  pack: unknown;
  version: string;
  savedAt: string;
}

export interface SettingsRecord {
  key: 'settings';
  value: Settings;
  updatedAt: string;
}

export interface SkuWeightRecord {
  console: ConsoleId;
  sku: string;
  /** Grams per unit. */
  grams: number;
  updatedAt: string;
}

export const DB_NAME = 'shiplens';

/** Schema versions, oldest first. A new version is appended, never edited. */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      packs: 'id, layer',
      settings: 'key',
      skuWeights: '[console+sku], console, updatedAt',
    },
  },
] as const;

export class ShipLensDb extends Dexie {
  packs!: Table<PackRecord, string>;
  settings!: Table<SettingsRecord, string>;
  skuWeights!: Table<SkuWeightRecord, [string, string]>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores } of schemaVersions) this.version(version).stores(stores);
  }

  async readSettings(): Promise<Settings> {
    const record = await this.settings.get('settings');
    // Parsing fills defaults for fields an older version did not have.
    return SettingsSchema.parse(record?.value ?? {});
  }

  /**
   * Change some settings. Read and write happen in one transaction, so two tabs changing
   * different settings at once both keep their change.
   */
  async updateSettings(patch: Partial<Settings>, now = new Date()): Promise<Settings> {
    return this.transaction('rw', this.settings, async () => {
      const current = await this.readSettings();
      const next = SettingsSchema.parse({ ...current, ...patch });
      await this.settings.put({ key: 'settings', value: next, updatedAt: now.toISOString() });
      return next;
    });
  }

  async saveSkuWeight(consoleId: ConsoleId, sku: string, grams: number, now = new Date()) {
    await this.skuWeights.put({ console: consoleId, sku, grams, updatedAt: now.toISOString() });
  }
}
