import { describe, expect, it } from 'vitest';
import {
  bandPrice,
  estimateCost,
  findBand,
  volumetricGrams,
  type Dimensions,
} from '../../../utils/rules/engine/cost';
import { convert, roundMoney } from '../../../utils/rules/engine/money';
import { indexPack } from '../../../utils/rules/engine/pack-index';
import type { Band } from '../../../utils/rules/pack/schema';
import { miniPack } from './helpers';

const rates = miniPack.currencyRates; // 1 USD = 7 CNY = 0.9 EUR

function cost(
  channelId: string,
  country: string,
  grams: number,
  dimensions: Dimensions | null = null,
  displayCurrency = 'USD',
) {
  const indexed = indexPack(miniPack)
    .channels.get('aliexpress')
    ?.find((c) => c.channel.id === channelId);
  const rate = indexed?.rateFor(country) ?? null;
  if (indexed === undefined || rate === null)
    throw new Error(`${channelId} does not serve ${country}`);
  return estimateCost({
    channel: indexed.channel,
    rate,
    actualGrams: grams,
    dimensions,
    rates,
    displayCurrency,
  });
}

describe('weight bands', () => {
  const bands: Band[] = [
    { fromGrams: 0, toGrams: 150, perKg: 100, perParcelFee: 10 },
    { fromGrams: 150, toGrams: 2000, perKg: 80, perParcelFee: 12 },
  ];
  it('holds (fromGrams, toGrams]: 150 g is in the first band, 151 g in the second', () => {
    expect(findBand(bands, 1)).toBe(bands[0]);
    expect(findBand(bands, 150)).toBe(bands[0]);
    expect(findBand(bands, 151)).toBe(bands[1]);
    expect(findBand(bands, 2000)).toBe(bands[1]);
    expect(findBand(bands, 2001)).toBeNull();
  });

  it('prices per kg and per gram, with the step rounding up', () => {
    // 80 CNY/kg × 0.5 kg + 12 = 52
    expect(bandPrice({ fromGrams: 0, toGrams: 2000, perKg: 80, perParcelFee: 12 }, 500)).toEqual({
      billedGrams: 500,
      amount: 52,
    });
    // 0.06 CNY/g × 300 g + 12 = 30 (the e邮宝 structure)
    expect(
      bandPrice({ fromGrams: 0, toGrams: 5000, perGram: 0.06, perParcelFee: 12 }, 300).amount,
    ).toBeCloseTo(30, 10);
    // 1 200 g in 500 g steps bills 1 500 g: 100 × 1.5 + 100 = 250
    expect(
      bandPrice(
        { fromGrams: 0, toGrams: 30000, perKg: 100, perParcelFee: 100, stepGrams: 500 },
        1200,
      ),
    ).toEqual({ billedGrams: 1500, amount: 250 });
  });

  it('computes volumetric grams as L×W×H / divisor, rounded up', () => {
    // 40 × 30 × 20 = 24 000 cm³ / 5000 = 4.8 kg
    expect(volumetricGrams({ lengthCm: 40, widthCm: 30, heightCm: 20 }, 5000)).toBe(4800);
    // 10 × 10 × 10 / 6000 = 0.16666 kg → 167 g
    expect(volumetricGrams({ lengthCm: 10, widthCm: 10, heightCm: 10 }, 6000)).toBe(167);
  });
});

describe('estimateCost', () => {
  it('prices a 120 g parcel to the US on Post: 100 CNY/kg × 0.12 kg + 10 = 22 CNY = 3.14 USD', () => {
    // The breakdown is worded when read: JSON reads it.
    const estimate: unknown = JSON.parse(JSON.stringify(cost('post', 'US', 120)));
    expect(estimate).toEqual({
      amount: 22,
      currency: 'CNY',
      converted: { amount: 3.14, currency: 'USD', rateDate: '2026-11-01' },
      chargeableGrams: 120,
      actualGrams: 120,
      volumetricGrams: null,
      breakdown: {
        en: '0–0.15 kg band (US): 100 CNY/kg × 0.12 kg + 10 CNY per parcel = 22.00 CNY',
        'zh-CN': '0–0.15 kg 区间(US):100 CNY/公斤 × 0.12 公斤 + 每件 10 CNY = 22.00 CNY',
      },
      sampleRates: true,
    });
  });

  it('applies the minimum chargeable weight: 40 g bills as 50 g → 100 × 0.05 + 10 = 15 CNY', () => {
    expect(cost('post', 'US', 40)).toMatchObject({
      amount: 15,
      chargeableGrams: 50,
      actualGrams: 40,
    });
  });

  it('prices a zone per gram: 300 g to DE (zone eu) at 0.07 CNY/g + 9 = 30 CNY', () => {
    expect(cost('post', 'DE', 300)).toMatchObject({ amount: 30, currency: 'CNY' });
  });

  it('charges the volumetric weight when it is higher: 1.2 kg in 40×30×20 cm bills 4.8 kg → 5 kg steps → 100 × 5 + 100 = 600 CNY', () => {
    expect(cost('express', 'US', 1200, { lengthCm: 40, widthCm: 30, heightCm: 20 })).toMatchObject({
      amount: 600,
      chargeableGrams: 5000,
      actualGrams: 1200,
      volumetricGrams: 4800,
      converted: { amount: 85.71, currency: 'USD' },
    });
  });

  it('ignores a volumetric weight below the actual one, and the minimum above it: 200 g bills 500 g = 150 CNY', () => {
    expect(cost('express', 'US', 200, { lengthCm: 10, widthCm: 10, heightCm: 10 })).toMatchObject({
      amount: 150,
      chargeableGrams: 500,
      volumetricGrams: 200,
    });
  });

  it('converts between card and display currencies through the base: 2 USD = 14 CNY = 1.80 EUR', () => {
    // Economy: 5 USD/kg × 0.3 kg + 0.5 = 2 USD
    expect(cost('economy', 'GB', 300, null, 'EUR')).toMatchObject({
      amount: 2,
      currency: 'USD',
      converted: { amount: 1.8, currency: 'EUR' },
    });
    expect(cost('economy', 'GB', 300, null, 'CNY')?.converted?.amount).toBe(14);
    expect(cost('economy', 'GB', 300, null, 'SEK')?.converted).toBeNull();
    expect(convert(14, 'CNY', 'EUR', rates)).toBeCloseTo(1.8, 10);
    expect(roundMoney(3.14159)).toBe(3.14);
  });

  it('returns null when no band holds the weight', () => {
    expect(cost('post', 'US', 2500)).toBeNull();
  });
});
