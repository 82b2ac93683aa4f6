/**
 * The fixed words of the rules-pack language: service levels, severities, goods kinds,
 * operators and the facts a policy condition may read. The zod schema (schema.ts) builds on
 * these lists and re-exports them; the cross-checks (checks.ts) validate conditions
 * against `conditionFacts`. They live apart from schema.ts so that both can import them
 * without an import cycle.
 */
import { consoleIds, orderStatuses, pageKinds } from '../../order-facts';
import type { Money } from '../../order-facts';

/**
 * Cheapest to best. AliExpress groups its logistics into 经济类 economy, 简易类 simple,
 * 标准类 standard and 快速/优先类 premium/express (docs/policies.md, AliExpress service levels); eBay's buyer choices
 * Economy / Standard / Expedited map onto the same ladder.
 */
export const serviceLevels = ['economy', 'simple', 'standard', 'premium', 'express'] as const;
export type ServiceLevel = (typeof serviceLevels)[number];

/** express > premium > standard > simple > economy: the order ordered comparisons use. */
export const serviceLevelRank: Readonly<Record<ServiceLevel, number>> = {
  economy: 0,
  simple: 1,
  standard: 2,
  premium: 3,
  express: 4,
};

export const severities = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof severities)[number];

/**
 * Goods that lines commonly refuse: general lines take 普货 only, battery lines 带电,
 * special-goods lines 特货 (cosmetics, liquids) — docs/policies.md, AliExpress service levels and limits.
 */
export const goodsKinds = ['battery', 'liquid', 'powder', 'paste', 'magnet', 'cosmetics'] as const;
export type GoodsKind = (typeof goodsKinds)[number];

/** The confidence labels of docs/policies.md, one per policy source. */
export const confidences = [
  'confirmed-official',
  'secondary',
  'code-derived',
  'unconfirmed',
] as const;

/** json-rules-engine's operator table, in short names (docs/decisions.md#own-engine). */
export const conditionOps = ['eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte'] as const;
export type ConditionOp = (typeof conditionOps)[number];
export const orderedOps: ReadonlySet<ConditionOp> = new Set(['gt', 'gte', 'lt', 'lte']);
export const listOps: ReadonlySet<ConditionOp> = new Set(['in', 'notIn']);

export const factKinds = ['text', 'number', 'boolean', 'money', 'serviceLevel'] as const;
export type FactKind = (typeof factKinds)[number];

interface FactSpec {
  kind: FactKind;
  /** The only values the fact takes, when it is an enumeration (checked in packs). */
  values?: readonly string[];
  /** True for facts describing the carrier the seller chose (see policies.ts). */
  chosen?: true;
  /** Values must be ISO 3166 alpha-2 country codes. */
  country?: true;
  doc: string;
}

/**
 * The facts a policy condition may use. Every one is `null` when unknown, and a comparison
 * on an unknown fact is never true (conditions.ts), so a rule never fires on a guess.
 */
export const conditionFacts = {
  platform: { kind: 'text', values: consoleIds, doc: "The order's console." },
  destination: {
    kind: 'text',
    country: true,
    doc: 'ISO country the parcel goes to; null when the page masks the address.',
  },
  origin: {
    kind: 'text',
    country: true,
    doc: "Ship-from ISO country: the page's when it states one, else the seller's setting.",
  },
  orderValue: {
    kind: 'money',
    doc: 'Items subtotal the buyer paid, excluding shipping (compare with a `currency`).',
  },
  maxUnitPrice: {
    kind: 'money',
    doc: 'Highest unit price among the items; null unless every item shows one currency.',
  },
  itemCount: { kind: 'number', doc: 'Units in the order (sum of quantities).' },
  buyerServiceLevel: {
    kind: 'serviceLevel',
    doc: "The buyer's chosen service mapped through the pack's serviceAliases.",
  },
  chosenCarrier: {
    kind: 'text',
    chosen: true,
    doc: 'The carrier chosen on the ship form or shown on the page, whitespace-normalised; case is kept because Amazon matches carrier names case-sensitively.',
  },
  chosenCarrierChannel: {
    kind: 'text',
    chosen: true,
    doc: "The one channel whose carrierNames match the chosen carrier (case-insensitive; the order platform's channels first, then any platform's); null when none or several match.",
  },
  chosenServiceLevel: {
    kind: 'serviceLevel',
    chosen: true,
    doc: 'Service level shared by every channel the chosen carrier matches; null otherwise.',
  },
  chosenTracked: {
    kind: 'boolean',
    chosen: true,
    doc: 'Whether every channel the chosen carrier matches is tracked end to end (true), none is (false); null otherwise.',
  },
  hasTracking: { kind: 'boolean', doc: 'At least one tracking number is entered or shown.' },
  trackingCarrierMatch: {
    kind: 'text',
    values: ['match', 'mismatch', 'unknown'],
    doc: 'Whether the tracking number fits the chosen carrier, as the caller computed it from utils/tracking; null when not supplied.',
  },
  hoursToShipBy: {
    kind: 'number',
    doc: 'Hours from `now` to the ship-by deadline (negative when late), 2 decimals.',
  },
  orderAgeDays: { kind: 'number', doc: 'Days since the order was placed, 2 decimals.' },
  fulfilledBy: { kind: 'text', values: ['seller', 'platform'], doc: 'Who ships the order.' },
  status: {
    kind: 'text',
    values: orderStatuses.filter((status) => status !== 'unknown'),
    doc: "Order status; the console's 'unknown' becomes null.",
  },
  pageKind: { kind: 'text', values: pageKinds, doc: 'Which kind of page the order is read from.' },
} as const satisfies Record<string, FactSpec>;

export type ConditionFactName = keyof typeof conditionFacts;

interface KindTypes {
  text: string;
  number: number;
  boolean: boolean;
  money: Money;
  serviceLevel: ServiceLevel;
}

/** The engine's condition input: every fact, typed by its kind, null when unknown. */
export type ConditionFacts = {
  [K in ConditionFactName]: KindTypes[(typeof conditionFacts)[K]['kind']] | null;
};

export function isConditionFact(name: string): name is ConditionFactName {
  return Object.hasOwn(conditionFacts, name);
}

/** Facts about the chosen carrier: a policy reading them is also tried per candidate channel. */
export const chosenFacts: ReadonlySet<string> = new Set(
  Object.entries(conditionFacts)
    .filter(([, spec]) => 'chosen' in spec)
    .map(([name]) => name),
);

/** A fact's value as conditions see it; null = unknown. */
export type FactValue = string | number | boolean | Money | null;
