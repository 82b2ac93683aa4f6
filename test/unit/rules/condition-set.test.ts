import { describe, expect, it } from 'vitest';
import { prng } from '../../../scripts/bench/random';
import { compileConditionSet, type ConditionSet } from '../../../utils/rules/engine/condition-set';
import {
  conditionFactTable,
  FactTable,
  TRUE,
  type FactSource,
} from '../../../utils/rules/engine/conditions';
import type { Condition, ConditionLeaf } from '../../../utils/rules/pack/schema';
import { chosenFacts, type FactValue } from '../../../utils/rules/pack/vocabulary';
import { miniPack } from './helpers';

const rates = miniPack.currencyRates; // 1 USD = 7 CNY = 0.9 EUR
const table = conditionFactTable;

/** What the set must reproduce: every condition run whole, positions of the TRUE ones. */
function matchingByBruteForce(set: ConditionSet, facts: FactSource): number[] {
  const values = table.load(facts);
  return set.tests.flatMap((test, position) => (test(values, null) === TRUE ? [position] : []));
}

function matchingThroughIndex(set: ConditionSet, facts: FactSource): number[] {
  const values = table.load(facts);
  return set.candidates(values).filter((position) => set.matches(position, values));
}

function candidates(conditions: readonly Condition[], facts: FactSource): number[] {
  return compileConditionSet(conditions, rates, table).candidates(table.load(facts));
}

const us: ConditionLeaf = { fact: 'destination', op: 'eq', value: 'US' };
const euro: ConditionLeaf = { fact: 'destination', op: 'in', value: ['DE', 'FR', 'IT'] };
const unshipped: ConditionLeaf = { fact: 'status', op: 'eq', value: 'unshipped' };
const over5: ConditionLeaf = { fact: 'orderValue', op: 'gt', value: 5, currency: 'USD' };

describe('condition set: which conditions are run', () => {
  const conditions: Condition[] = [
    { all: [us, unshipped, over5] }, // 0
    { all: [euro, unshipped] }, // 1
    us, // 2: a bare comparison is indexed too
    { any: [us, euro] }, // 3: `any` is never indexed
    { not: us }, // 4: nor `not`
    { all: [{ all: [euro] }, { fact: 'itemCount', op: 'gt', value: 1 }] }, // 5: nested `all`
    { all: [] }, // 6: always TRUE
  ];

  it('skips the conditions whose required values the order does not have, in input order', () => {
    expect(candidates(conditions, { destination: 'US', status: 'unshipped' })).toEqual([
      0, 2, 3, 4, 6,
    ]);
    expect(candidates(conditions, { destination: 'FR', status: 'shipped' })).toEqual([3, 4, 5, 6]);
  });

  it('skips every condition that requires a value of an unknown or unlisted fact', () => {
    expect(candidates(conditions, { destination: null, status: 'unshipped' })).toEqual([3, 4, 6]);
    expect(candidates(conditions, { destination: 'JP', status: 'unshipped' })).toEqual([3, 4, 6]);
  });

  it('needs both values when one fact is required twice', () => {
    const both: Condition = { all: [euro, { fact: 'destination', op: 'in', value: ['FR', 'ES'] }] };
    expect(candidates([both], { destination: 'FR' })).toEqual([0]);
    expect(candidates([both], { destination: 'DE' })).toEqual([]);
    expect(candidates([both], { destination: 'ES' })).toEqual([]);
  });

  it('does not index money, fact references, ordered comparisons or excluded facts', () => {
    const unindexed: Condition[] = [
      { fact: 'orderValue', op: 'eq', value: 35, currency: 'CNY' },
      { fact: 'buyerServiceLevel', op: 'eq', value: { fact: 'chosenServiceLevel' } },
      { fact: 'itemCount', op: 'gte', value: 2 },
      { fact: 'chosenCarrier', op: 'in', value: ['WishPost'] },
    ];
    const facts: FactSource = { orderValue: { amount: 35, currency: 'CNY' }, itemCount: 3 };
    const set = compileConditionSet(unindexed, rates, table, (fact) => !chosenFacts.has(fact));
    const values = table.load(facts);
    expect(set.candidates(values)).toEqual([0, 1, 2, 3]);
    // A hypothetical chosen carrier: the same candidates, decided in full.
    const chosen = table.load({ ...facts, chosenCarrier: 'WishPost' });
    expect(set.matches(3, chosen)).toBe(true);
    expect(set.matches(3, values)).toBe(false);
    expect(set.matches(0, values)).toBe(true);
  });

  it('keeps more than 32 conditions apart (several mask words)', () => {
    const countries = Array.from({ length: 70 }, (_, i) => `C${i}`);
    const many: Condition[] = countries.map((country) => ({
      fact: 'destination',
      op: 'eq',
      value: country,
    }));
    expect(candidates(many, { destination: 'C0' })).toEqual([0]);
    expect(candidates(many, { destination: 'C33' })).toEqual([33]);
    expect(candidates(many, { destination: 'C69' })).toEqual([69]);
  });
});

describe('condition set: same results as running every condition', () => {
  const facts: FactSource = {
    destination: 'US',
    status: 'unshipped',
    itemCount: 3,
    orderValue: { amount: 35, currency: 'CNY' }, // = 5 USD
  };
  const conditions: Condition[] = [
    { all: [us, unshipped, over5] },
    { all: [us, unshipped, { fact: 'itemCount', op: 'gte', value: 3 }] },
    { all: [us, { not: unshipped }] },
    { any: [euro, { fact: 'itemCount', op: 'gt', value: 2 }] },
    { all: [{ fact: 'destination', op: 'in', value: ['US', 'CA'] }, { not: over5 }] },
  ];

  it('on hand-written conditions', () => {
    const set = compileConditionSet(conditions, rates, table);
    expect(matchingThroughIndex(set, facts)).toEqual([1, 3, 4]);
    expect(matchingByBruteForce(set, facts)).toEqual([1, 3, 4]);
  });

  it('on 300 seeded random condition sets, each against 50 random orders', () => {
    const random = prng(2026);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const countries = ['US', 'GB', 'DE', 'FR', 'CN', null];
    const statuses = ['unshipped', 'shipped', 'cancelled', null];
    const leaf = (): Condition =>
      pick<() => Condition>([
        () => ({ fact: 'destination', op: 'eq', value: pick(countries) ?? 'JP' }),
        () => ({
          fact: 'destination',
          op: pick(['in', 'notIn'] as const),
          value: countries.filter(() => random() < 0.4).map((c) => c ?? 'JP'),
        }),
        () => ({ fact: 'status', op: pick(['eq', 'neq'] as const), value: pick(statuses) ?? 'x' }),
        () => ({
          fact: 'itemCount',
          op: pick(['gt', 'lte', 'eq'] as const),
          value: pick([1, 2, 3]),
        }),
        () => ({ fact: 'hasTracking', op: 'eq', value: random() < 0.5 }),
        () => ({ fact: 'orderValue', op: 'gte', value: pick([1, 5, 20]), currency: 'USD' }),
      ])();
    const tree = (depth: number): Condition => {
      if (depth === 0 || random() < 0.4) return leaf();
      const children = Array.from({ length: 1 + Math.floor(random() * 3) }, () => tree(depth - 1));
      const roll = random();
      if (roll < 0.6) return { all: children };
      if (roll < 0.85) return { any: children };
      return { not: children[0] as Condition };
    };
    let compared = 0;
    let skipped = 0;
    for (let round = 0; round < 300; round += 1) {
      const conditions = Array.from({ length: 1 + Math.floor(random() * 40) }, () => tree(3));
      const set = compileConditionSet(conditions, rates, table);
      for (let n = 0; n < 50; n += 1) {
        const order: FactSource = {
          destination: pick(countries),
          status: pick(statuses),
          itemCount: pick([null, 1, 2, 3, 4]),
          hasTracking: pick([null, true, false]),
          orderValue: pick([null, { amount: 35, currency: 'CNY' }, { amount: 2, currency: 'USD' }]),
        };
        expect(matchingThroughIndex(set, order)).toEqual(matchingByBruteForce(set, order));
        compared += 1;
        skipped += conditions.length - set.candidates(table.load(order)).length;
      }
    }
    expect(compared).toBe(15_000);
    // The index did work: a set that ran everything would pass the comparison too.
    expect(skipped).toBeGreaterThan(10_000);
  });
});

describe('condition set on its own fact table', () => {
  it('indexes facts outside the policy catalogue (benchmark rules)', () => {
    const facts = new FactTable(['console', 'weightG']);
    const set = compileConditionSet(
      [
        {
          all: [
            { fact: 'console', op: 'eq', value: 'wish' },
            { fact: 'weightG', op: 'lt', value: 2000 },
          ],
        },
        { all: [{ fact: 'console', op: 'in', value: ['ebay', 'amazon'] }] },
      ],
      rates,
      facts,
    );
    const values: FactValue[] = facts.load({ console: 'wish', weightG: 2500 });
    expect(set.candidates(values)).toEqual([0]);
    expect(set.matches(0, values)).toBe(false);
    expect(set.candidates(facts.load({ console: 'ebay' }))).toEqual([1]);
  });
});
