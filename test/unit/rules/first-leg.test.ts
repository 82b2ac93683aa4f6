import { describe, expect, it } from 'vitest';
import {
  FirstLegPlanSchema,
  planFirstLeg,
  planTotals,
  type FirstLegPlanInput,
} from '../../../utils/rules/engine/first-leg';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import type { FirstLegChannel, RulesPack } from '../../../utils/rules/pack/schema';

const common = {
  name: { en: 'x', 'zh-CN': 'x' },
  provider: 'test',
  origins: ['CN'],
  destinations: ['US'],
  currency: 'USD',
  transitDays: { min: 5, max: 10 },
  sample: true,
  source: 'test card',
};
const express: FirstLegChannel = {
  ...common,
  id: 'express',
  mode: 'express',
  perKg: 10,
  volumetricDivisor: 5000,
  minimumCharge: 0,
};
const air: FirstLegChannel = {
  ...common,
  id: 'air',
  mode: 'air',
  perKg: 5,
  volumetricDivisor: 6000,
  minimumCharge: 300,
  transitDays: { min: 8, max: 12 },
};
const lcl: FirstLegChannel = {
  ...common,
  id: 'lcl',
  mode: 'sea-lcl',
  perCbm: 200,
  minimumCbm: 1,
  transitDays: { min: 30, max: 40 },
};
const fcl: FirstLegChannel = {
  ...common,
  id: 'fcl',
  mode: 'sea-fcl',
  perContainer: 4000,
  containerCbm: 60,
  containerMaxKg: 20000,
  minFillCbm: 25,
  transitDays: { min: 30, max: 40 },
};

function packWith(...channels: FirstLegChannel[]): RulesPack {
  return { ...defaultPack, firstLeg: { channels, inboundRules: [] } };
}

function plan(cartons: FirstLegPlanInput['cartons'], neededBy = '2027-03-01'): FirstLegPlanInput {
  return { destination: 'US', readyDate: '2026-12-05', neededBy, cartons };
}

function run(input: FirstLegPlanInput, ...channels: FirstLegChannel[]) {
  return planFirstLeg(FirstLegPlanSchema.parse(input), packWith(...channels));
}

const box = (count: number, weightKg: number, side: number) => ({
  count,
  weightKg,
  lengthCm: side,
  widthCm: side,
  heightCm: side,
});

describe('first-leg chargeable amounts', () => {
  it.each([
    // 10 × 20 kg, 50 cm cubes = 1.25 CBM; ÷5000 = 250 kg volumetric > 200 kg actual.
    {
      what: 'express volumetric',
      cartons: [box(10, 20, 50)],
      channel: express,
      value: 250,
      basis: 'volumetric',
      amount: 2500,
    },
    // ÷6000 = 208.333 kg volumetric > 200 kg actual.
    {
      what: 'air volumetric',
      cartons: [box(10, 20, 50)],
      channel: air,
      value: 208.333,
      basis: 'volumetric',
      amount: 1041.67,
    },
    // 10 × 30 kg dense cartons: actual 300 kg > 250 volumetric.
    {
      what: 'express actual',
      cartons: [box(10, 30, 50)],
      channel: express,
      value: 300,
      basis: 'actual',
      amount: 3000,
    },
    // 2 × 10 kg: 20 kg × 5 = 100 < 300 minimum charge.
    {
      what: 'air minimum charge',
      cartons: [box(2, 10, 30)],
      channel: air,
      value: 20,
      basis: 'minimum',
      amount: 300,
    },
    // 0.054 CBM is charged as the 1 CBM minimum.
    {
      what: 'LCL minimum CBM',
      cartons: [box(2, 10, 30)],
      channel: lcl,
      value: 1,
      basis: 'minimum',
      amount: 200,
    },
    {
      what: 'LCL per CBM',
      cartons: [box(40, 15, 50)],
      channel: lcl,
      value: 5,
      basis: 'volume',
      amount: 1000,
    },
    // 400 × 0.125 CBM = 50 CBM: one container.
    {
      what: 'FCL one container',
      cartons: [box(400, 15, 50)],
      channel: fcl,
      value: 1,
      basis: 'containers',
      amount: 4000,
    },
    // 560 × 0.125 = 70 CBM: two containers.
    {
      what: 'FCL two containers',
      cartons: [box(560, 15, 50)],
      channel: fcl,
      value: 2,
      basis: 'containers',
      amount: 8000,
    },
  ])('$what', ({ cartons, channel, value, basis, amount }) => {
    const [option] = run(plan(cartons), channel).options;
    expect(option?.chargeable).toMatchObject({ value, basis });
    expect(option?.cost.amount).toBe(amount);
  });

  it('sums carton lines', () => {
    expect(planTotals([box(2, 10, 100), box(3, 1, 10)])).toEqual({
      kg: 23,
      cbm: 2.003,
      cartons: 5,
    });
  });
});

describe('first-leg recommendation', () => {
  it('offers a container only when the load fills one', () => {
    const small = run(plan([box(40, 15, 50)]), fcl, lcl);
    expect(small.options.find((o) => o.channelId === 'fcl')?.reasons[0]?.code).toBe(
      'does-not-fill-container',
    );
    expect(small.recommended).toBe('lcl');
    // 50 CBM: LCL would cost 10 000, the container 4 000.
    expect(run(plan([box(400, 15, 50)]), fcl, lcl).recommended).toBe('fcl');
  });

  it('ranks the cheapest among the lines that arrive by neededBy', () => {
    const cartons = [box(40, 15, 50)];
    expect(run(plan(cartons, '2027-03-01'), express, air, lcl).recommended).toBe('lcl');
    // Sea arrives by 2027-01-14 at the latest: too late for 2027-01-01.
    const late = run(plan(cartons, '2027-01-01'), express, air, lcl);
    expect(late.recommended).toBe('air');
    const sea = late.options.find((o) => o.channelId === 'lcl');
    expect(sea).toMatchObject({
      eligible: false,
      arrivesBy: { earliest: '2027-01-04', latest: '2027-01-14' },
    });
    expect(sea?.reasons.map((r) => r.code)).toEqual(['arrives-after-needed-by']);
    // Eligible first, cheapest first.
    expect(late.options.map((o) => o.channelId)).toEqual(['air', 'express', 'lcl']);
    // Nothing arrives in two days.
    expect(run(plan(cartons, '2026-12-07'), express, air, lcl).recommended).toBeNull();
  });

  it("rules out every line when a carton breaks Amazon's carton limit", () => {
    const result = planFirstLeg(FirstLegPlanSchema.parse(plan([box(4, 25, 40)])), defaultPack);
    expect(result.recommended).toBeNull();
    expect(
      result.options.every((o) => o.reasons.some((r) => r.code === 'amazon-carton-limit')),
    ).toBe(true);
  });

  it('converts the cost to the display currency with the pack rates', () => {
    const result = planFirstLeg(
      FirstLegPlanSchema.parse(plan([box(40, 15, 50)])),
      defaultPack,
      'EUR',
    );
    const option = result.options[0];
    expect(option?.cost.currency).toBe('CNY');
    const rates = defaultPack.currencyRates.rates;
    expect(option?.cost.converted?.amount).toBeCloseTo(
      ((option?.cost.amount ?? 0) / (rates.CNY ?? 1)) * (rates.EUR ?? 1),
      1,
    );
  });
});

describe('first-leg plans', () => {
  it.each([
    [{ ...plan([box(1, 1, 1)]), destination: 'USA' }, 'destination'],
    [plan([]), 'cartons'],
    [plan([{ ...box(1, 1, 1), weightKg: 0 }]), 'cartons.0.weightKg'],
    [plan([box(1, 1, 1)], '2026-11-01'), 'neededBy'],
    [{ ...plan([box(1, 1, 1)]), readyDate: '5 Dec' }, 'readyDate'],
  ])('rejects a bad plan at %# (%s)', (input, path) => {
    const parsed = FirstLegPlanSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
