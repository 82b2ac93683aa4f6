import { afterEach, describe, expect, it } from 'vitest';
import { ShipLensDb, type FeedRecord } from '../../../utils/db';
import { composeActive, readStoredRules } from '../../../utils/layers/active-pack';
import { emptyLocalEdits, withChannel } from '../../../utils/layers/local-edits';
import { saveLocalEdits } from '../../../utils/layers/save-local';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { channelOf, teamPack } from './packs';

const feedUrl = 'https://rules.example-team.com/pack.json';
const now = new Date('2026-12-03T10:00:00Z');
let db: ShipLensDb;

function feedRecord(pack: unknown): FeedRecord {
  return {
    url: feedUrl,
    addedAt: '2026-12-01T00:00:00.000Z',
    etag: null,
    lastModified: null,
    lastChecked: '2026-12-01T00:00:00.000Z',
    lastGood: {
      pack,
      version: 'x',
      published: '2026-12-01',
      fetchedAt: '2026-12-01T00:00:00.000Z',
    },
    lastError: null,
  };
}

async function open(): Promise<ShipLensDb> {
  db = new ShipLensDb(`active-${Math.random()}`);
  await db.packs.put({
    id: 'bundled',
    layer: 'bundled',
    pack: defaultPack,
    version: defaultPack.version,
    savedAt: now.toISOString(),
  });
  return db;
}

afterEach(async () => db?.delete());

describe('composeActive', () => {
  it('composes bundled, feed and local layers from the database', async () => {
    await open();
    await db.feeds.put(feedRecord(teamPack()));
    const mine = { ...channelOf(defaultPack, 'ems'), id: 'local-my-line' };
    await db.packs.put({
      id: 'local',
      layer: 'local',
      pack: withChannel(emptyLocalEdits(now), mine, now),
      version: '1',
      savedAt: now.toISOString(),
    });
    const active = composeActive(await readStoredRules(db), defaultPack);
    expect(active.problems).toEqual([]);
    expect(active.layers).toEqual(['bundled', `feed:${feedUrl}`, 'local']);
    expect(active.origin['channel:team-line']).toBe(`feed:${feedUrl}`);
    expect(active.origin['channel:local-my-line']).toBe('local');
    expect(active.local?.channels).toHaveLength(1);
  });

  it('uses the build’s pack when the stored one is broken, and says so', async () => {
    await open();
    await db.packs.put({
      id: 'bundled',
      layer: 'bundled',
      pack: { nonsense: true },
      version: '0',
      savedAt: '',
    });
    const active = composeActive(await readStoredRules(db), defaultPack);
    expect(active.pack.channels).toEqual(defaultPack.channels);
    expect(active.problems[0]?.en).toMatch(
      /^the stored rules pack is invalid .*; using the bundled pack$/,
    );
  });

  it('leaves out a feed whose saved pack no longer validates', async () => {
    await open();
    await db.feeds.put(feedRecord({ ...teamPack(), schemaVersion: 99 }));
    const active = composeActive(await readStoredRules(db), defaultPack);
    expect(active.layers).toEqual(['bundled']);
    expect(active.problems[0]?.en).toContain(`the saved pack of the feed ${feedUrl} is invalid`);
  });

  it('leaves out local edits that do not validate, or do not fit the other layers', async () => {
    await open();
    await db.packs.put({
      id: 'local',
      layer: 'local',
      pack: { channels: 'no' },
      version: '1',
      savedAt: '',
    });
    let active = composeActive(await readStoredRules(db), defaultPack);
    expect(active.layers).toEqual(['bundled']);
    expect(active.problems[0]?.en).toMatch(/^your local edits are invalid/);

    const misfit = channelOf(defaultPack, 'ems');
    misfit.rateCard = { ...misfit.rateCard, currency: 'NZD' };
    await db.packs.put({
      id: 'local',
      layer: 'local',
      pack: withChannel(emptyLocalEdits(now), misfit, now),
      version: '1',
      savedAt: '',
    });
    active = composeActive(await readStoredRules(db), defaultPack);
    expect(active.layers).toEqual(['bundled']);
    expect(active.problems[0]?.en).toMatch(
      /^your local edits do not fit the other rules \(.*currency NZD has no rate.*\); left out$/,
    );
    // The stored edits are still there for the seller to see and fix.
    expect(active.local?.channels[0]?.rateCard.currency).toBe('NZD');
  });
});

describe('saveLocalEdits', () => {
  it('saves edits that fit, and refuses, writing nothing, edits that do not', async () => {
    await open();
    const mine = { ...channelOf(defaultPack, 'ems'), id: 'local-my-line' };
    expect(
      await saveLocalEdits(db, (edits) => withChannel(edits, mine, now), defaultPack, now),
    ).toEqual([]);
    const misfit = { ...mine, id: 'local-other', rateCard: { ...mine.rateCard, currency: 'NZD' } };
    const problems = await saveLocalEdits(
      db,
      (edits) => withChannel(edits, misfit, now),
      defaultPack,
      now,
    );
    expect(problems[0]?.en).toContain('currency NZD has no rate');
    const stored = composeActive(await readStoredRules(db), defaultPack);
    expect(stored.local?.channels.map((channel) => channel.id)).toEqual(['local-my-line']);
  });
});
