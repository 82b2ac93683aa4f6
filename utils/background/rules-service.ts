/**
 * The background's side of the rules: seeds the database with the bundled pack, and answers
 * content scripts with a compiled snapshot (active pack + settings), sent again only when it
 * changed, and with the seller's weights for the SKUs a page shows. The active
 * pack is the bundled one overlaid by feeds and local edits (utils/layers/active-pack.ts).
 * When the database cannot be opened, the bundled pack and default settings still work, and
 * the reply says why nothing can be saved.
 */
import browser from 'webextension-polyfill';
import { ShipLensDb, type PackRecord } from '../db';
import { languageFromLocale, inLanguage, messagesFor } from '../i18n';
import { composeActive, readStoredRules } from '../layers/active-pack';
import type { Handler, SkuWeights, SnapshotReply } from '../messaging';
import { defaultPack } from '../rules/pack/bundled-pack';
import type { RulesPack } from '../rules/pack/schema';
import { compileSnapshot, contentRevision } from '../rules/pack/snapshot';
import { defaultSettings, type Language, type Settings } from '../settings';
import type { ConsoleId } from '../order-facts';
import { ANY_CONSOLE } from '../sku-weights';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function bundledRecord(pack: RulesPack, now: Date): PackRecord {
  return {
    id: 'bundled',
    layer: 'bundled',
    pack,
    version: pack.version,
    savedAt: now.toISOString(),
  };
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

  async function activePack(
    opened: ShipLensDb,
    language: Language,
  ): Promise<{ pack: RulesPack; error: string | null }> {
    const active = composeActive(await readStoredRules(opened), bundled);
    const problems = active.problems.map((problem) => inLanguage(problem, language));
    return { pack: active.pack, error: problems.length > 0 ? problems.join('; ') : null };
  }

  /** The reply, with the UI strings of the seller's language (content scripts carry none). */
  function reply(pack: RulesPack, settings: Settings, storageError: string | null): SnapshotReply {
    const snapshot = compileSnapshot(pack, settings, now());
    const messages = messagesFor(settings.language);
    const revision = contentRevision([snapshot.pack, settings, storageError, messages]);
    return { revision, snapshot, storageError, messages };
  }

  async function snapshotReply(): Promise<SnapshotReply> {
    const opened = await database();
    if (typeof opened === 'string') return reply(bundled, defaultSettings, opened);
    try {
      // First use: seeding also sets the language from the browser's.
      if (!(await opened.packs.get('bundled'))) await seed(opened);
      const settings = await opened.readSettings();
      const { pack, error } = await activePack(opened, settings.language);
      return reply(pack, settings, error);
    } catch (error) {
      return reply(bundled, defaultSettings, `the database could not be read: ${message(error)}`);
    }
  }

  /**
   * The database with the active pack (switched-off channels included, so a shipment on
   * one is still recognised) and the settings: for the compliance and first-leg handlers.
   */
  async function activeRules(): Promise<{
    db: ShipLensDb | null;
    pack: RulesPack;
    settings: Settings;
  }> {
    const opened = await database();
    if (typeof opened === 'string') return { db: null, pack: bundled, settings: defaultSettings };
    const settings = await opened.readSettings();
    return { db: opened, pack: (await activePack(opened, settings.language)).pack, settings };
  }

  /** Weights of `skus` on `consoleId`, each falling back to one saved for any console ('*'). */
  async function skuWeights(consoleId: ConsoleId, skus: readonly string[]): Promise<SkuWeights> {
    const opened = await database();
    if (typeof opened === 'string' || skus.length === 0) return {};
    const [own, any] = await Promise.all([
      opened.skuWeights.bulkGet(skus.map((sku) => [consoleId, sku])),
      opened.skuWeights.bulkGet(skus.map((sku) => [ANY_CONSOLE, sku])),
    ]);
    const weights: SkuWeights = {};
    skus.forEach((sku, index) => {
      const grams = own[index]?.grams ?? any[index]?.grams;
      if (grams !== undefined) weights[sku] = grams;
    });
    return weights;
  }

  const handlers: Partial<Handler> = {
    'get-snapshot': async (request) => {
      const current = await snapshotReply();
      return request.knownRevision === current.revision
        ? { revision: current.revision, unchanged: true }
        : current;
    },
    'get-sku-weights': (request) => skuWeights(request.console, request.skus),
    'set-dock-collapsed': async (request) => {
      const opened = await database();
      if (typeof opened === 'string') throw new Error(`Not saved: ${opened}`);
      const { collapsedDocks } = await opened.readSettings();
      const others = collapsedDocks.filter((id) => id !== request.console);
      await opened.updateSettings({
        collapsedDocks: request.collapsed ? [...others, request.console] : others,
      });
      return null;
    },
    'save-sku-weight': async (request) => {
      const opened = await database();
      if (typeof opened === 'string') throw new Error(`Weight not saved: ${opened}`);
      await opened.saveSkuWeight(request.console, request.sku, request.grams, now());
      return null;
    },
  };

  return { seed, snapshotReply, activeRules, handlers };
}
