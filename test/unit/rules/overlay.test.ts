import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { overlayPacks, type LocalLayer } from '../../../utils/rules/pack/overlay';
import { parsePack } from '../../../utils/rules/pack/parse';
import { channelOf, teamPack } from '../layers/packs';

const feedUrl = 'https://rules.example-team.com/pack.json';

function localLayer(): LocalLayer {
  const yanwen = channelOf(defaultPack, 'yanwen-special-line');
  yanwen.rateCard = { ...yanwen.rateCard, sample: false, source: 'my card' };
  const wishPolicy = defaultPack.policies.find((policy) => policy.id === 'wish-wishpost-mandatory');
  if (!wishPolicy) throw new Error('policy missing');
  return {
    updatedAt: '2026-12-03T10:00:00.000Z',
    channels: [yanwen, { ...channelOf(defaultPack, 'ems'), id: 'local-my-line' }],
    policies: [{ ...wishPolicy, severity: 'warning' }],
  };
}

describe('overlayPacks', () => {
  it('gives the bundled pack alone, every item from the bundled layer', () => {
    const { pack, origin, layers } = overlayPacks(defaultPack, [], null);
    expect(pack.channels).toEqual(defaultPack.channels);
    expect(pack.policies).toEqual(defaultPack.policies);
    expect(pack.version).toBe(defaultPack.version);
    expect(layers).toEqual(['bundled']);
    expect(new Set(Object.values(origin))).toEqual(new Set(['bundled']));
    expect(Object.keys(origin)).toHaveLength(
      defaultPack.channels.length +
        defaultPack.policies.length +
        defaultPack.customs.length +
        defaultPack.platformRouted.length +
        (defaultPack.firstLeg?.channels.length ?? 0),
    );
    expect(pack.customs).toEqual(defaultPack.customs);
  });

  it('lets a feed replace a customs rule by id and keeps the others', () => {
    const feed = teamPack();
    const [first] = structuredClone(defaultPack.customs);
    if (first === undefined) throw new Error('the bundled pack has customs rules');
    feed.customs = [{ ...first, severity: 'critical' }];
    const { pack, origin } = overlayPacks(defaultPack, [{ url: feedUrl, pack: feed }], null);
    expect(pack.customs.map((rule) => rule.id)).toEqual(defaultPack.customs.map((r) => r.id));
    expect(pack.customs[0]?.severity).toBe('critical');
    expect(origin[`customs:${first.id}`]).toBe(`feed:${feedUrl}`);
  });

  it('replaces channels by id in place and adds new ones after, from a feed', () => {
    const { pack, origin } = overlayPacks(defaultPack, [{ url: feedUrl, pack: teamPack() }], null);
    const ids = pack.channels.map((channel) => channel.id);
    expect(ids.slice(0, -1)).toEqual(defaultPack.channels.map((channel) => channel.id));
    expect(ids.at(-1)).toBe('team-line');
    expect(
      pack.channels.find((channel) => channel.id === 'yanwen-special-line')?.rateCard.source,
    ).toBe('team card');
    expect(origin['channel:yanwen-special-line']).toBe(`feed:${feedUrl}`);
    expect(origin['channel:team-line']).toBe(`feed:${feedUrl}`);
    expect(origin['channel:ems']).toBe('bundled');
    // The feed carries no policies: the bundled ones stay.
    expect(pack.policies).toEqual(defaultPack.policies);
  });

  it('merges what a feed adds to exchange rates, zones and service names', () => {
    const { pack } = overlayPacks(defaultPack, [{ url: feedUrl, pack: teamPack() }], null);
    expect(pack.currencyRates.rates).toMatchObject({ CNY: 7.2, NZD: 1.7, EUR: 0.92 });
    expect(pack.currencyRates.date).toBe('2026-12-01');
    expect(pack.zones).toMatchObject({
      'pacific-islands': ['FJ', 'WS', 'TO'],
      'eu-other': defaultPack.zones['eu-other'],
    });
    expect(pack.serviceAliases.wish).toMatchObject({ 'Team Post': 'standard' });
    expect(Object.keys(pack.serviceAliases.wish ?? {}).length).toBeGreaterThan(1);
  });

  it('takes a feed’s exchange rates whole when they have another base', () => {
    const feed = teamPack();
    feed.currencyRates = {
      base: 'CNY',
      date: '2026-12-01',
      source: 'team',
      rates: { USD: 0.14, EUR: 0.13 },
    };
    const { pack } = overlayPacks(defaultPack, [{ url: feedUrl, pack: feed }], null);
    expect(pack.currencyRates).toEqual(feed.currencyRates);
  });

  it('lets local edits replace feed and bundled items and add their own', () => {
    const { pack, origin, layers } = overlayPacks(
      defaultPack,
      [{ url: feedUrl, pack: teamPack() }],
      localLayer(),
    );
    expect(layers).toEqual(['bundled', `feed:${feedUrl}`, 'local']);
    expect(origin['channel:yanwen-special-line']).toBe('local');
    expect(origin['channel:local-my-line']).toBe('local');
    expect(origin['channel:team-line']).toBe(`feed:${feedUrl}`);
    expect(origin['policy:wish-wishpost-mandatory']).toBe('local');
    expect(
      pack.channels.find((channel) => channel.id === 'yanwen-special-line')?.rateCard.source,
    ).toBe('my card');
    expect(pack.policies.find((policy) => policy.id === 'wish-wishpost-mandatory')?.severity).toBe(
      'warning',
    );
    expect(pack.policies).toHaveLength(defaultPack.policies.length);
  });

  it('shows the composition in the metadata, and the result is a valid pack', () => {
    const { pack } = overlayPacks(defaultPack, [{ url: feedUrl, pack: teamPack() }], localLayer());
    expect(pack.version).toBe(`${defaultPack.version} + 2026.12.01 + local 2026-12-03`);
    expect(pack.name).toBe(`${defaultPack.name} + Team rules + local edits`);
    expect(pack.source).toBe(`bundled + ${feedUrl} + local edits`);
    expect(pack.published).toBe('2026-12-03');
    expect(pack.id).toBe('team-rules');
    expect(parsePack(pack).ok).toBe(true);
  });

  it('applies feeds in order: a later feed wins', () => {
    const second = teamPack();
    second.version = 'second';
    const yanwen = second.channels[0];
    if (!yanwen) throw new Error('channel missing');
    yanwen.rateCard = { ...yanwen.rateCard, source: 'second feed' };
    const { pack, origin } = overlayPacks(
      defaultPack,
      [
        { url: feedUrl, pack: teamPack() },
        { url: 'https://other.example/pack.json', pack: second },
      ],
      null,
    );
    expect(origin['channel:yanwen-special-line']).toBe('feed:https://other.example/pack.json');
    expect(
      pack.channels.find((channel) => channel.id === 'yanwen-special-line')?.rateCard.source,
    ).toBe('second feed');
  });
});
