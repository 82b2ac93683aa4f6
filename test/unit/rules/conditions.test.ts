import { describe, expect, it } from 'vitest';
import {
  compileCondition,
  conditionFactTable,
  FactTable,
  factsRead,
  FALSE,
  TRUE,
  UNKNOWN,
  type FactSource,
  type Tri,
} from '../../../utils/rules/engine/conditions';
import type { Condition } from '../../../utils/rules/pack/schema';
import type { ConditionTrace } from '../../../utils/rules/engine/types';
import { miniPack } from './helpers';

const rates = miniPack.currencyRates; // 1 USD = 7 CNY = 0.9 EUR

const facts: FactSource = {
  destination: 'US',
  itemCount: 3,
  hasTracking: false,
  orderValue: { amount: 35, currency: 'CNY' }, // = 5 USD exactly
  maxUnitPrice: { amount: 180, currency: 'EUR' }, // = 200 USD
  buyerServiceLevel: 'standard',
  chosenServiceLevel: 'economy',
  hoursToShipBy: null,
  chosenCarrier: null,
  totalGbp: { amount: 1, currency: 'GBP' }, // no GBP rate in the pack
};

// The policy facts plus one the pack has no rate for, and one no order ever has.
const table = new FactTable([...conditionFactTable.names, 'totalGbp']);

function run(condition: Condition, on: FactSource = facts): Tri {
  return compileCondition(condition, rates, table)(table.load(on), null);
}

describe('comparison operators', () => {
  const table: Array<[string, Condition, Tri]> = [
    ['eq true', { fact: 'destination', op: 'eq', value: 'US' }, TRUE],
    ['eq false', { fact: 'destination', op: 'eq', value: 'GB' }, FALSE],
    ['neq', { fact: 'destination', op: 'neq', value: 'GB' }, TRUE],
    ['eq boolean', { fact: 'hasTracking', op: 'eq', value: false }, TRUE],
    ['in', { fact: 'destination', op: 'in', value: ['GB', 'US'] }, TRUE],
    ['in miss', { fact: 'destination', op: 'in', value: ['GB', 'DE'] }, FALSE],
    ['notIn', { fact: 'destination', op: 'notIn', value: ['GB', 'DE'] }, TRUE],
    ['notIn hit', { fact: 'destination', op: 'notIn', value: ['US'] }, FALSE],
    ['gt', { fact: 'itemCount', op: 'gt', value: 2 }, TRUE],
    ['gt equal', { fact: 'itemCount', op: 'gt', value: 3 }, FALSE],
    ['gte equal', { fact: 'itemCount', op: 'gte', value: 3 }, TRUE],
    ['lt', { fact: 'itemCount', op: 'lt', value: 3 }, FALSE],
    ['lte', { fact: 'itemCount', op: 'lte', value: 3 }, TRUE],
    // 35 CNY / 7 = 5 USD: not above 5, but at least 5.
    ['money gt converts', { fact: 'orderValue', op: 'gt', value: 5, currency: 'USD' }, FALSE],
    ['money gte converts', { fact: 'orderValue', op: 'gte', value: 5, currency: 'USD' }, TRUE],
    // 180 EUR / 0.9 = 200 USD; in EUR it is 180 > 150.
    ['money in EUR', { fact: 'maxUnitPrice', op: 'gt', value: 150, currency: 'EUR' }, TRUE],
    [
      'money via USD to CNY',
      { fact: 'maxUnitPrice', op: 'lt', value: 1400, currency: 'CNY' },
      FALSE,
    ],
    // express > premium > standard > simple > economy
    ['level gt by rank', { fact: 'buyerServiceLevel', op: 'gt', value: 'simple' }, TRUE],
    ['level lt by rank', { fact: 'buyerServiceLevel', op: 'lt', value: 'premium' }, TRUE],
    ['level eq', { fact: 'buyerServiceLevel', op: 'eq', value: 'standard' }, TRUE],
    [
      'fact reference',
      { fact: 'buyerServiceLevel', op: 'gt', value: { fact: 'chosenServiceLevel' } },
      TRUE,
    ],
    [
      'fact reference reversed',
      { fact: 'chosenServiceLevel', op: 'gte', value: { fact: 'buyerServiceLevel' } },
      FALSE,
    ],
  ];
  it.each(table)('%s', (_, condition, expected) => {
    expect(run(condition)).toBe(expected);
  });
});

describe('unknown facts never match', () => {
  const table: Array<[string, Condition]> = [
    ['null fact', { fact: 'hoursToShipBy', op: 'lt', value: 24 }],
    ['null fact, neq', { fact: 'chosenCarrier', op: 'neq', value: 'DHL' }],
    ['null fact, notIn', { fact: 'chosenCarrier', op: 'notIn', value: ['DHL'] }],
    ['absent fact', { fact: 'pageKind', op: 'eq', value: 'ship-form' }],
    ['null reference', { fact: 'buyerServiceLevel', op: 'gt', value: { fact: 'chosenCarrier' } }],
    ['currency without a rate', { fact: 'totalGbp', op: 'gt', value: 0, currency: 'USD' }],
  ];
  it.each(table)('%s is UNKNOWN', (_, condition) => {
    expect(run(condition)).toBe(UNKNOWN);
    expect(run({ not: condition })).toBe(UNKNOWN);
  });
});

describe('all / any / not', () => {
  const yes: Condition = { fact: 'destination', op: 'eq', value: 'US' };
  const no: Condition = { fact: 'destination', op: 'eq', value: 'GB' };
  const unknown: Condition = { fact: 'hoursToShipBy', op: 'lt', value: 24 };
  const table: Array<[string, Condition, Tri]> = [
    ['all true', { all: [yes, yes] }, TRUE],
    ['all with false', { all: [yes, no] }, FALSE],
    ['all with unknown', { all: [yes, unknown] }, UNKNOWN],
    ['all: false beats unknown', { all: [unknown, no] }, FALSE],
    ['any true', { any: [no, yes] }, TRUE],
    ['any false', { any: [no, no] }, FALSE],
    ['any with unknown', { any: [no, unknown] }, UNKNOWN],
    ['any: true beats unknown', { any: [unknown, yes] }, TRUE],
    ['not true', { not: yes }, FALSE],
    ['not false', { not: no }, TRUE],
    [
      'nested',
      { all: [yes, { not: { any: [no, { fact: 'itemCount', op: 'gt', value: 5 }] } }] },
      TRUE,
    ],
  ];
  it.each(table)('%s', (_, condition, expected) => {
    expect(run(condition)).toBe(expected);
  });
});

describe('traces', () => {
  it('records each visited comparison with the order value, converted money and null unknowns', () => {
    const trace: ConditionTrace[] = [];
    const condition: Condition = {
      all: [
        { fact: 'destination', op: 'in', value: ['US', 'CA'] },
        { fact: 'orderValue', op: 'gte', value: 5, currency: 'USD' },
        { not: { fact: 'destination', op: 'eq', value: 'GB' } },
        {
          any: [
            { fact: 'hoursToShipBy', op: 'lt', value: 24 },
            { fact: 'hasTracking', op: 'eq', value: false },
          ],
        },
      ],
    };
    expect(compileCondition(condition, rates)(conditionFactTable.load(facts), trace)).toBe(TRUE);
    expect(trace).toEqual([
      { fact: 'destination', op: 'in', expected: ['US', 'CA'], actual: 'US', result: true },
      {
        fact: 'orderValue',
        op: 'gte',
        expected: { amount: 5, currency: 'USD' },
        actual: { amount: 35, currency: 'CNY', converted: { amount: 5, currency: 'USD' } },
        result: true,
      },
      // Under `not`, the line says what matched: "destination not eq GB" is true.
      { fact: 'destination', op: 'not eq', expected: 'GB', actual: 'US', result: true },
      { fact: 'hoursToShipBy', op: 'lt', expected: 24, actual: null, result: false },
      { fact: 'hasTracking', op: 'eq', expected: false, actual: false, result: true },
    ]);
  });

  it('shows a fact reference with its value', () => {
    const trace: ConditionTrace[] = [];
    compileCondition(
      { fact: 'buyerServiceLevel', op: 'gt', value: { fact: 'chosenServiceLevel' } },
      rates,
    )(conditionFactTable.load(facts), trace);
    expect(trace).toEqual([
      {
        fact: 'buyerServiceLevel',
        op: 'gt',
        expected: { fact: 'chosenServiceLevel', value: 'economy' },
        actual: 'standard',
        result: true,
      },
    ]);
  });

  it('refuses a fact its table does not have', () => {
    expect(() => compileCondition({ fact: 'weightG', op: 'lt', value: 2000 }, rates)).toThrow(
      'fact "weightG" is not in this fact table',
    );
  });

  it('lists the facts a tree reads, references included', () => {
    expect([
      ...factsRead({
        all: [
          { fact: 'destination', op: 'eq', value: 'US' },
          { not: { fact: 'buyerServiceLevel', op: 'gt', value: { fact: 'chosenServiceLevel' } } },
        ],
      }),
    ]).toEqual(['destination', 'buyerServiceLevel', 'chosenServiceLevel']);
  });
});
