/**
 * Amazon FBA first leg (头程): what sending a set of cartons to Amazon's fulfilment centres
 * costs and takes on each first-leg line of the pack, and which line to take. Pure: the
 * CLI, the options planner and the Send-to-Amazon page feature all call `planFirstLeg`.
 *
 * Chargeable amounts follow docs/first-leg.md: per kg lines charge the greater of actual
 * and volumetric weight (L×W×H cm³ / divisor: 5000 express, 6000 air and rail) with a
 * minimum charge; LCL sea freight charges per CBM with a minimum CBM; a full container is
 * offered only when the load fills enough of one. The recommendation is the cheapest line
 * that arrives by `neededBy`.
 */
import { addDays } from '../../iso-date';
import { z } from 'zod';
import type {
  CurrencyRates,
  FirstLegChannel,
  FirstLegMode,
  InboundRule,
  RulesPack,
} from '../pack/schema';
import { convert, roundMoney } from './money';
import { localized } from './text';
import type { LocalizedText, Reason } from './types';

const positive = z.number().positive();
const country = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code such as "US"');

export const CartonLineSchema = z.strictObject({
  count: z.number().int().positive(),
  weightKg: positive,
  lengthCm: positive,
  widthCm: positive,
  heightCm: positive,
});
export type CartonLine = z.infer<typeof CartonLineSchema>;

export const FirstLegPlanSchema = z
  .strictObject({
    /** The marketplace country whose fulfilment centres receive the cartons. */
    destination: country,
    origin: country.default('CN'),
    readyDate: z.iso.date(),
    neededBy: z.iso.date(),
    cartons: z.array(CartonLineSchema).min(1, 'expected at least one carton line'),
  })
  .refine((plan) => plan.neededBy >= plan.readyDate, {
    message: 'neededBy is before readyDate',
    path: ['neededBy'],
  });
export type FirstLegPlan = z.infer<typeof FirstLegPlanSchema>;
export type FirstLegPlanInput = z.input<typeof FirstLegPlanSchema>;

export interface Chargeable {
  value: number;
  unit: 'kg' | 'cbm' | 'container';
  /** Which quantity set the charge. */
  basis: 'actual' | 'volumetric' | 'minimum' | 'volume' | 'containers';
}

export interface FirstLegOption {
  channelId: string;
  mode: FirstLegMode;
  eligible: boolean;
  reasons: Reason[];
  chargeable: Chargeable;
  cost: {
    amount: number;
    currency: string;
    converted: { amount: number; currency: string; rateDate: string } | null;
  };
  transitDays: { min: number; max: number };
  arrivesBy: { earliest: string; latest: string };
}

export interface FirstLegResult {
  recommended: string | null;
  options: FirstLegOption[];
}

/** Totals of a plan: actual kg, volume in CBM, and the carton count. */
export interface PlanTotals {
  kg: number;
  cbm: number;
  cartons: number;
}

export function planTotals(cartons: readonly CartonLine[]): PlanTotals {
  let kg = 0;
  let cm3 = 0;
  let count = 0;
  for (const line of cartons) {
    kg += line.count * line.weightKg;
    cm3 += line.count * line.lengthCm * line.widthCm * line.heightCm;
    count += line.count;
  }
  return { kg: round3(kg), cbm: round3(cm3 / 1_000_000), cartons: count };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function reason(code: string, message: LocalizedText, values: Reason['values'] = {}): Reason {
  return { code, message, values };
}

/** Per kg lines: the greater of actual and volumetric weight, then the minimum charge. */
function byWeight(
  channel: Extract<FirstLegChannel, { perKg: number }>,
  totals: PlanTotals,
): { chargeable: Chargeable; amount: number } {
  const volumetric = round3((totals.cbm * 1_000_000) / channel.volumetricDivisor);
  const kg = Math.max(totals.kg, volumetric);
  const amount = kg * channel.perKg;
  if (amount < channel.minimumCharge) {
    return {
      chargeable: { value: kg, unit: 'kg', basis: 'minimum' },
      amount: channel.minimumCharge,
    };
  }
  return {
    chargeable: { value: kg, unit: 'kg', basis: volumetric > totals.kg ? 'volumetric' : 'actual' },
    amount,
  };
}

function price(
  channel: FirstLegChannel,
  plan: FirstLegPlan,
  totals: PlanTotals,
  reasons: Reason[],
): { chargeable: Chargeable; amount: number } {
  switch (channel.mode) {
    case 'express':
    case 'air':
    case 'rail': {
      const heaviest = Math.max(...plan.cartons.map((line) => line.weightKg));
      if (channel.maxCartonKg !== undefined && heaviest > channel.maxCartonKg) {
        reasons.push(
          reason(
            'carton-over-line-limit',
            localized(
              `A carton of ${heaviest} kg is over this line's ${channel.maxCartonKg} kg per carton.`,
              `有一箱 ${heaviest} 千克,超过此线路每箱 ${channel.maxCartonKg} 千克的上限。`,
            ),
            { cartonKg: heaviest, maxCartonKg: channel.maxCartonKg },
          ),
        );
      }
      return byWeight(channel, totals);
    }
    case 'sea-lcl': {
      const cbm = Math.max(totals.cbm, channel.minimumCbm);
      return {
        chargeable: {
          value: cbm,
          unit: 'cbm',
          basis: totals.cbm < channel.minimumCbm ? 'minimum' : 'volume',
        },
        amount: cbm * channel.perCbm,
      };
    }
    case 'sea-fcl': {
      const containers = Math.max(
        Math.ceil(totals.cbm / channel.containerCbm),
        Math.ceil(totals.kg / channel.containerMaxKg),
      );
      if (totals.cbm < channel.minFillCbm) {
        reasons.push(
          reason(
            'does-not-fill-container',
            localized(
              `${totals.cbm} CBM does not fill a container (at least ${channel.minFillCbm} of ${channel.containerCbm} CBM): ship LCL.`,
              `${totals.cbm} 立方米装不满一个货柜(至少 ${channel.minFillCbm} / ${channel.containerCbm} 立方米):请走拼箱。`,
            ),
            { cbm: totals.cbm, minFillCbm: channel.minFillCbm },
          ),
        );
      }
      return {
        chargeable: { value: containers, unit: 'container', basis: 'containers' },
        amount: containers * channel.perContainer,
      };
    }
  }
}

/** Amazon's carton limits for the marketplace, checked on every carton line. */
export function cartonLimitReasons(rules: readonly InboundRule[], plan: FirstLegPlan): Reason[] {
  const reasons: Reason[] = [];
  for (const rule of rules) {
    if (!rule.marketplaces.includes(plan.destination)) continue;
    const { maxCartonKg, maxCartonSideCm } = rule;
    const over = plan.cartons.find(
      (line) =>
        (maxCartonKg !== undefined && line.weightKg > maxCartonKg) ||
        (maxCartonSideCm !== undefined &&
          Math.max(line.lengthCm, line.widthCm, line.heightCm) > maxCartonSideCm),
    );
    if (over) {
      reasons.push({
        code: 'amazon-carton-limit',
        message: rule.message,
        values: { weightKg: over.weightKg, maxCartonKg: maxCartonKg ?? null },
        policyId: rule.id,
      });
    }
  }
  return reasons;
}

function evaluateChannel(
  channel: FirstLegChannel,
  plan: FirstLegPlan,
  totals: PlanTotals,
  amazonReasons: readonly Reason[],
  rates: CurrencyRates,
  displayCurrency: string,
): FirstLegOption {
  const reasons: Reason[] = [...amazonReasons];
  if (!channel.origins.includes(plan.origin)) {
    reasons.push(
      reason(
        'origin-not-served',
        localized(`Does not ship from ${plan.origin}.`, `不从 ${plan.origin} 发货。`),
        { origin: plan.origin },
      ),
    );
  }
  if (!channel.destinations.includes(plan.destination)) {
    reasons.push(
      reason(
        'destination-not-served',
        localized(
          `Does not deliver to Amazon ${plan.destination}.`,
          `不送达亚马逊 ${plan.destination} 站。`,
        ),
        { destination: plan.destination },
      ),
    );
  }
  const { chargeable, amount } = price(channel, plan, totals, reasons);
  const arrivesBy = {
    earliest: addDays(plan.readyDate, channel.transitDays.min),
    latest: addDays(plan.readyDate, channel.transitDays.max),
  };
  if (arrivesBy.latest > plan.neededBy) {
    reasons.push(
      reason(
        'arrives-after-needed-by',
        localized(
          `May arrive as late as ${arrivesBy.latest}, after ${plan.neededBy}.`,
          `最晚可能 ${arrivesBy.latest} 到达,晚于 ${plan.neededBy}。`,
        ),
        { latest: arrivesBy.latest, neededBy: plan.neededBy },
      ),
    );
  }
  const converted = convert(amount, channel.currency, displayCurrency, rates);
  return {
    channelId: channel.id,
    mode: channel.mode,
    eligible: reasons.length === 0,
    reasons,
    chargeable: { ...chargeable, value: round3(chargeable.value) },
    cost: {
      amount: roundMoney(amount),
      currency: channel.currency,
      converted:
        converted === null
          ? null
          : { amount: roundMoney(converted), currency: displayCurrency, rateDate: rates.date },
    },
    transitDays: { min: channel.transitDays.min, max: channel.transitDays.max },
    arrivesBy,
  };
}

/** The pack's amount in one currency, for ranking lines priced in different ones. */
function comparable(option: FirstLegOption, rates: CurrencyRates): number {
  return (
    convert(option.cost.amount, option.cost.currency, rates.base, rates) ?? Number.POSITIVE_INFINITY
  );
}

/**
 * Every first-leg line of the pack for this plan: the lines that arrive in time and can
 * carry the cartons first, cheapest first; then the others, cheapest first.
 */
export function planFirstLeg(
  plan: FirstLegPlan,
  pack: RulesPack,
  displayCurrency = 'USD',
): FirstLegResult {
  const totals = planTotals(plan.cartons);
  const firstLeg = pack.firstLeg ?? { channels: [], inboundRules: [] };
  const amazonReasons = cartonLimitReasons(firstLeg.inboundRules, plan);
  const options = firstLeg.channels
    .map((channel) =>
      evaluateChannel(channel, plan, totals, amazonReasons, pack.currencyRates, displayCurrency),
    )
    .sort(
      (a, b) =>
        Number(b.eligible) - Number(a.eligible) ||
        comparable(a, pack.currencyRates) - comparable(b, pack.currencyRates) ||
        a.transitDays.max - b.transitDays.max,
    );
  const first = options[0];
  return { recommended: first?.eligible ? first.channelId : null, options };
}

/** What the page and the planner show: the result with the names and notices it needs. */
export interface FirstLegAdvice {
  result: FirstLegResult;
  /** Every first-leg line's name, by id. */
  names: Record<string, LocalizedText>;
  /** The marketplace's inbound notices (placement fee, labelling). */
  notices: InboundRule[];
  /** True when a line's rates are the bundled samples. */
  sampleRates: boolean;
  neededBy: string;
}

export function firstLegAdvice(
  plan: FirstLegPlan,
  pack: RulesPack,
  displayCurrency: string,
): FirstLegAdvice {
  const channels = pack.firstLeg?.channels ?? [];
  return {
    result: planFirstLeg(plan, pack, displayCurrency),
    names: Object.fromEntries(channels.map((channel) => [channel.id, channel.name])),
    notices: (pack.firstLeg?.inboundRules ?? []).filter(
      (rule) =>
        rule.marketplaces.includes(plan.destination) &&
        rule.maxCartonKg === undefined &&
        rule.maxCartonSideCm === undefined,
    ),
    sampleRates: channels.some((channel) => channel.sample),
    neededBy: plan.neededBy,
  };
}
