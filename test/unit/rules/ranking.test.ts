import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../utils/rules/engine';
import { balancedScores, rankChannels, type Rankable } from '../../../utils/rules/ranking';
import { item, miniPack, NOW, order, settings } from './helpers';

type Named = Rankable & { id: string };

const channels: Named[] = [
  { id: 'post', cost: 3, minDays: 10, maxDays: 20, position: 0 },
  { id: 'economy', cost: 2, minDays: 20, maxDays: 40, position: 1 },
  { id: 'express', cost: 20, minDays: 3, maxDays: 5, position: 2 },
  { id: 'line', cost: 3, minDays: 8, maxDays: 20, position: 3 },
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

  it('balanced: mean of cost and maxDays relative to the best of each', () => {
    // best cost 2, best maxDays 5:
    //   post    (3/2 + 20/5)/2 = (1.5 + 4)/2  = 2.75
    //   economy (2/2 + 40/5)/2 = (1 + 8)/2    = 4.5
    //   express (20/2 + 5/5)/2 = (10 + 1)/2   = 5.5
    //   line    (3/2 + 20/5)/2 = 2.75 → tie with post, broken like cheapest: same cost and
    //   maxDays, so pack order.
    const scores = balancedScores(channels);
    expect(channels.map((c) => scores.get(c))).toEqual([2.75, 4.5, 5.5, 2.75]);
    expect(ids(rankChannels(channels, 'balanced'))).toEqual(['post', 'line', 'economy', 'express']);
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
    // economy (1 + 40/6)/2 = 3.83; express (21.43/2 + 1)/2 = 5.86
    expect(pick('balanced')).toBe('economy');
  });
});
