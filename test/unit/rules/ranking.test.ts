import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../utils/rules/engine/engine';
import { rankChannels, type Rankable } from '../../../utils/rules/engine/ranking';
import { item, miniPack, NOW, order, settings } from './helpers';

type Named = Rankable & { id: string };

// The buyer chose standard: the untracked economy line does not keep that promise.
const channels: Named[] = [
  { id: 'post', cost: 3, minDays: 10, maxDays: 20, keepsPromise: true, position: 0 },
  { id: 'economy', cost: 2, minDays: 20, maxDays: 40, keepsPromise: false, position: 1 },
  { id: 'express', cost: 20, minDays: 3, maxDays: 5, keepsPromise: true, position: 2 },
  { id: 'line', cost: 3, minDays: 8, maxDays: 20, keepsPromise: true, position: 3 },
];

const ids = (list: readonly Named[]) => list.map((c) => c.id);

describe('rankChannels', () => {
  it('cheapest: by cost, then maxDays, then pack order', () => {
    expect(ids(rankChannels(channels, 'cheapest'))).toEqual(['economy', 'post', 'line', 'express']);
  });

  it('fastest: by maxDays, then minDays, then cost', () => {
    // post and line both take up to 20 days; line can arrive sooner (8 vs 10).
    expect(ids(rankChannels(channels, 'fastest'))).toEqual(['express', 'line', 'post', 'economy']);
  });

  it("balanced: the channels that keep the buyer's promise, cheapest first, then the rest", () => {
    // post and line cost the same and take as long: pack order. Express keeps the promise
    // but costs most; economy is cheapest but breaks the promise, so it comes last.
    expect(ids(rankChannels(channels, 'balanced'))).toEqual(['post', 'line', 'express', 'economy']);
  });

  it('drives the engine: each objective picks its channel on the mini pack', () => {
    // 300 g to GB (order value 4 USD, so the US rule is not involved): Post does not serve GB.
    const facts = order({
      destinationCountry: 'GB',
      items: [item({ unitWeightGrams: 300 })],
      orderValue: { amount: 4, currency: 'USD' },
    });
    const pick = (objective: 'cheapest' | 'fastest' | 'balanced') =>
      evaluate({ facts, pack: miniPack, settings: settings({ objective }), now: NOW }).recommended
        ?.channelId;
    // economy 2 USD / 40 days; express 150 CNY = 21.43 USD / 6 days.
    expect(pick('cheapest')).toBe('economy');
    expect(pick('fastest')).toBe('express');
    // No buyer choice on the order, so no promise to keep: balanced is the cheapest.
    expect(pick('balanced')).toBe('economy');
  });
});

describe('balanced on the bundled pack', () => {
  it("ships a standard-service buyer's order on the cheapest tracked standard line, not premium", async () => {
    const { defaultPack } = await import('../../../utils/rules/pack/bundled-pack');
    const { readFileSync } = await import('node:fs');
    const facts = JSON.parse(
      readFileSync(
        new URL('../../fixtures/aliexpress/order-detail.old-en-us.json', import.meta.url),
        'utf8',
      ),
    );
    expect(facts.buyerSelectedService).toBe('AliExpress Standard Shipping');
    const result = evaluate({
      facts,
      pack: defaultPack,
      settings: settings({ objective: 'balanced' }),
      now: NOW,
    });
    const recommended = result.recommended;
    expect(recommended?.serviceLevel).toBe('standard');
    expect(recommended?.tracked).toBe(true);
    // Cheapest among the standard lines the US > US$5 rule leaves (ePacket, AliExpress Standard).
    const standard = result.channels.filter((c) => c.eligible && c.serviceLevel === 'standard');
    const cheapest = Math.min(...standard.map((c) => c.cost?.converted?.amount ?? Infinity));
    expect(recommended?.cost?.converted?.amount).toBe(cheapest);
  });
});
