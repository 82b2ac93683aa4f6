import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRulesService } from '../../../utils/background/rules-service';
import { ShipLensDb } from '../../../utils/db';
import { emptyLocalEdits, withChannel } from '../../../utils/layers/local-edits';
import { saveLocalEdits } from '../../../utils/layers/save-local';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { channelOf, teamPack } from '../layers/packs';

const now = new Date('2026-12-05T08:00:00Z');
let db: ShipLensDb;

function service() {
  return createRulesService({ openDb: () => db, now: () => now, uiLanguage: () => 'zh-CN' });
}

beforeEach(() => {
  db = new ShipLensDb(`rules-${Math.random()}`);
});
afterEach(async () => db.delete());

describe('rules service snapshot', () => {
  it('seeds on first use and answers with the bundled pack', async () => {
    const reply = await service().snapshotReply();
    expect(reply.storageError).toBeNull();
    expect(reply.snapshot.pack.channels).toEqual(defaultPack.channels);
    expect(reply.snapshot.settings.language).toBe('zh-CN');
  });

  it('answers with the bundled pack overlaid by feeds and local edits, minus switched-off channels', async () => {
    const rules = service();
    await rules.seed();
    await db.feeds.put({
      url: 'https://rules.example-team.com/pack.json',
      addedAt: now.toISOString(),
      etag: null,
      lastModified: null,
      lastChecked: now.toISOString(),
      lastGood: {
        pack: teamPack(),
        version: '2026.12.01',
        published: '2026-12-01',
        fetchedAt: now.toISOString(),
      },
      lastError: null,
    });
    const mine = { ...channelOf(defaultPack, 'ems'), id: 'local-my-line' };
    await saveLocalEdits(db, (edits) => withChannel(edits, mine, now), defaultPack, now);
    await db.updateSettings({ disabledChannels: ['team-line'] });
    const { snapshot, storageError } = await rules.snapshotReply();
    expect(storageError).toBeNull();
    const ids = snapshot.pack.channels.map((channel) => channel.id);
    expect(ids).toContain('local-my-line');
    expect(ids).not.toContain('team-line');
    expect(snapshot.pack.version).toBe(`${defaultPack.version} + 2026.12.01 + local 2026-12-05`);
  });

  it('says, in the seller’s language, when local edits are left out', async () => {
    const rules = service();
    await rules.seed();
    const misfit = channelOf(defaultPack, 'ems');
    misfit.rateCard = { ...misfit.rateCard, currency: 'NZD' };
    await db.packs.put({
      id: 'local',
      layer: 'local',
      pack: withChannel(emptyLocalEdits(now), misfit, now),
      version: '1',
      savedAt: now.toISOString(),
    });
    const { snapshot, storageError } = await rules.snapshotReply();
    expect(storageError).toMatch(/^本地修改与其他规则不一致/);
    expect(snapshot.pack.channels).toEqual(defaultPack.channels);
  });
});

describe('rules service: a snapshot is sent again only when it changed', () => {
  it('answers "unchanged" to a tab that has the current revision, and the new snapshot after a change', async () => {
    const handle = service().handlers['get-snapshot'];
    if (!handle) throw new Error('no get-snapshot handler');
    const sender = {};
    const first = await handle({ type: 'get-snapshot' }, sender);
    if ('unchanged' in first) throw new Error('a first request gets the whole snapshot');
    const again = await handle({ type: 'get-snapshot', knownRevision: first.revision }, sender);
    expect(again).toEqual({ revision: first.revision, unchanged: true });
    await db.updateSettings({ objective: 'fastest' });
    const changed = await handle({ type: 'get-snapshot', knownRevision: first.revision }, sender);
    if ('unchanged' in changed) throw new Error('a settings change must re-send the snapshot');
    expect(changed.revision).not.toBe(first.revision);
    expect(changed.snapshot.settings.objective).toBe('fastest');
  });
});

describe('rules service: SKU weights', () => {
  it('sends only the weights of the SKUs asked for, of the console asked for, with "any console" as fallback', async () => {
    const rules = service();
    await rules.seed();
    await db.saveSkuWeight('amazon', 'MUG-1', 350, now);
    await db.saveSkuWeight('ebay', 'MUG-1', 999, now);
    await db.saveSkuWeight('amazon', 'LAMP-2', 1200, now);
    await db.skuWeights.put({ console: '*' as never, sku: 'CASE-3', grams: 80, updatedAt: '' });
    await db.skuWeights.put({ console: '*' as never, sku: 'MUG-1', grams: 1, updatedAt: '' });
    const handle = rules.handlers['get-sku-weights'];
    if (!handle) throw new Error('no get-sku-weights handler');
    const weights = await handle(
      { type: 'get-sku-weights', console: 'amazon', skus: ['MUG-1', 'CASE-3', 'NONE-4'] },
      {},
    );
    expect(weights).toEqual({ 'MUG-1': 350, 'CASE-3': 80 });
  });

  it('saves a weight and the next request for that SKU returns it', async () => {
    const rules = service();
    const save = rules.handlers['save-sku-weight'];
    const get = rules.handlers['get-sku-weights'];
    if (!save || !get) throw new Error('missing handlers');
    await save({ type: 'save-sku-weight', console: 'wish', sku: 'TOY-9', grams: 42 }, {});
    expect(await get({ type: 'get-sku-weights', console: 'wish', skus: ['TOY-9'] }, {})).toEqual({
      'TOY-9': 42,
    });
  });
});
