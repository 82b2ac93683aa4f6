import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../utils/rules/engine/engine';
import { item, miniPack, NOW, order, settings } from './helpers';

// Express is turned off, so Post (2 kg, 50 USD per parcel) is the only channel that could
// carry a US order above US$5 (Economy is ruled out by the US policy, which splitting
// cannot fix).
const noExpress = settings({ disabledChannels: ['express'] });

function split(items: ReturnType<typeof item>[]) {
  const amount = items.reduce((sum, i) => sum + i.quantity * (i.unitPrice?.amount ?? 0), 0);
  return evaluate({
    facts: order({ items, orderValue: { amount, currency: 'USD' } }),
    pack: miniPack,
    settings: noExpress,
    now: NOW,
  });
}

describe('order splitting', () => {
  it('splits by weight: 3 × 900 g over a 2 kg limit → 1 800 g + 900 g', () => {
    const result = split([item({ quantity: 3, unitWeightGrams: 900 })]);
    expect(result.recommended).toBeNull();
    // 1 800 g: 80 × 1.8 + 12 = 156 CNY; 900 g: 80 × 0.9 + 12 = 84 CNY; 240 CNY / 7 = 34.29 USD
    expect(result.split).toEqual({
      reason: {
        en: 'No channel takes the order as one parcel. Split into 2 parcels by Post: about 34.29 USD in total.',
        'zh-CN': '没有渠道能以单个包裹承运此订单。拆成 2 个包裹用邮政发货:合计约 34.29 USD。',
      },
      parcels: [
        { channelId: 'post', items: [{ index: 0, quantity: 2 }], grams: 1800 },
        { channelId: 'post', items: [{ index: 0, quantity: 1 }], grams: 900 },
      ],
    });
  });

  it('splits by declared value: 2 × US$30 over a US$50 limit → one unit per parcel', () => {
    const result = split([
      item({ quantity: 2, unitWeightGrams: 300, unitPrice: { amount: 30, currency: 'USD' } }),
    ]);
    expect(result.ruledOut.find((c) => c.channelId === 'post')?.reasons.map((r) => r.code)).toEqual(
      ['over-max-value'],
    );
    expect(result.split?.parcels).toEqual([
      { channelId: 'post', items: [{ index: 0, quantity: 1 }], grams: 300 },
      { channelId: 'post', items: [{ index: 0, quantity: 1 }], grams: 300 },
    ]);
  });

  it('packs heaviest first across items', () => {
    const result = split([
      item({ sku: 'A', unitWeightGrams: 700, quantity: 2 }),
      item({ sku: 'B', unitWeightGrams: 1500 }),
    ]);
    expect(result.split?.parcels.map((p) => [p.items, p.grams])).toEqual([
      [[{ index: 1, quantity: 1 }], 1500],
      [[{ index: 0, quantity: 2 }], 1400],
    ]);
  });

  it('gives no advice when a single unit is too heavy, or a unit value is unknown under a value limit', () => {
    expect(split([item({ unitWeightGrams: 2500 })]).split).toBeNull();
    const unknownPrices = evaluate({
      facts: order({
        items: [item({ quantity: 3, unitWeightGrams: 900, unitPrice: null })],
        orderValue: { amount: 36, currency: 'USD' },
      }),
      pack: miniPack,
      settings: noExpress,
      now: NOW,
    });
    expect(unknownPrices.split).toBeNull();
  });

  it('gives no advice when some channel takes the order whole', () => {
    expect(
      evaluate({
        facts: order({ items: [item({ quantity: 3, unitWeightGrams: 900 })] }),
        pack: miniPack,
        settings: settings(),
        now: NOW,
      }).split,
    ).toBeNull();
  });
});
