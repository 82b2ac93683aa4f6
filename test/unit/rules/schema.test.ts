import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { parsePack } from '../../../utils/rules/pack/parse';
import type { RulesPackInput } from '../../../utils/rules/pack/schema';
import { miniPackInput } from './helpers';

/** Parse a broken copy of the mini pack and return its errors as "path: message". */
function errorsOf(breakIt: (pack: RulesPackInput) => void): string[] {
  const input = miniPackInput();
  breakIt(input);
  const result = parsePack(JSON.parse(JSON.stringify(input)));
  return result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`);
}

function channel(pack: RulesPackInput, index: number) {
  const found = pack.channels[index];
  if (found === undefined) throw new Error(`no channel ${index}`);
  return found;
}

function policy(pack: RulesPackInput, index: number) {
  const found = pack.policies[index];
  if (found === undefined) throw new Error(`no policy ${index}`);
  return found;
}

describe('parsePack', () => {
  it('accepts the mini pack and the bundled pack, applying defaults', () => {
    const result = parsePack(miniPackInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.channels[1]?.rateCard.minChargeableGrams).toBe(0);
    expect(result.pack.channels[1]?.limits.refusedGoods).toEqual([]);
    expect(result.pack.policies[0]?.confirmBeforeSubmit).toBe(false);
    expect(defaultPack.schemaVersion).toBe(2);
  });

  it('rejects another schemaVersion with a clear message', () => {
    expect(errorsOf((pack) => Object.assign(pack, { schemaVersion: 3 }))).toEqual([
      'schemaVersion: this ShipLens reads rules packs with schemaVersion 2',
    ]);
  });

  it('tells a schemaVersion 1 pack what to add, and names each policy without verifiedAt', () => {
    const errors = errorsOf((pack) => {
      Object.assign(pack, { schemaVersion: 1 });
      const source: Record<string, unknown> = pack.policies[0]?.source ?? {};
      delete source['verifiedAt'];
    });
    expect(errors).toEqual([
      'schemaVersion: this ShipLens reads rules packs with schemaVersion 2; schemaVersion 1 packs lack the date each policy was last checked: add source.verifiedAt (YYYY-MM-DD) to every policy and set schemaVersion to 2 (npm run rules -- validate lists every place)',
      'policies[0].source.verifiedAt: expected the date this rule was last checked against its source (YYYY-MM-DD)',
    ]);
  });

  it('reports zod problems at precise paths', () => {
    expect(
      errorsOf((pack) => {
        const bands = channel(pack, 0).rates['US']?.bands;
        Object.assign(bands?.[1] ?? {}, { toGrams: '2000' });
      }),
    ).toEqual([
      'channels[0].rates.US.bands[1].toGrams: Invalid input: expected number, received string',
    ]);
    expect(errorsOf((pack) => Object.assign(channel(pack, 2), { colour: 'red' }))).toEqual([
      'channels[2]: Unrecognized key: "colour"',
    ]);
    expect(
      errorsOf((pack) => {
        const band = channel(pack, 0).rates['eu']?.bands[0];
        Object.assign(band ?? {}, { perKg: 5 });
      }),
    ).toEqual(['channels[0].rates.eu.bands[0].perKg: give exactly one of perKg or perGram']);
  });

  it('resolves condition unions to the branch the author meant', () => {
    expect(
      errorsOf((pack) => {
        policy(pack, 0).condition = {
          all: [
            { fact: 'destination', op: 'eq' } as never,
            { not: { fact: 'x', op: 'gtx', value: 1 } } as never,
          ],
        };
      }),
    ).toEqual([
      'policies[0].condition.all[0].value: expected a string, number, boolean, non-empty list or {"fact": name}',
      'policies[0].condition.all[1].not.op: Invalid option: expected one of "eq"|"neq"|"in"|"notIn"|"gt"|"gte"|"lt"|"lte"',
    ]);
  });

  it('cross-checks unique ids', () => {
    expect(errorsOf((pack) => (channel(pack, 1).id = 'post'))).toEqual([
      'channels[1].id: duplicate id "post" (also channels[0])',
    ]);
    expect(errorsOf((pack) => (policy(pack, 2).id = 'us-over-5'))).toEqual([
      'policies[2].id: duplicate id "us-over-5" (also policies[0])',
    ]);
  });

  it('cross-checks that bands are contiguous and ascending', () => {
    expect(
      errorsOf((pack) => {
        const bands = channel(pack, 0).rates['US']?.bands ?? [];
        Object.assign(bands[0] ?? {}, { fromGrams: 100, toGrams: 50 });
        Object.assign(bands[1] ?? {}, { fromGrams: 200 });
      }),
    ).toEqual([
      'channels[0].rates.US.bands[0].toGrams: toGrams 50 must be above fromGrams 100',
      "channels[0].rates.US.bands[1].fromGrams: bands must be contiguous and ascending: expected fromGrams 50 (the previous band's toGrams), got 200",
    ]);
    expect(
      errorsOf((pack) => Object.assign(channel(pack, 0).rates['eu'] ?? {}, { minDays: 30 })),
    ).toEqual(['channels[0].rates.eu.maxDays: maxDays 16 is below minDays 30']);
  });

  it('cross-checks channel references in policies, and their platform', () => {
    expect(
      errorsOf((pack) => Object.assign(policy(pack, 0).effect, { channels: ['post', 'nope'] })),
    ).toEqual(['policies[0].effect.channels[1]: unknown channel "nope"']);
    expect(
      errorsOf((pack) => {
        Object.assign(policy(pack, 0), { platform: 'wish' });
        Object.assign(policy(pack, 0).effect, { channels: ['post', 'economy'] });
      }),
    ).toEqual(['policies[0].effect.channels[1]: channel "economy" is not offered on wish']);
  });

  it('cross-checks condition facts, value types, currencies and placeholders', () => {
    const cases: Array<[(pack: RulesPackInput) => void, string]> = [
      [
        (p) => (policy(p, 0).condition = { all: [{ fact: 'country', op: 'eq', value: 'US' }] }),
        'policies[0].condition.all[0].fact: unknown fact "country"',
      ],
      [
        (p) => (policy(p, 0).condition = { fact: 'orderValue', op: 'gt', value: 5 }),
        'policies[0].condition.currency: orderValue is money: say which currency the value is in',
      ],
      [
        (p) =>
          (policy(p, 0).condition = { fact: 'orderValue', op: 'gt', value: 5, currency: 'SEK' }),
        'policies[0].condition.currency: currency SEK has no rate in currencyRates',
      ],
      [
        (p) =>
          (policy(p, 0).condition = {
            fact: 'destination',
            op: 'eq',
            value: 'US',
            currency: 'USD',
          }),
        'policies[0].condition.currency: only money facts take a currency; destination is text',
      ],
      [
        (p) => (policy(p, 0).condition = { fact: 'destination', op: 'gt', value: 'US' }),
        'policies[0].condition.op: gt needs a number, money or service-level fact; destination is text',
      ],
      [
        (p) => (policy(p, 0).condition = { fact: 'destination', op: 'in', value: 'US' }),
        'policies[0].condition.value: in takes a list',
      ],
      [
        (p) => (policy(p, 0).condition = { fact: 'destination', op: 'in', value: ['US', 'UK'] }),
        'policies[0].condition.value[1]: the ISO 3166 code for the United Kingdom is "GB", not "UK"',
      ],
      [
        (p) => (policy(p, 0).condition = { fact: 'status', op: 'eq', value: 'unshiped' }),
        'policies[0].condition.value: status is one of awaiting-payment, unshipped, shipped, delivered, cancelled; got "unshiped"',
      ],
      [
        (p) => (policy(p, 0).condition = { fact: 'hoursToShipBy', op: 'lt', value: '24' }),
        'policies[0].condition.value: hoursToShipBy is a number fact: expected a number, got "24"',
      ],
      [
        (p) => (policy(p, 0).condition = { fact: 'buyerServiceLevel', op: 'gt', value: 'fast' }),
        'policies[0].condition.value: buyerServiceLevel is one of economy, simple, standard, premium, express; got "fast"',
      ],
      [
        (p) =>
          (policy(p, 1).condition = {
            fact: 'buyerServiceLevel',
            op: 'gt',
            value: { fact: 'orderAgeDays' },
          }),
        'policies[1].condition.value.fact: orderAgeDays is number, buyerServiceLevel is serviceLevel: they cannot be compared',
      ],
      [
        (p) =>
          (policy(p, 0).condition = { fact: 'chosenServiceLevel', op: 'eq', value: 'economy' }),
        'policies[0].condition.fact: a require rule already judges the chosen carrier; its condition cannot read chosenServiceLevel (use a warn rule)',
      ],
      [
        (p) => (policy(p, 0).message.en = 'Above {orderVal}'),
        'policies[0].message.en: placeholder {orderVal} is not a fact',
      ],
      [
        (p) => (channel(p, 0).rateCard.currency = 'SEK'),
        'channels[0].rateCard.currency: currency SEK has no rate in currencyRates',
      ],
      [
        (p) => Object.assign(policy(p, 0), { effect: { kind: 'forbid' } }),
        'policies[0].effect: a forbid effect needs channels, serviceLevels or both',
      ],
      [
        (p) => Object.assign(policy(p, 1), { advisory: 'info' }),
        'policies[1].advisory: only require and forbid rules have an advisory severity',
      ],
    ];
    for (const [breakIt, expected] of cases) {
      const errors = errorsOf(breakIt);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(expected);
    }
  });

  it('cross-checks zones, destinations and the rates that price them', () => {
    expect(errorsOf((p) => (p.zones = { eu: ['DE', 'FR'], west: ['FR'] }))).toEqual([
      'zones.west[0]: FR is already in zone "eu"',
    ]);
    expect(errorsOf((p) => (channel(p, 0).destinations = ['US', 'eu', 'JP']))).toEqual([
      'channels[0].destinations[2]: served but not priced: no rate entry for JP',
    ]);
    expect(errorsOf((p) => (channel(p, 0).destinations = ['US', 'asia']))).toEqual([
      'channels[0].destinations[1]: unknown zone "asia"',
    ]);
    expect(errorsOf((p) => (channel(p, 0).destinations = '*'))).toEqual([
      'channels[0].rates: destinations is "*", so rates needs a "*" entry',
    ]);
    expect(errorsOf((p) => (p.currencyRates.rates['USD'] = 1.1))).toEqual([
      "currencyRates.rates.USD: the base currency's rate must be 1, not 1.1",
    ]);
    expect(
      errorsOf(
        (p) => (p.serviceAliases = { aliexpress: { Economy: 'economy', ' economy ': 'simple' } }),
      ),
    ).toEqual([
      'serviceAliases.aliexpress[" economy "]: same name as "Economy" (case and spaces are ignored)',
    ]);
  });

  it('collects every error, not just the first', () => {
    const errors = errorsOf((p) => {
      channel(p, 1).id = 'post';
      channel(p, 0).rateCard.currency = 'SEK';
      Object.assign(policy(p, 0).effect, { channels: ['gone'] });
    });
    expect(errors.map((error) => error.split(':')[0])).toEqual([
      'channels[1].id',
      'channels[0].rateCard.currency',
      'policies[0].effect.channels[0]',
    ]);
  });
});
