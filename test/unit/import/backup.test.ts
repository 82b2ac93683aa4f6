import { afterEach, describe, expect, it } from 'vitest';
import { ShipLensDb } from '../../../utils/db';
import { makeBackup, parseBackup, restoreBackup } from '../../../utils/import/backup';
import { emptyLocalEdits, withChannel } from '../../../utils/layers/local-edits';
import { saveLocalEdits } from '../../../utils/layers/save-local';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { channelOf } from '../layers/packs';

const now = new Date('2026-12-03T10:00:00Z');
const dbs: ShipLensDb[] = [];

function fresh(): ShipLensDb {
  const db = new ShipLensDb(`backup-${dbs.length}`);
  dbs.push(db);
  return db;
}

afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function teamSetUp(db: ShipLensDb) {
  await db.updateSettings({
    language: 'zh-CN',
    currency: 'CNY',
    objective: 'cheapest',
    disabledChannels: ['ems'],
  });
  const mine = { ...channelOf(defaultPack, 'yunexpress'), id: 'local-team-line' };
  await saveLocalEdits(db, (edits) => withChannel(edits, mine, now), defaultPack, now);
  await db.saveSkuWeight('amazon', 'SKU-1', 180, now);
  await db.saveSkuWeight('ebay', 'SKU-2', 45, now);
}

describe('backup', () => {
  it('carries settings, local rules and SKU weights from one seller to another', async () => {
    const team = fresh();
    await teamSetUp(team);
    const file = JSON.stringify(await makeBackup(team, now));

    const reader = fresh();
    await reader.updateSettings({ language: 'en' });
    await reader.saveSkuWeight('wish', 'MINE', 10, now);
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.errors[0]?.en);
    expect(await restoreBackup(reader, parsed.backup, defaultPack, now)).toEqual([]);

    expect(await reader.readSettings()).toMatchObject({
      // The reader keeps their own language.
      language: 'en',
      currency: 'CNY',
      objective: 'cheapest',
      disabledChannels: ['ems'],
    });
    const back = await makeBackup(reader, now);
    expect(back.localRules?.channels.map((channel) => channel.id)).toEqual(['local-team-line']);
    expect(back.skuWeights.map((weight) => weight.sku).sort()).toEqual(['MINE', 'SKU-1', 'SKU-2']);
  });

  it('refuses files that are not JSON, not ours, or not valid, saying where', () => {
    expect(parseBackup('{').ok).toBe(false);
    expect(parseBackup('{"format":"other"}')).toMatchObject({
      ok: false,
      errors: [{ en: 'not a ShipLens set-up file' }],
    });
    const bad = parseBackup(
      JSON.stringify({
        format: 'shiplens-backup',
        version: 1,
        exportedAt: now.toISOString(),
        settings: { currency: 'yuan' },
        localRules: null,
        skuWeights: [{ console: 'amazon', sku: 'A', grams: -1 }],
      }),
    );
    expect(bad.ok ? [] : bad.errors.map((error) => error.en.split(':')[0])).toEqual([
      'settings.currency',
      'skuWeights[0].grams',
    ]);
  });

  it('writes nothing when the local rules do not fit the reader’s pack', async () => {
    const reader = fresh();
    await reader.updateSettings({ currency: 'EUR' });
    const misfit = channelOf(defaultPack, 'ems');
    misfit.rateCard = { ...misfit.rateCard, currency: 'NZD' };
    const backup = {
      ...(await makeBackup(fresh(), now)),
      settings: { ...(await reader.readSettings()), currency: 'USD' },
      localRules: withChannel(emptyLocalEdits(now), misfit, now),
      skuWeights: [{ console: 'amazon' as const, sku: 'X', grams: 1 }],
    };
    const problems = await restoreBackup(reader, backup, defaultPack, now);
    expect(problems[0]?.en).toContain('currency NZD has no rate');
    expect((await reader.readSettings()).currency).toBe('EUR');
    expect(await reader.skuWeights.count()).toBe(0);
  });
});
