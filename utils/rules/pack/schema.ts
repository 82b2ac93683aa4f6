/**
 * The rules pack: one versioned JSON document holding channels (with rate cards and limits),
 * platform policies and the pack's own metadata (docs/decisions.md#real-bundled-pack). Every load and
 * import goes through `parsePack` (parse.ts), which runs this zod schema and then the
 * cross-checks zod cannot express alone (checks.ts), and reports each problem at a precise path.
 */
import { z } from 'zod';
import { ConsoleIdSchema, CountryCodeSchema, CurrencyCodeSchema } from '../../order-facts';
import { conditionDepth, MAX_CONDITION_DEPTH } from './condition-depth';
import { conditionOps, confidences, goodsKinds, serviceLevels, severities } from './vocabulary';

export * from './vocabulary';
export type { PackIssue } from './issues';

/**
 * Bumped only for changes an older reader would misread; packs say which one they follow.
 * 2: every policy source says when it was last checked (`verifiedAt`), channels say whether
 * they deliver duties paid, rate entries may cap weight per destination, and the pack holds
 * destination customs rules (docs/policies.md).
 */
export const SCHEMA_VERSION = 2;

/** What changed since an older schemaVersion, for the message a pack of that version gets. */
const upgradeHints: Record<number, string> = {
  1: 'schemaVersion 1 packs lack the date each policy was last checked: add source.verifiedAt (YYYY-MM-DD) to every policy and set schemaVersion to 2 (npm run rules -- validate lists every place)',
};

function schemaVersionMessage(input: unknown): string {
  const version =
    typeof input === 'object' && input !== null && 'input' in input
      ? (input as { input: unknown }).input
      : undefined;
  const hint = typeof version === 'number' ? upgradeHints[version] : undefined;
  const base = `this ShipLens reads rules packs with schemaVersion ${SCHEMA_VERSION}`;
  return hint === undefined ? base : `${base}; ${hint}`;
}

const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id such as "aliexpress-standard"');

export const LocalizedTextSchema = z.strictObject({
  en: z.string().min(1),
  'zh-CN': z.string().min(1),
});

export const ServiceLevelSchema = z.enum(serviceLevels);
export const SeveritySchema = z.enum(severities);
export const GoodsKindSchema = z.enum(goodsKinds);

/** Zone ids are lower case, so a zone can never be mistaken for an ISO country code. */
const ZoneIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case zone id such as "eu-east"');

/** A rate entry or served destination: an ISO country, a zone id, or '*' for the rest. */
const DestinationKeySchema = z
  .string()
  .regex(/^(?:[A-Z]{2}|[a-z][a-z0-9-]*|\*)$/, 'expected an ISO country code, a zone id or "*"');

const MoneyLimitSchema = z.strictObject({
  amount: z.number().positive(),
  currency: CurrencyCodeSchema,
});

/**
 * One weight band: the band whose (fromGrams, toGrams] holds the chargeable weight prices the
 * whole parcel, at perKg or perGram plus a per-parcel registration/handling fee — the shape of
 * Cainiao's freight sheets and China Post's e邮宝 card (docs/policies.md, rate cards).
 */
export const BandSchema = z
  .strictObject({
    fromGrams: z.number().int().nonnegative(),
    toGrams: z.number().int().positive(),
    perKg: z.number().nonnegative().optional(),
    perGram: z.number().nonnegative().optional(),
    perParcelFee: z.number().nonnegative(),
    /** Chargeable weight is rounded up to this step: express "per 0.5 kg" cards use 500. */
    stepGrams: z.number().int().positive().optional(),
  })
  .refine((band) => (band.perKg === undefined) !== (band.perGram === undefined), {
    message: 'give exactly one of perKg or perGram',
    path: ['perKg'],
  });

export const RateEntrySchema = z.strictObject({
  minDays: z.number().int().nonnegative(),
  maxDays: z.number().int().nonnegative(),
  /** Overrides the card's minimum for this destination (YunExpress: US 30 g, MX 20 g). */
  minChargeableGrams: z.number().int().nonnegative().optional(),
  /** A lower cap than the channel's for this destination (YunExpress: GB, AU 20 kg). */
  maxWeightGrams: z.number().int().positive().optional(),
  bands: z.array(BandSchema).min(1),
});

export const RateCardSchema = z.strictObject({
  currency: CurrencyCodeSchema,
  minChargeableGrams: z.number().int().nonnegative().default(0),
  /** cm³ per kg: 5000 for express couriers, 6000/8000 for some lines (docs/policies.md, rate cards). */
  volumetricDivisor: z.number().positive().optional(),
  /**
   * Volumetric weight counts only for a parcel with a side of at least this many cm (EMS:
   * above 60 cm; SpeedPAK and e-EMS: 40 cm); without it, it always counts.
   */
  volumetricFromSideCm: z.number().positive().optional(),
  /** …and only when it exceeds the actual weight by this factor (SpeedPAK: 1.3). */
  volumetricOverActualRatio: z.number().min(1).optional(),
  /**
   * Express price lists from China exclude the fuel surcharge, which changes weekly: the
   * percentage assumed on top of the freight (docs/policies.md), stated in the breakdown.
   */
  fuelSurchargePercent: z.number().nonnegative().optional(),
  /** True for the bundled sample numbers: the seller should import their forwarder's card. */
  sample: z.boolean(),
  /** Where the card's structure (and, for real cards, its numbers) come from. */
  source: z.string().min(1),
  /** The day the card's limits and structure were last checked against that source. */
  verifiedAt: z.iso.date().optional(),
});

export const LimitsSchema = z.strictObject({
  maxWeightGrams: z.number().int().positive(),
  maxDeclaredValue: MoneyLimitSchema.optional(),
  maxLongestSideCm: z.number().positive().optional(),
  /** Length + width + height. */
  maxSumOfSidesCm: z.number().positive().optional(),
  refusedGoods: z.array(GoodsKindSchema).default([]),
});

export const ChannelSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  provider: z.string().min(1),
  platforms: z.array(ConsoleIdSchema).min(1),
  serviceLevel: ServiceLevelSchema,
  /** End-to-end tracking, delivery scan included. */
  tracked: z.boolean(),
  /**
   * 'ddp': the channel collects the destination's duty and tax from the seller at booking
   * and the buyer pays nothing on delivery; 'ddu': the buyer (or a marketplace at sale)
   * pays them. Postal lines are 'ddu' unless they say otherwise.
   */
  duties: z.enum(['ddp', 'ddu']).default('ddu'),
  /** What a 'ddp' channel charges for collecting them, as a share of the duty and tax. */
  ddpSurchargePercent: z.number().nonnegative().optional(),
  /** A postal line (UPU letter post / e-packet): customs rules may single these out. */
  postal: z.boolean().default(false),
  /** Names the consoles use for it; the first is the canonical one (see policies.ts). */
  carrierNames: z.array(z.string().min(1)).min(1),
  origins: z.union([z.literal('*'), z.array(CountryCodeSchema).min(1)]),
  destinations: z.union([z.literal('*'), z.array(DestinationKeySchema).min(1)]),
  excludedDestinations: z.array(CountryCodeSchema).default([]),
  rateCard: RateCardSchema,
  /** Keyed by ISO country, zone id or '*'; a country's own entry wins over its zone's. */
  rates: z.record(DestinationKeySchema, RateEntrySchema),
  limits: LimitsSchema,
});

const FactRefSchema = z.strictObject({ fact: z.string().min(1) });

const ConditionValueSchema = z.union(
  [
    z.string(),
    z.number(),
    z.boolean(),
    z.array(z.union([z.string(), z.number()])).min(1),
    FactRefSchema,
  ],
  { error: 'expected a string, number, boolean, non-empty list or {"fact": name}' },
);

/** A comparison of one fact with a value, a list, or another fact ({"fact": name}). */
export const ConditionLeafSchema = z.strictObject({
  fact: z.string().min(1),
  op: z.enum(conditionOps),
  value: ConditionValueSchema,
  /** For money facts: the currency `value` is in; the fact is converted with the pack's rates. */
  currency: z.optional(CurrencyCodeSchema),
});

const AllSchema = z.strictObject({
  get all() {
    return z.array(ConditionTreeSchema).min(1);
  },
});
const AnySchema = z.strictObject({
  get any() {
    return z.array(ConditionTreeSchema).min(1);
  },
});
const NotSchema = z.strictObject({
  get not() {
    return ConditionTreeSchema;
  },
});

const ConditionTreeSchema = z.union([AllSchema, AnySchema, NotSchema, ConditionLeafSchema]);

/**
 * A condition tree, its depth checked first: zod (and the engine) walk a tree by recursion,
 * so a pack nesting `not` thousands deep would overflow the stack instead of being refused.
 */
export const ConditionSchema = z
  .unknown()
  .check((ctx) => {
    const depth = conditionDepth(ctx.value, MAX_CONDITION_DEPTH);
    if (depth > MAX_CONDITION_DEPTH) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `conditions may nest all/any/not at most ${MAX_CONDITION_DEPTH} levels deep; this one goes deeper`,
      });
    }
  })
  .pipe(ConditionTreeSchema);

const ChannelRuleSchema = {
  channels: z.array(IdSchema).min(1).optional(),
  serviceLevels: z.array(ServiceLevelSchema).min(1).optional(),
};

export const EffectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('warn') }),
  /** Only these channels, or any channel of these service levels. */
  z.strictObject({ kind: z.literal('require'), ...ChannelRuleSchema }),
  /** None of these channels, nor any channel of these service levels. */
  z.strictObject({ kind: z.literal('forbid'), ...ChannelRuleSchema }),
]);

export const PolicySourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /** YYYY, YYYY-MM or YYYY-MM-DD as the source gives it, or 'unknown'. */
  effectiveDate: z
    .string()
    .regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|unknown)$/, 'expected YYYY[-MM[-DD]] or "unknown"'),
  confidence: z.enum(confidences),
  /** True when the rule may have been replaced since (docs/policies.md, DATED). */
  dated: z.boolean(),
  /** The day the rule was last checked against its source: the panel shows its age. */
  verifiedAt: z.iso.date({
    error: 'expected the date this rule was last checked against its source (YYYY-MM-DD)',
  }),
  /** Scope and caveats; where sources conflict or stop, say so here. */
  note: z.string().min(1).optional(),
});

export const PolicySchema = z.strictObject({
  id: IdSchema,
  platform: ConsoleIdSchema,
  name: LocalizedTextSchema,
  condition: ConditionSchema,
  effect: EffectSchema,
  /** Severity of the warning when it fires (a `warn`) or the chosen carrier violates it. */
  severity: SeveritySchema,
  /**
   * require/forbid only: severity of the notice shown while no chosen carrier is known to
   * violate the rule (none chosen yet, or one we cannot place). null = no notice; the rule
   * then only rules channels out.
   */
  advisory: SeveritySchema.nullable().default(null),
  /** The platform fines this: the ship form needs an explicit "ship anyway" first. */
  confirmBeforeSubmit: z.boolean().default(false),
  /** May contain {fact} placeholders, filled with the order's values. */
  message: LocalizedTextSchema,
  source: PolicySourceSchema,
});

/* Compliance targets and the FBA first leg: optional pack keys (docs/compliance.md, docs/first-leg.md). */

/**
 * Order values in bands, in US dollars at the pack's rates: the ledger keeps the band, not
 * the amount. The edges are the thresholds the targets use: eBay's US$5 low-value line and
 * the €150 EU import (IOSS) line, taken as US$150 (docs/compliance.md).
 */
export const valueBands = ['under-5', '5-to-150', 'over-150', 'unknown'] as const;
export const ValueBandSchema = z.enum(valueBands);
export type ValueBand = z.infer<typeof ValueBandSchema>;

export const ComplianceTargetSchema = z.strictObject({
  id: IdSchema,
  platform: ConsoleIdSchema,
  name: LocalizedTextSchema,
  /** Short label of the scope, written into `data-scope`: "GB", "US-low-value", "CN-origin". */
  scope: z.string().regex(/^[A-Za-z0-9-]+$/, 'expected a label such as "US-low-value"'),
  /** Which shipments count; an absent list means any. */
  destinations: z.array(CountryCodeSchema).min(1).optional(),
  origins: z.array(CountryCodeSchema).min(1).optional(),
  valueBands: z.array(ValueBandSchema).min(1).optional(),
  /**
   * What the share counts: shipments on one of `channels`, or shipments whose tracking
   * number fits its carrier's format and check digit.
   */
  measure: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('channel-share'), channels: z.array(IdSchema).min(1) }),
    z.strictObject({ kind: z.literal('valid-tracking') }),
  ]),
  /** The share to reach, 0–1; null when the platform publishes no figure (the tally still shows). */
  share: z.number().min(0).max(1).nullable(),
  /** The rolling window the platform measures over. */
  periodDays: z.number().int().positive(),
  /** The nudge's advice when this order could raise the share. */
  advice: LocalizedTextSchema,
  source: PolicySourceSchema,
});
export type ComplianceTarget = z.infer<typeof ComplianceTargetSchema>;

export const firstLegModes = ['express', 'air', 'sea-lcl', 'sea-fcl', 'rail'] as const;
export type FirstLegMode = (typeof firstLegModes)[number];

const TransitSchema = z
  .strictObject({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() })
  .refine((days) => days.max >= days.min, { message: 'max is below min', path: ['max'] });

const firstLegCommon = {
  id: IdSchema,
  name: LocalizedTextSchema,
  provider: z.string().min(1),
  origins: z.array(CountryCodeSchema).min(1),
  /** Marketplace countries whose fulfilment centres the line delivers to. */
  destinations: z.array(CountryCodeSchema).min(1),
  currency: CurrencyCodeSchema,
  /** Door (seller) to the fulfilment centre, in calendar days. */
  transitDays: TransitSchema,
  /** True for the bundled illustrative numbers: import your forwarder's card. */
  sample: z.boolean(),
  source: z.string().min(1),
};

/** Priced per kg of chargeable weight: the greater of actual and L×W×H / divisor. */
const ByWeightSchema = z.strictObject({
  ...firstLegCommon,
  mode: z.enum(['express', 'air', 'rail']),
  perKg: z.number().positive(),
  /** cm³ per kg: 5000 for express couriers, 6000 for air freight and rail. */
  volumetricDivisor: z.number().positive(),
  minimumCharge: z.number().nonnegative().default(0),
  /** Heaviest single carton the line takes. */
  maxCartonKg: z.number().positive().optional(),
});

/** Sea freight, less than container load: per cubic metre, with a minimum. */
const ByVolumeSchema = z.strictObject({
  ...firstLegCommon,
  mode: z.literal('sea-lcl'),
  perCbm: z.number().positive(),
  minimumCbm: z.number().nonnegative().default(1),
});

/** Sea freight, full container: a price per container, for a load that fills one. */
const ByContainerSchema = z.strictObject({
  ...firstLegCommon,
  mode: z.literal('sea-fcl'),
  perContainer: z.number().positive(),
  containerCbm: z.number().positive(),
  containerMaxKg: z.number().positive(),
  /** Below this volume a container is not worth booking: LCL is the answer. */
  minFillCbm: z.number().positive(),
});

export const FirstLegChannelSchema = z.discriminatedUnion('mode', [
  ByWeightSchema,
  ByVolumeSchema,
  ByContainerSchema,
]);
export type FirstLegChannel = z.infer<typeof FirstLegChannelSchema>;

/**
 * One of Amazon's inbound rules: a carton limit (checked against every carton of a plan)
 * or a notice shown with the recommendation (the placement fee, labelling).
 */
export const InboundRuleSchema = z.strictObject({
  id: IdSchema,
  marketplaces: z.array(CountryCodeSchema).min(1),
  maxCartonKg: z.number().positive().optional(),
  maxCartonSideCm: z.number().positive().optional(),
  message: LocalizedTextSchema,
  source: PolicySourceSchema,
});
export type InboundRule = z.infer<typeof InboundRuleSchema>;

export const FirstLegDataSchema = z.strictObject({
  channels: z.array(FirstLegChannelSchema),
  inboundRules: z.array(InboundRuleSchema).default([]),
});
export type FirstLegData = z.infer<typeof FirstLegDataSchema>;

/**
 * Orders the platform routes itself although the seller ships them (AliExpress Choice: the
 * parcel goes to a Cainiao warehouse and the platform picks the line), recognised by the
 * buyer's service name: like FBA, no channel is recommended.
 */
export const PlatformRoutedSchema = z.strictObject({
  id: IdSchema,
  platform: ConsoleIdSchema,
  /** Buyer-visible service names (matched case-insensitively). */
  services: z.array(z.string().min(1)).min(1),
  /** What the panel says instead of a recommendation. */
  message: LocalizedTextSchema,
  source: PolicySourceSchema,
});

/**
 * One charge a destination's customs rules add to the goods (docs/policies.md "Destination
 * rules"): a share of the goods value, a fixed amount per item category, or — when the rate
 * depends on the goods' tariff code — no amount at all, shown as "not estimated".
 */
export const ChargeSchema = z.strictObject({
  kind: z.enum(['duty', 'tax', 'fee']),
  label: LocalizedTextSchema,
  /** Percent of the goods value. */
  percent: z.number().nonnegative().optional(),
  /** Percent per destination country, where it differs (EU VAT). */
  percentByCountry: z.record(CountryCodeSchema, z.number().nonnegative()).optional(),
  /** A fixed amount per item category (EU: €3 per tariff subheading in the parcel). */
  perItemCategory: MoneyLimitSchema.optional(),
  /** 'at-sale': the marketplace collects it at checkout; 'at-import': customs, on arrival. */
  collected: z.enum(['at-sale', 'at-import']),
  /** Applies only to orders whose goods value is at most this. */
  upTo: MoneyLimitSchema.optional(),
  /** Applies only to orders whose goods value is above this. */
  above: MoneyLimitSchema.optional(),
});

/** A destination's customs rule in force between two dates, for every platform. */
export const CustomsRuleSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  /** ISO countries or zone ids. */
  destinations: z.array(DestinationKeySchema).min(1),
  origins: z.union([z.literal('*'), z.array(CountryCodeSchema).min(1)]),
  from: z.iso.date(),
  /** First day it no longer applies. */
  until: z.iso.date().optional(),
  severity: SeveritySchema,
  /** What the seller should do; may contain {fact} placeholders. */
  message: LocalizedTextSchema,
  /** Noted on postal channels (channel.postal) to these destinations. */
  postalNote: LocalizedTextSchema.optional(),
  charges: z.array(ChargeSchema).default([]),
  source: PolicySourceSchema,
});

export const CurrencyRatesSchema = z.strictObject({
  base: CurrencyCodeSchema,
  date: z.iso.date(),
  source: z.string().min(1),
  /** Units of each currency per 1 unit of `base`. */
  rates: z.record(CurrencyCodeSchema, z.number().positive()),
});

export const RulesPackSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: schemaVersionMessage }),
  id: IdSchema,
  name: z.string().min(1),
  version: z.string().min(1),
  published: z.iso.date(),
  /** Where the pack comes from: "bundled", a feed address, "local edits"… */
  source: z.string().min(1),
  currencyRates: CurrencyRatesSchema,
  /** Per unit, when neither the page nor the seller's SKU table gives a weight. */
  defaultItemWeightGrams: z.number().int().positive(),
  /** Buyer-visible service names per platform → service level (matched case-insensitively). */
  serviceAliases: z
    .partialRecord(ConsoleIdSchema, z.record(z.string().min(1), ServiceLevelSchema))
    .default({}),
  zones: z.record(ZoneIdSchema, z.array(CountryCodeSchema).min(1)).default({}),
  platformRouted: z.array(PlatformRoutedSchema).default([]),
  customs: z.array(CustomsRuleSchema).default([]),
  channels: z.array(ChannelSchema),
  policies: z.array(PolicySchema),
  /** Shares the platforms ask for over many shipments (docs/compliance.md). */
  complianceTargets: z.array(ComplianceTargetSchema).optional(),
  /** Amazon FBA first-leg rate cards and inbound rules (docs/first-leg.md). */
  firstLeg: FirstLegDataSchema.optional(),
});

export type RulesPack = z.infer<typeof RulesPackSchema>;
export type RulesPackInput = z.input<typeof RulesPackSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type RateEntry = z.infer<typeof RateEntrySchema>;
export type RateCard = z.infer<typeof RateCardSchema>;
export type Band = z.infer<typeof BandSchema>;
export type Limits = z.infer<typeof LimitsSchema>;
export type Policy = z.infer<typeof PolicySchema>;
export type PlatformRouted = z.infer<typeof PlatformRoutedSchema>;
export type CustomsRule = z.infer<typeof CustomsRuleSchema>;
export type Charge = z.infer<typeof ChargeSchema>;
export type Effect = z.infer<typeof EffectSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type ConditionLeaf = z.infer<typeof ConditionLeafSchema>;
export type CurrencyRates = z.infer<typeof CurrencyRatesSchema>;
