/**
 * The background's side of the rules: seeds the database with the bundled pack, and answers
 * content scripts with a compiled snapshot (active pack + settings + SKU weights). When the
 * database cannot be opened, the bundled pack and default settings still work, and the reply
 * says why nothing can be saved.
 */
import browser from 'webextension-polyfill';
import { ShipLensDb, type PackRecord } from '../db';
import { languageFromLocale } from '../i18n';
import type { Handler, SnapshotReply } from '../messaging';
import { skuWeightKey } from '../messaging';
import { defaultPack } from '../rules/default-pack';
import { parsePack, type RulesPack } from '../rules/schema';
import { compileSnapshot } from '../rules/snapshot';
import { defaultSettings } from '../settings';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function bundledRecord(pack: RulesPack, now: Date): PackRecord {
  return { id: 'bundled', layer: 'bundled', pack, version: pack.version, savedAt: now.toISOString() };
}

export interface RulesServiceOptions {
  openDb?: () => ShipLensDb;
  bundled?: RulesPack;
  now?: () => Date;
  uiLanguage?: () => string;
}

export function createRulesService(options: RulesServiceOptions = {}) {
  const openDb = options.openDb ?? (() => new ShipLensDb());
  const bundled = options.bundled ?? defaultPack;
  const now = options.now ?? (() => new Date());
  const uiLanguage = options.uiLanguage ?? (() => browser.i18n.getUILanguage());
  let db: ShipLensDb | null = null;

  /** The database, or the reason it cannot be used (tried again on the next request). */
  async function database(): Promise<ShipLensDb | string> {
    if (db) return db;
    try {
      const opened = openDb();
      await opened.open();
      db = opened;
      return opened;
    } catch (error) {
      return `the database could not be opened: ${message(error)}`;
    }
  }

  /**
   * Store the pack this build ships with. It replaces the previous bundled layer (an update
   * ships newer rules) and never touches the seller's own layers, settings or weights.
   */
  async function seed(target?: ShipLensDb): Promise<void> {
    const opened = target ?? (await database());
    if (typeof opened === 'string') return;
    await opened.transaction('rw', opened.packs, opened.settings, async () => {
      await opened.packs.put(bundledRecord(bundled, now()));
      if (!(await opened.settings.get('settings'))) {
        await opened.updateSettings({ language: languageFromLocale(uiLanguage()) }, now());
      }
    });
  }

  async function activePack(opened: ShipLensDb): Promise<{ pack: RulesPack; error: string | null }> {
    let record = await opened.packs.get('bundled');
    if (!record) {
      await seed(opened);
      record = await opened.packs.get('bundled');
    }
    const parsed = parsePack(record?.pack);
    if (parsed.ok) return { pack: parsed.pack, error: null };
    const first = parsed.errors[0];
    return {
      pack: bundled,
      error: `the stored rules pack is invalid (${first ? `${first.path}: ${first.message}` : 'unknown'}); using the bundled pack`,
    };
  }

  async function snapshotReply(): Promise<SnapshotReply> {
    const opened = await database();
    if (typeof opened === 'string') {
      return {
        snapshot: compileSnapshot(bundled, defaultSettings, now()),
        skuWeights: {},
        storageError: opened,
      };
    }
    try {
      const [settings, { pack, error }, weights] = await Promise.all([
        opened.readSettings(),
        activePack(opened),
        opened.skuWeights.toArray(),
      ]);
      const skuWeights: Record<string, number> = {};
      for (const row of weights) skuWeights[skuWeightKey(row.console, row.sku)] = row.grams;
      return { snapshot: compileSnapshot(pack, settings, now()), skuWeights, storageError: error };
    } catch (error) {
      return {
        snapshot: compileSnapshot(bundled, defaultSettings, now()),
        skuWeights: {},
        storageError: `the database could not be read: ${message(error)}`,
      };
    }
  }

  const handlers: Partial<Handler> = {
    'get-snapshot': () => snapshotReply(),
    'save-sku-weight': async (request) => {
      const opened = await database();
      if (typeof opened === 'string') throw new Error(`Weight not saved: ${opened}`);
      await opened.saveSkuWeight(request.console, request.sku, request.grams, now());
      return snapshotReply();
    },
  };

  return { seed, snapshotReply, handlers };
}
