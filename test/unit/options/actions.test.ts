import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShipLensDb } from '../../../utils/db';
import { composeActive, readStoredRules } from '../../../utils/layers/active-pack';
import { createOptionsActions, previewFor, type OptionsEnv } from '../../../utils/options/actions';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';

const now = new Date('2026-12-05T08:00:00Z');
const feedUrl = 'https://rules.example-team.com/pack.json';
let db: ShipLensDb;
let asked: string[][];
let removed: string[][];
let checked: Array<string | undefined>;
let grant: boolean;

function env(): OptionsEnv {
  return {
    db,
    fallback: defaultPack,
    now: () => now,
    requestOrigins: async (origins) => {
      asked.push(origins);
      return grant;
    },
    removeOrigins: async (origins) => {
      removed.push(origins);
    },
    updateFeeds: async (url) => {
      checked.push(url);
      return [{ url: url ?? '', outcome: 'updated' }];
    },
  };
}

beforeEach(() => {
  db = new ShipLensDb(`options-${Math.random()}`);
  asked = [];
  removed = [];
  checked = [];
  grant = true;
});
afterEach(async () => db.delete());

describe('subscribing to a feed', () => {
  it('asks for that origin only, stores the subscription and has it checked at once', async () => {
    const result = await createOptionsActions(env()).subscribeFeed(`  ${feedUrl}#top `);
    expect(result).toEqual({ ok: true, outcome: 'updated' });
    expect(asked).toEqual([['https://rules.example-team.com/*']]);
    expect(checked).toEqual([feedUrl]);
    expect(await db.feeds.get(feedUrl)).toMatchObject({
      url: feedUrl,
      addedAt: now.toISOString(),
      lastGood: null,
    });
  });

  it('refuses plain http before asking anything, and says when permission is refused', async () => {
    const actions = createOptionsActions(env());
    expect(await actions.subscribeFeed('http://rules.example-team.com/pack.json')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(asked).toEqual([]);
    grant = false;
    expect(await actions.subscribeFeed(feedUrl)).toEqual({
      ok: false,
      reason: 'denied',
      origin: 'https://rules.example-team.com',
    });
    expect(await db.feeds.count()).toBe(0);
  });

  it('does not subscribe twice', async () => {
    const actions = createOptionsActions(env());
    await actions.subscribeFeed(feedUrl);
    expect(await actions.subscribeFeed(feedUrl)).toEqual({ ok: false, reason: 'already' });
  });

  it('gives the host permission back when the last feed on that host goes', async () => {
    const actions = createOptionsActions(env());
    await actions.subscribeFeed(feedUrl);
    await actions.subscribeFeed('https://rules.example-team.com/other.json');
    await actions.unsubscribeFeed(feedUrl);
    expect(removed).toEqual([]);
    await actions.unsubscribeFeed('https://rules.example-team.com/other.json');
    expect(removed).toEqual([['https://rules.example-team.com/*']]);
  });
});

describe('rate-card import', () => {
  const csv =
    'destination,from_g,to_g,per_kg,parcel_fee,currency\nUS,0,2000,10,0,CNY\nGB,0,2000,12,1,CNY\n';

  it('replaces an existing channel’s card in the local layer', async () => {
    const actions = createOptionsActions(env());
    const preview = previewFor(
      csv,
      { kind: 'existing', channelId: 'yanwen-special-line' },
      defaultPack,
    );
    if (!preview.card) throw new Error('no card');
    // Days come from the channel's current card, since the file has none.
    expect(preview.card.rates.US).toMatchObject({ minDays: 12, maxDays: 25 });
    const problems = await actions.applyRateCard(
      { kind: 'existing', channelId: 'yanwen-special-line' },
      preview.card,
      'yanwen.csv',
      { pack: defaultPack, shipFrom: 'CN' },
    );
    expect(problems).toEqual([]);
    const active = composeActive(await readStoredRules(db), defaultPack);
    const yanwen = active.pack.channels.find((channel) => channel.id === 'yanwen-special-line');
    expect(active.origin['channel:yanwen-special-line']).toBe('local');
    expect(yanwen?.destinations).toEqual(['US', 'GB']);
    expect(yanwen?.rateCard).toMatchObject({
      sample: false,
      source: 'Imported from yanwen.csv on 2026-12-05',
    });
    expect(yanwen?.limits).toEqual(
      defaultPack.channels.find((c) => c.id === 'yanwen-special-line')?.limits,
    );
  });

  it('creates a local channel of the seller’s own', async () => {
    const actions = createOptionsActions(env());
    const card = previewFor(
      'destination,from_g,to_g,per_kg,parcel_fee,currency,min_days,max_days\nUS,0,2000,10,0,CNY,7,12\n',
      {
        kind: 'new',
        channel: {
          name: '',
          provider: '',
          platforms: [],
          serviceLevel: 'standard',
          tracked: true,
          maxWeightGrams: 1,
        },
      },
      defaultPack,
    ).card;
    if (!card) throw new Error('no card');
    const problems = await actions.applyRateCard(
      {
        kind: 'new',
        channel: {
          name: 'Team Line 1',
          provider: 'Acme Forwarding',
          platforms: ['amazon'],
          serviceLevel: 'standard',
          tracked: true,
          maxWeightGrams: 2000,
        },
      },
      card,
      'acme.csv',
      { pack: defaultPack, shipFrom: 'HK' },
    );
    expect(problems).toEqual([]);
    const active = composeActive(await readStoredRules(db), defaultPack);
    expect(active.origin['channel:local-team-line-1']).toBe('local');
    expect(
      active.pack.channels.find((channel) => channel.id === 'local-team-line-1'),
    ).toMatchObject({
      name: { en: 'Team Line 1', 'zh-CN': 'Team Line 1' },
      provider: 'Acme Forwarding',
      origins: ['HK'],
      destinations: ['US'],
    });
  });
});

describe('switches', () => {
  it('switches channels off and on again without touching the others', async () => {
    const actions = createOptionsActions(env());
    await Promise.all([
      actions.setSwitch('disabledChannels', 'ems', false),
      actions.setSwitch('disabledChannels', 'dhl-express', false),
    ]);
    await actions.setSwitch('disabledChannels', 'ems', true);
    expect((await db.readSettings()).disabledChannels).toEqual(['dhl-express']);
  });
});
