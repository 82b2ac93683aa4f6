import { describe, expect, it } from 'vitest';
import type { EvaluateInput } from '../../../utils/rules/engine/engine';
import { buildFacts, parseInstant } from '../../../utils/rules/engine/facts';
import { indexPack } from '../../../utils/rules/engine/pack-index';
import { item, miniPack, NOW, order, settings } from './helpers';

function factsFor(overrides: Partial<EvaluateInput> = {}) {
  const input: EvaluateInput = {
    facts: order(),
    pack: miniPack,
    settings: settings(),
    now: NOW,
    ...overrides,
  };
  return buildFacts(input, indexPack(miniPack), new Set(input.settings.disabledChannels));
}

describe('parseInstant', () => {
  it('reads zones itself, so the machine zone never matters', () => {
    expect(parseInstant('2026-11-25T08:00:00+08:00', false)).toEqual({
      ms: Date.UTC(2026, 10, 25, 0),
      assumed: null,
    });
    expect(parseInstant('2026-11-25T08:30Z', false)).toEqual({
      ms: Date.UTC(2026, 10, 25, 8, 30),
      assumed: null,
    });
    expect(parseInstant('2026-11-25T08:30', false)).toEqual({
      ms: Date.UTC(2026, 10, 25, 8, 30),
      assumed: 'no-zone',
    });
    expect(parseInstant('2026-11-25', false)).toEqual({
      ms: Date.UTC(2026, 10, 25),
      assumed: 'date-only',
    });
    expect(parseInstant('2026-11-25', true)).toEqual({
      ms: Date.UTC(2026, 10, 26) - 1,
      assumed: 'date-only',
    });
    expect(parseInstant('25/11/2026', false)).toBeNull();
  });
});

describe('buildFacts', () => {
  it('computes deadlines and ages from `now`, in hours and days to 2 decimals', () => {
    const { facts, assumptions } = factsFor({
      facts: order({ shipBy: '2026-11-25T10:30:00Z', orderedAt: '2026-11-20T12:00:00Z' }),
    });
    expect(facts.hoursToShipBy).toBe(10.5);
    expect(facts.orderAgeDays).toBe(4.5);
    expect(assumptions).toEqual([]);
    const late = factsFor({ facts: order({ shipBy: '2026-11-24' }) });
    // end of 24 Nov UTC is 1 ms before midnight: -0.0000003 h rounds to -0
    expect(late.facts.hoursToShipBy).toBeCloseTo(0, 5);
    expect(late.assumptions.map((a) => a.en)).toEqual([
      'Ship-by date has no time: taken as the end of that day (UTC).',
    ]);
  });

  it('takes values from the page, and fills an order value from item prices when it is missing', () => {
    expect(factsFor().facts).toMatchObject({
      platform: 'aliexpress',
      destination: 'US',
      origin: 'CN',
      itemCount: 1,
      maxUnitPrice: { amount: 12, currency: 'USD' },
    });
    const items = [
      item({ quantity: 2, unitPrice: { amount: 3.5, currency: 'EUR' } }),
      item({ unitPrice: { amount: 10, currency: 'EUR' } }),
    ];
    const filled = factsFor({ facts: order({ items, orderValue: null }) });
    expect(filled.facts.orderValue).toEqual({ amount: 17, currency: 'EUR' });
    expect(filled.facts.maxUnitPrice).toEqual({ amount: 10, currency: 'EUR' });
    expect(filled.facts.itemCount).toBe(3);
    expect(filled.assumptions.map((a) => a.en)).toEqual([
      'Order value not shown: the sum of the item prices is used.',
    ]);
  });

  it('leaves unknowns null instead of guessing', () => {
    const mixed = [
      item({ unitPrice: { amount: 3, currency: 'EUR' } }),
      item({ unitPrice: { amount: 3, currency: 'USD' } }),
    ];
    const { facts } = factsFor({
      facts: order({ items: mixed, orderValue: null, status: 'unknown', shipFromCountry: null }),
    });
    expect(facts).toMatchObject({
      orderValue: null,
      maxUnitPrice: null,
      status: null,
      hoursToShipBy: null,
      orderAgeDays: null,
      chosenCarrier: null,
      trackingCarrierMatch: null,
      buyerServiceLevel: null,
    });
    expect(facts.origin).toBe('CN');
    expect(factsFor({ facts: order({ items: [] }) }).facts.itemCount).toBeNull();
  });

  it('says when the ship-from country comes from the settings', () => {
    const { facts, assumptions } = factsFor({
      facts: order({ shipFromCountry: null }),
      settings: settings({ shipFromCountry: 'HK' }),
    });
    expect(facts.origin).toBe('HK');
    expect(assumptions[0]?.en).toBe(
      'Ship-from country taken from your settings (HK): the page does not state it.',
    );
  });

  it('matches the chosen carrier to channels, the form winning over the page', () => {
    const form = (chosenCarrier: string | null) => ({
      chosenCarrier,
      trackingNumbers: ['LX1'],
      trackingCarrierMatch: 'match' as const,
    });
    expect(factsFor({ facts: order({ carrier: 'Courier' }) }).facts).toMatchObject({
      chosenCarrier: 'Courier',
      chosenCarrierChannel: 'express',
      chosenServiceLevel: 'express',
      hasTracking: false,
    });
    const fromForm = factsFor({
      facts: order({ carrier: 'Courier' }),
      form: form('  economy   LINE '),
    });
    expect(fromForm.facts).toMatchObject({
      chosenCarrier: 'economy LINE',
      chosenCarrierChannel: 'economy',
      chosenServiceLevel: 'economy',
      hasTracking: true,
      trackingCarrierMatch: 'match',
    });
    // "Mail" names two channels of different levels: neither fact can be stated.
    const ambiguous = factsFor({ form: form('Mail') });
    expect(ambiguous.facts).toMatchObject({
      chosenCarrier: 'Mail',
      chosenCarrierChannel: null,
      chosenServiceLevel: null,
    });
    expect(ambiguous.carrierMatches?.map((c) => c.channel.id)).toEqual(['post', 'economy']);
    // A disabled channel is not a match (the snapshot does not have it either).
    expect(
      factsFor({ form: form('Mail'), settings: settings({ disabledChannels: ['economy'] }) }).facts
        .chosenCarrierChannel,
    ).toBe('post');
    expect(factsFor({ form: form(null) }).carrierMatches).toBeNull();
    // Not a Wish channel, but the pack knows the name from AliExpress: its level is known.
    expect(
      factsFor({ facts: order({ console: 'wish' }), form: form('Courier') }).facts,
    ).toMatchObject({ chosenCarrierChannel: 'express', chosenServiceLevel: 'express' });
    expect(factsFor({ form: form('Nobody Express') }).carrierMatches).toEqual([]);
  });
});
