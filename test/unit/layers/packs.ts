/** Packs for layer tests: copies of the bundled pack with a few changes easy to spot. */
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import type { Channel, RulesPack } from '../../../utils/rules/pack/schema';

export function channelOf(pack: RulesPack, id: string): Channel {
  const channel = pack.channels.find((candidate) => candidate.id === id);
  if (!channel) throw new Error(`no channel ${id}`);
  return structuredClone(channel);
}

/** A team feed: yanwen repriced, a new "team-line" channel, one more currency and zone. */
export function teamPack(): RulesPack {
  const yanwen = channelOf(defaultPack, 'yanwen-special-line');
  yanwen.rateCard = { ...yanwen.rateCard, sample: false, source: 'team card' };
  const teamLine: Channel = { ...channelOf(defaultPack, 'dhl-ecommerce'), id: 'team-line' };
  return {
    ...structuredClone(defaultPack),
    id: 'team-rules',
    name: 'Team rules',
    version: '2026.12.01',
    published: '2026-12-01',
    source: 'https://rules.example-team.com/pack.json',
    currencyRates: {
      base: 'USD',
      date: '2026-12-01',
      source: 'team',
      rates: { CNY: 7.2, NZD: 1.7 },
    },
    zones: { ...defaultPack.zones, 'pacific-islands': ['FJ', 'WS', 'TO'] },
    serviceAliases: { wish: { 'Team Post': 'standard' } },
    platformRouted: [],
    customs: [],
    channels: [yanwen, teamLine],
    policies: [],
  };
}
