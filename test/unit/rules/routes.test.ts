/**
 * routesFor keeps each platform's routes per origin and destination, once per pack snapshot:
 * whatever order the pairs are asked in, it must give every channel the route route() works
 * out afresh, on the bundled pack and on the hand-made one (zones, exclusions, '*' rates,
 * any-origin channels).
 */
import { describe, expect, it } from 'vitest';
import { consoleIds } from '../../../utils/order-facts';
import { route, routesFor } from '../../../utils/rules/engine/delivery';
import { indexPack } from '../../../utils/rules/engine/pack-index';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import type { RulesPack } from '../../../utils/rules/pack/schema';
import { miniPack } from './helpers';

const json = (value: unknown) => JSON.stringify(value);

function pairs(pack: RulesPack): [string | null, string | null][] {
  const countries = new Set<string | null>([null, 'US', 'RU', 'XX']);
  for (const zone of Object.values(pack.zones)) for (const country of zone) countries.add(country);
  for (const channel of pack.channels) {
    for (const key of Object.keys(channel.rates)) if (key !== '*') countries.add(key);
  }
  const origins: (string | null)[] = [null, 'CN', 'HK', 'US'];
  return origins.flatMap((origin) =>
    [...countries].map((d): [string | null, string | null] => [origin, d]),
  );
}

describe('routesFor', () => {
  for (const [name, pack] of [
    ['bundled pack', defaultPack],
    ['hand-made pack', miniPack],
  ] as const) {
    it(`gives each channel of each platform its own route, asked in any order (${name})`, () => {
      const index = indexPack(pack);
      const all = pairs(pack);
      // Forwards, then backwards: the second pass reads what the first one kept.
      for (const order of [all, [...all].reverse()]) {
        for (const platform of consoleIds) {
          const channels = index.channels.get(platform) ?? [];
          for (const [origin, destination] of order) {
            const kept = routesFor(channels, origin, destination);
            expect(kept).toHaveLength(channels.length);
            channels.forEach((indexed, i) => {
              expect(json(kept[i])).toBe(json(route(indexed, origin, destination)));
            });
          }
        }
      }
    });
  }
});
