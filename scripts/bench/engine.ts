/**
 * Rules-engine benchmark (timings reported, never asserted):
 *
 * (a) our engine on the bundled pack: time per `evaluate()` over seeded synthetic OrderFacts
 *     of all four consoles (a 100-row list page evaluates 100 of them);
 * (b) json-rules-engine 7.3.1 beside our condition set, in this process, on the same 200
 *     shipping rules and 10,000 orders as docs/peers.md#rules-engine (25 channels × 8
 *     variants, seed 42; orders seed 7): per order, run the rules, then pick the cheapest
 *     (base + perKg × kg) and the fastest eligible channel. Ours runs the rules exactly the
 *     way the engine runs a platform's policies per order: compiled once into an indexed
 *     condition set (condition-set.ts), then per order the rules whose required console,
 *     countries, category… the order has are run, synchronously. Both must return the same
 *     eligible set and the same picks for every order;
 * (c) our condition set at 25–400 rules, to show the cost grows no faster than the rule count.
 *
 * Run: npx tsx scripts/bench/engine.ts   (add `node --expose-gc` for a GC before each run)
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Engine, type Event, type RuleProperties } from 'json-rules-engine';
import type { OrderFacts, OrderItem } from '../../utils/order-facts';
import { compileConditionSet, type ConditionSet } from '../../utils/rules/engine/condition-set';
import { FactTable } from '../../utils/rules/engine/conditions';
import { defaultPack } from '../../utils/rules/pack/bundled-pack';
import { evaluate, type EvaluateInput } from '../../utils/rules/engine/engine';
import { ConditionSchema, type Condition, type ConditionLeaf } from '../../utils/rules/pack/schema';
import { defaultSettings, type Objective } from '../../utils/settings';
import { prng, type Random } from './random';

// ---------------------------------------------------------------------------------------------
// Seeded data

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0)
    out.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return out;
}

/** Weighted pick: weights need not sum to 1. */
function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [item, w] of items) if ((roll -= w) < 0) return item;
  return (items[items.length - 1] as readonly [T, number])[0];
}

/** Box–Muller normal, for log-normal weights and values. */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

type ConsoleId = 'aliexpress' | 'amazon' | 'ebay' | 'wish';
// 50 destination countries, weighted roughly like cross-border parcel volume (Zipf-like).
const COUNTRIES = [
  'US',
  'GB',
  'DE',
  'FR',
  'ES',
  'IT',
  'RU',
  'BR',
  'CA',
  'AU',
  'NL',
  'MX',
  'CL',
  'PL',
  'JP',
  'KR',
  'SA',
  'AE',
  'IL',
  'SE',
  'BE',
  'CH',
  'AT',
  'PT',
  'CZ',
  'UA',
  'TR',
  'IN',
  'NZ',
  'SG',
  'MY',
  'TH',
  'PH',
  'ID',
  'VN',
  'CO',
  'PE',
  'AR',
  'ZA',
  'NG',
  'EG',
  'MA',
  'KZ',
  'BY',
  'RO',
  'HU',
  'GR',
  'IE',
  'DK',
  'NO',
] as const;
const COUNTRY_WEIGHTS = COUNTRIES.map((country, i) => [country, 1 / (i + 1) ** 0.9] as const);
const CATEGORIES = [
  'apparel',
  'shoes',
  'phone_accessories',
  'electronics',
  'batteries',
  'cosmetics_liquid',
  'jewelry',
  'toys',
  'home',
  'tools',
  'sports',
  'beauty',
  'books',
  'auto_parts',
] as const;

interface ChannelSpec {
  name: string;
  consoles: readonly ConsoleId[];
  maxG: number;
  base: [number, number];
  perKg: [number, number];
  eta: [number, number];
}

// The 25 channels of docs/peers.md#rules-engine: Cainiao tiers, AliExpress Standard, YunExpress, 4PX, Yanwen,
// WishPost ×3, SpeedPAK ×3, China Post, express couriers, Amazon SFP and others.
const CHANNELS: readonly ChannelSpec[] = [
  {
    name: 'CAINIAO_SUPER_ECONOMY',
    consoles: ['aliexpress'],
    maxG: 2000,
    base: [0.3, 1],
    perKg: [8, 16],
    eta: [25, 45],
  },
  {
    name: 'CAINIAO_SUPER_ECONOMY_GLOBAL',
    consoles: ['aliexpress'],
    maxG: 2000,
    base: [0.3, 1],
    perKg: [9, 17],
    eta: [25, 45],
  },
  {
    name: 'CAINIAO_SPECIAL_GOODS_ECONOMY',
    consoles: ['aliexpress'],
    maxG: 2000,
    base: [0.5, 1.5],
    perKg: [10, 18],
    eta: [25, 45],
  },
  {
    name: 'AE_SAVER',
    consoles: ['aliexpress'],
    maxG: 2000,
    base: [0.8, 1.6],
    perKg: [9, 14],
    eta: [20, 35],
  },
  {
    name: 'AE_STANDARD',
    consoles: ['aliexpress'],
    maxG: 30000,
    base: [1.8, 3],
    perKg: [10, 14],
    eta: [12, 25],
  },
  {
    name: 'AE_PREMIUM',
    consoles: ['aliexpress'],
    maxG: 30000,
    base: [3, 5],
    perKg: [16, 24],
    eta: [7, 15],
  },
  {
    name: 'YUNEXPRESS',
    consoles: ['amazon', 'ebay', 'aliexpress'],
    maxG: 10000,
    base: [1.5, 2.8],
    perKg: [9, 13],
    eta: [10, 20],
  },
  {
    name: 'FOURPX_SGPOST',
    consoles: ['aliexpress', 'amazon'],
    maxG: 2000,
    base: [1.8, 2.8],
    perKg: [10, 13],
    eta: [12, 25],
  },
  {
    name: 'YANWEN_SPECIAL_LINE',
    consoles: ['aliexpress', 'amazon'],
    maxG: 2000,
    base: [1.8, 2.8],
    perKg: [10, 13],
    eta: [12, 28],
  },
  {
    name: 'WISHPOST_ECONOMY',
    consoles: ['wish'],
    maxG: 2000,
    base: [0.5, 1],
    perKg: [8, 12],
    eta: [20, 40],
  },
  {
    name: 'WISHPOST_STANDARD',
    consoles: ['wish'],
    maxG: 2000,
    base: [1.5, 2.5],
    perKg: [10, 13],
    eta: [12, 25],
  },
  {
    name: 'WISHPOST_PREMIUM',
    consoles: ['wish'],
    maxG: 2000,
    base: [3, 4.5],
    perKg: [14, 19],
    eta: [7, 15],
  },
  {
    name: 'SPEEDPAK_ECONOMY',
    consoles: ['ebay'],
    maxG: 2000,
    base: [1, 1.8],
    perKg: [8, 12],
    eta: [15, 30],
  },
  {
    name: 'SPEEDPAK_STANDARD',
    consoles: ['ebay'],
    maxG: 30000,
    base: [1.8, 3],
    perKg: [10, 14],
    eta: [8, 15],
  },
  {
    name: 'SPEEDPAK_EXPEDITED',
    consoles: ['ebay'],
    maxG: 30000,
    base: [3, 5],
    perKg: [15, 22],
    eta: [5, 10],
  },
  {
    name: 'CHINA_POST_REGISTERED',
    consoles: ['aliexpress', 'amazon'],
    maxG: 2000,
    base: [2.2, 3],
    perKg: [9, 12],
    eta: [15, 35],
  },
  {
    name: 'EPACKET',
    consoles: ['aliexpress', 'ebay'],
    maxG: 2000,
    base: [1.6, 2.2],
    perKg: [9, 12],
    eta: [10, 20],
  },
  {
    name: 'DHL_EXPRESS',
    consoles: ['aliexpress', 'amazon', 'ebay'],
    maxG: 30000,
    base: [18, 28],
    perKg: [14, 22],
    eta: [3, 6],
  },
  {
    name: 'FEDEX_IP',
    consoles: ['aliexpress', 'amazon', 'ebay'],
    maxG: 30000,
    base: [17, 27],
    perKg: [14, 21],
    eta: [3, 7],
  },
  {
    name: 'UPS_SAVER',
    consoles: ['aliexpress', 'amazon', 'ebay'],
    maxG: 30000,
    base: [17, 27],
    perKg: [14, 21],
    eta: [3, 7],
  },
  {
    name: 'SF_EXPRESS',
    consoles: ['aliexpress', 'amazon'],
    maxG: 30000,
    base: [10, 16],
    perKg: [12, 18],
    eta: [4, 8],
  },
  {
    name: 'EMS',
    consoles: ['aliexpress', 'ebay'],
    maxG: 30000,
    base: [8, 14],
    perKg: [11, 16],
    eta: [7, 15],
  },
  {
    name: 'AMAZON_SFP',
    consoles: ['amazon'],
    maxG: 20000,
    base: [4, 7],
    perKg: [6, 10],
    eta: [1, 3],
  },
  {
    name: 'DHL_ECOMMERCE',
    consoles: ['amazon'],
    maxG: 2000,
    base: [2, 3],
    perKg: [10, 14],
    eta: [8, 16],
  },
  {
    name: 'SUNYOU_ECONOMY',
    consoles: ['aliexpress', 'wish'],
    maxG: 2000,
    base: [0.4, 1],
    perKg: [8, 13],
    eta: [20, 40],
  },
];

type Op = 'eq' | 'in' | 'notIn' | 'gte' | 'lt' | 'lte';
interface RuleSpec {
  id: string;
  channel: string;
  conditions: Array<{ fact: string; op: Op; value: string | number | boolean | string[] }>;
  params: { ruleId: string; channel: string; base: number; perKg: number; etaDays: number };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const between = (random: Random, [low, high]: [number, number]) =>
  round2(low + random() * (high - low));

/** variants per channel × 25 channels, in variant-major order, from seed 42. */
function makeRules(variants: number): RuleSpec[] {
  const random = prng(42);
  const rules: RuleSpec[] = [];
  for (let variant = 0; variant < variants; variant += 1) {
    for (const channel of CHANNELS) {
      const id = `R${String(rules.length + 1).padStart(3, '0')}_${channel.name}`;
      const conditions: RuleSpec['conditions'] = [];
      const markets = channel.consoles;
      conditions.push(
        markets.length === 1
          ? { fact: 'console', op: 'eq', value: markets[0] ?? '' }
          : { fact: 'console', op: 'in', value: [...markets] },
      );
      // 5–16 countries, about 10.6 on average.
      conditions.push({
        fact: 'country',
        op: 'in',
        value: sample(random, COUNTRIES, 5 + Math.floor(random() * 12)),
      });
      const minG = pick(random, [0, 0, 0, 100, 300, 1000]);
      conditions.push({ fact: 'weightG', op: 'gte', value: Math.min(minG, channel.maxG / 2) });
      conditions.push({ fact: 'weightG', op: 'lt', value: channel.maxG });
      if (random() < 0.2)
        conditions.push({ fact: 'valueUsd', op: 'gte', value: pick(random, [5, 10, 20, 50]) });
      conditions.push({
        fact: 'valueUsd',
        op: 'lte',
        value: pick(random, [22, 50, 100, 400, 2000]),
      });
      const categories = sample(random, CATEGORIES, 3 + Math.floor(random() * 4));
      if (random() < 0.5)
        conditions.push({
          fact: 'category',
          op: 'in',
          value: sample(random, CATEGORIES, 8 + Math.floor(random() * 6)),
        });
      else conditions.push({ fact: 'category', op: 'notIn', value: categories });
      if (random() < 0.7) conditions.push({ fact: 'hasBattery', op: 'eq', value: false });
      rules.push({
        id,
        channel: channel.name,
        conditions,
        params: {
          ruleId: id,
          channel: channel.name,
          base: between(random, channel.base),
          perKg: between(random, channel.perKg),
          etaDays: Math.round(between(random, channel.eta)),
        },
      });
    }
  }
  return rules;
}

type SyntheticOrder = {
  console: string;
  country: string;
  weightG: number;
  valueUsd: number;
  category: string;
  hasBattery: boolean;
};

function makeOrders(count: number): SyntheticOrder[] {
  const random = prng(7);
  return Array.from({ length: count }, () => {
    const category = pick(random, CATEGORIES);
    return {
      console: weighted(random, [
        ['aliexpress', 4],
        ['amazon', 3],
        ['ebay', 2],
        ['wish', 1],
      ]),
      country: weighted(random, COUNTRY_WEIGHTS),
      // log-normal around 350 g, clamped to 20 g – 30 kg
      weightG: Math.round(
        Math.min(30000, Math.max(20, Math.exp(Math.log(350) + 1.1 * normal(random)))),
      ),
      valueUsd: round2(Math.min(2000, Math.max(1, Math.exp(Math.log(18) + 0.9 * normal(random))))),
      category,
      hasBattery:
        category === 'batteries' ||
        (category === 'electronics' && random() < 0.5) ||
        random() < 0.05,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Per-order work, shared by both engines

type Params = RuleSpec['params'];

interface Choice {
  cheapest: string | null;
  fastest: string | null;
}

/** The eligible set as one comparable string: for the correctness pass only, not timed. */
const eligibleKey = (eligible: readonly Params[]) =>
  eligible
    .map((p) => p.ruleId)
    .sort()
    .join(',');

interface Priced {
  params: Params;
  cost: number;
}
const byId = (a: Priced, b: Priced) =>
  a.params.ruleId < b.params.ruleId ? -1 : a.params.ruleId > b.params.ruleId ? 1 : 0;
const cheaper = (a: Priced, b: Priced) => a.cost - b.cost || byId(a, b);
const faster = (a: Priced, b: Priced) => a.params.etaDays - b.params.etaDays || cheaper(a, b);

function best(items: readonly Priced[], compare: (a: Priced, b: Priced) => number): Priced | null {
  let out: Priced | null = null;
  for (const item of items) if (out === null || compare(item, out) < 0) out = item;
  return out;
}

/** The cheapest (base + perKg × kg) and the fastest eligible rule; ties go to cost, then rule id. */
function choose(eligible: readonly Params[], weightG: number): Choice {
  const priced = eligible.map((params) => ({
    params,
    cost: params.base + (params.perKg * weightG) / 1000,
  }));
  return {
    cheapest: best(priced, cheaper)?.params.ruleId ?? null,
    fastest: best(priced, faster)?.params.ruleId ?? null,
  };
}

// json-rules-engine side
const JRE_OPERATORS: Record<Op, string> = {
  eq: 'equal',
  in: 'in',
  notIn: 'notIn',
  gte: 'greaterThanInclusive',
  lt: 'lessThan',
  lte: 'lessThanInclusive',
};

function jsonRulesEngine(rules: readonly RuleSpec[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of rules) {
    const properties: RuleProperties = {
      name: rule.id,
      conditions: {
        all: rule.conditions.map((c) => ({
          fact: c.fact,
          operator: JRE_OPERATORS[c.op],
          value: c.value,
        })),
      },
      event: { type: 'channel-eligible', params: rule.params },
    };
    engine.addRule(properties);
  }
  return engine;
}

async function jreEligible(engine: Engine, order: SyntheticOrder): Promise<Params[]> {
  const { events } = await engine.run({ ...order });
  return events.map((event: Event) => event.params as Params);
}

async function runJre(engine: Engine, order: SyntheticOrder): Promise<Choice> {
  return choose(await jreEligible(engine, order), order.weightG);
}

// Our side: the same rules in our condition language, compiled once against the order's facts.
const ORDER_FACTS = new FactTable([
  'console',
  'country',
  'weightG',
  'valueUsd',
  'category',
  'hasBattery',
]);

interface Compiled {
  set: ConditionSet;
  params: Params[];
}

function ourRules(rules: readonly RuleSpec[]): Compiled {
  // The same schema a pack's policy conditions pass (facts here are the benchmark's own).
  const conditions = rules.map((rule): Condition =>
    ConditionSchema.parse({
      all: rule.conditions.map((c): ConditionLeaf => ({ fact: c.fact, op: c.op, value: c.value })),
    }),
  );
  return {
    set: compileConditionSet(conditions, defaultPack.currencyRates, ORDER_FACTS),
    params: rules.map((rule) => rule.params),
  };
}

/**
 * What the engine does per order (policies.ts): load the facts once, ask the set which rules
 * can match them, run those.
 */
function oursEligible({ set, params }: Compiled, order: SyntheticOrder): Params[] {
  const values = ORDER_FACTS.load(order);
  const eligible: Params[] = [];
  for (const position of set.candidates(values))
    if (set.matches(position, values)) eligible.push(params[position] as Params);
  return eligible;
}

function runOurs(rules: Compiled, order: SyntheticOrder): Choice {
  return choose(oursEligible(rules, order), order.weightG);
}

/**
 * Not a product path: the same rules as hand-written closures (one per comparison, Set lookups
 * for lists), as the reference row of docs/peers.md#rules-engine, to show what this machine does without any
 * engine at all.
 */
function handWritten(
  rules: readonly RuleSpec[],
): Array<{ test: (order: SyntheticOrder) => boolean; params: Params }> {
  return rules.map((rule) => {
    const tests = rule.conditions.map(
      ({ fact, op, value }): ((order: SyntheticOrder) => boolean) => {
        const key = fact as keyof SyntheticOrder;
        if (op === 'in' || op === 'notIn') {
          const members = new Set<unknown>(value as string[]);
          return op === 'in'
            ? (order) => members.has(order[key])
            : (order) => !members.has(order[key]);
        }
        if (op === 'eq') return (order) => order[key] === value;
        const limit = value as number;
        if (op === 'gte') return (order) => (order[key] as number) >= limit;
        return op === 'lt'
          ? (order) => (order[key] as number) < limit
          : (order) => (order[key] as number) <= limit;
      },
    );
    return { test: (order) => tests.every((test) => test(order)), params: rule.params };
  });
}

// ---------------------------------------------------------------------------------------------
// Timing

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const median = (values: readonly number[]) => quantile(values, 0.5);
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

interface Timing {
  ordersPerSecond: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
}

/** Runs `runs` passes timing each item; reports medians across passes (docs/peers.md#method). */
async function time<T>(
  items: readonly T[],
  runs: number,
  work: (item: T) => unknown,
): Promise<Timing> {
  const perRun: Timing[] = [];
  for (let r = 0; r < runs; r += 1) {
    gc();
    const timings = new Float64Array(items.length);
    const start = performance.now();
    for (let i = 0; i < items.length; i += 1) {
      const before = performance.now();
      const result = work(items[i] as T);
      if (result instanceof Promise) await result;
      timings[i] = performance.now() - before;
    }
    const elapsed = performance.now() - start;
    const list = Array.from(timings);
    perRun.push({
      ordersPerSecond: items.length / (elapsed / 1000),
      p50: median(list),
      p90: quantile(list, 0.9),
      p95: quantile(list, 0.95),
      p99: quantile(list, 0.99),
    });
  }
  return {
    ordersPerSecond: median(perRun.map((t) => t.ordersPerSecond)),
    p50: median(perRun.map((t) => t.p50)),
    p90: median(perRun.map((t) => t.p90)),
    p95: median(perRun.map((t) => t.p95)),
    p99: median(perRun.map((t) => t.p99)),
  };
}

/** Orders/s over whole passes with no per-order timer. */
function throughput<T>(items: readonly T[], runs: number, work: (item: T) => unknown): number {
  const rates: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    gc();
    const start = performance.now();
    for (const item of items) work(item);
    rates.push(items.length / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

const us = (ms: number) => `${(ms * 1000).toFixed(2)} µs`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const int = (value: number) => Math.round(value).toLocaleString('en-US');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// (a) the full engine on the bundled pack

const SERVICES: Record<OrderFacts['console'], readonly (string | null)[]> = {
  aliexpress: [
    'AliExpress Standard Shipping',
    'AliExpress Premium Shipping',
    'Cainiao Super Economy',
    'AliExpress Saver Shipping',
    null,
  ],
  amazon: ['Standard', 'Expedited', null],
  ebay: ["Standard Int'l", 'Expedited International Shipping', 'SpeedPAK Economy', null],
  wish: ['Standard Shipping', null],
};
const CARRIERS: Record<OrderFacts['console'], readonly string[]> = {
  aliexpress: [
    'AliExpress Standard Shipping',
    'Yanwen',
    'China Post',
    'DHL',
    'Cainiao Super Economy',
  ],
  amazon: ['Yun Express', '4PX', 'yun express', 'UPS'],
  ebay: ['SpeedPAK Standard', 'Yanwen', 'DHL'],
  wish: ['WishPost', 'China Post', 'WishPost Premium'],
};

function makeOrderFacts(count: number): EvaluateInput[] {
  const random = prng(11);
  const now = new Date('2026-11-25T00:00:00Z');
  const objectives: readonly Objective[] = ['cheapest', 'fastest', 'balanced'];
  return Array.from({ length: count }, (_, n) => {
    const console = weighted(random, [
      ['aliexpress', 4],
      ['amazon', 3],
      ['ebay', 2],
      ['wish', 1],
    ] as const);
    const items: OrderItem[] = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => ({
      title: `Item ${i}`,
      sku: random() < 0.8 ? `SKU-${Math.floor(random() * 50)}` : null,
      listingId: null,
      quantity: 1 + Math.floor(random() * 3),
      unitPrice: {
        amount: round2(Math.exp(Math.log(12) + 0.8 * normal(random))),
        currency: console === 'ebay' && random() < 0.3 ? 'EUR' : 'USD',
      },
      unitWeightGrams:
        random() < 0.3 ? Math.round(Math.exp(Math.log(200) + 0.8 * normal(random))) : null,
    }));
    const currencies = new Set(items.map((item) => item.unitPrice?.currency));
    const amount = round2(
      items.reduce((sum, item) => sum + item.quantity * (item.unitPrice?.amount ?? 0), 0),
    );
    const hours = Math.round(-48 + random() * 120);
    const carrierChosen = random() < 0.3;
    const facts: OrderFacts = {
      console,
      pageKind: pick(random, ['order-detail', 'order-list', 'ship-form'] as const),
      orderId: `BENCH-${n}`,
      destinationCountry: random() < 0.03 ? null : weighted(random, COUNTRY_WEIGHTS),
      items,
      orderValue: currencies.size === 1 ? { amount, currency: [...currencies][0] ?? 'USD' } : null,
      buyerSelectedService: pick(random, SERVICES[console]),
      shipBy: new Date(now.getTime() + hours * 3_600_000).toISOString(),
      orderedAt: new Date(now.getTime() - Math.round(random() * 7 * 86_400_000)).toISOString(),
      carrier: null,
      trackingNumbers: [],
      status: random() < 0.85 ? 'unshipped' : 'shipped',
      fulfilledBy: console === 'amazon' && random() < 0.2 ? 'platform' : 'seller',
      shipFromCountry: random() < 0.9 ? null : 'CN',
      missing: [],
    };
    return {
      facts,
      pack: defaultPack,
      settings: { ...defaultSettings, objective: pick(random, objectives) },
      now,
      skuWeights: { 'SKU-1': 120, 'SKU-2': 450, 'SKU-3': 80 },
      ...(carrierChosen
        ? {
            form: {
              chosenCarrier: pick(random, CARRIERS[console]),
              trackingNumbers: ['X1'],
              trackingCarrierMatch: pick(random, ['match', 'mismatch', 'unknown'] as const),
            },
          }
        : {}),
    };
  });
}

/** Issue #12: a list page of 100 orders must stay well inside one frame. */
const BUNDLED_P50_TARGET_US = 10;

async function benchBundledPack(): Promise<void> {
  const inputs = makeOrderFacts(4000);
  for (const input of inputs.slice(0, 500)) evaluate(input);
  const timing = await time(inputs, 5, evaluate);
  const sample100 = inputs.slice(0, 100);
  const page = await time([sample100], 21, (orders) => {
    for (const input of orders) evaluate(input);
  });
  console.log(
    `\n(a) evaluate() on the bundled pack (${defaultPack.channels.length} channels, ${defaultPack.policies.length} policies), ${int(inputs.length)} synthetic orders of all four consoles, 5 runs\n`,
  );
  console.log(
    table(
      ['orders/s', 'per order p50', 'p90', 'p95', 'p99', '100-row list page (median of 21)'],
      [
        [
          int(timing.ordersPerSecond),
          us(timing.p50),
          us(timing.p90),
          us(timing.p95),
          us(timing.p99),
          ms(page.p50),
        ],
      ],
    ),
  );
  console.log(
    `\n    target: < ${BUNDLED_P50_TARGET_US} µs per order p50 → ${timing.p50 * 1000 < BUNDLED_P50_TARGET_US ? 'met' : 'NOT met'}`,
  );
}

// ---------------------------------------------------------------------------------------------
// (b) side by side with json-rules-engine

async function benchSideBySide(): Promise<void> {
  const rules = makeRules(8);
  const orders = makeOrders(10_000);
  const conditionsPerRule = rules.reduce((sum, r) => sum + r.conditions.length, 0) / rules.length;
  const countriesPerRule =
    rules.reduce(
      (sum, r) => sum + (r.conditions.find((c) => c.fact === 'country')?.value as string[]).length,
      0,
    ) / rules.length;

  const engine = jsonRulesEngine(rules);
  const ours = ourRules(rules);

  // Correctness first: every order, both engines, same eligible set and the same picks.
  let mismatches = 0;
  let eligibleTotal = 0;
  let candidatesTotal = 0;
  let noChannel = 0;
  for (const order of orders) {
    const theirs = await jreEligible(engine, order);
    const mine = oursEligible(ours, order);
    const [a, b] = [choose(theirs, order.weightG), choose(mine, order.weightG)];
    if (
      eligibleKey(theirs) !== eligibleKey(mine) ||
      a.cheapest !== b.cheapest ||
      a.fastest !== b.fastest
    )
      mismatches += 1;
    eligibleTotal += mine.length;
    candidatesTotal += ours.set.candidates(ORDER_FACTS.load(order)).length;
    if (mine.length === 0) noChannel += 1;
  }
  const hand = handWritten(rules);
  const runHand = (order: SyntheticOrder) =>
    choose(
      hand.filter((rule) => rule.test(order)).map((rule) => rule.params),
      order.weightG,
    );

  for (const order of orders.slice(0, 2000)) runOurs(ours, order);
  const oursTiming = await time(orders, 5, (order) => runOurs(ours, order));
  const oursNoTimer = throughput(orders, 5, (order) => runOurs(ours, order));
  for (const order of orders.slice(0, 1000)) await runJre(engine, order);
  const jreRuns = Number(process.env['BENCH_JRE_RUNS'] ?? 2);
  const jreTiming = await time(orders, jreRuns, (order) => runJre(engine, order));
  for (const order of orders.slice(0, 2000)) runHand(order);
  const handTiming = await time(orders, 5, runHand);

  console.log(`\n(b) 200 shipping rules × 10,000 orders, same process (docs/peers.md A1 design)`);
  console.log(
    `    rules: 25 channels × 8 variants, seed 42, ${conditionsPerRule.toFixed(2)} conditions and ${countriesPerRule.toFixed(1)} countries per rule on average`,
  );
  console.log(
    `    orders: seed 7, ${(eligibleTotal / orders.length).toFixed(2)} eligible rules per order on average, ${noChannel} orders with none`,
  );
  console.log(
    `    ours runs ${(candidatesTotal / orders.length).toFixed(1)} of the ${rules.length} rules per order on average (the index skips the rest)`,
  );
  console.log(
    `    correctness: eligible set, cheapest and fastest compared for all ${int(orders.length)} orders → ${mismatches} mismatches\n`,
  );
  console.log(
    table(
      ['engine', 'orders/s', 'per-order p50', 'p95', 'p99'],
      [
        [
          `json-rules-engine 7.3.1, await per order (median of ${jreRuns} runs)`,
          int(jreTiming.ordersPerSecond),
          ms(jreTiming.p50),
          ms(jreTiming.p95),
          ms(jreTiming.p99),
        ],
        [
          'ShipLens condition set, compiled + indexed, sync (median of 5 runs)',
          int(oursTiming.ordersPerSecond),
          us(oursTiming.p50),
          us(oursTiming.p95),
          us(oursTiming.p99),
        ],
        ['ShipLens condition set, no per-order timer', int(oursNoTimer), '', '', ''],
        [
          'reference: hand-written closures, no engine (median of 5 runs)',
          int(handTiming.ordersPerSecond),
          us(handTiming.p50),
          us(handTiming.p95),
          us(handTiming.p99),
        ],
      ],
    ),
  );
  console.log(
    `\n    ratio (orders/s, both timed per order): ${(oursTiming.ordersPerSecond / jreTiming.ordersPerSecond).toFixed(0)}× faster; p50 ratio ${(jreTiming.p50 / oursTiming.p50).toFixed(0)}×`,
  );
  console.log(
    `    targets: ≥ 300× faster → ${oursTiming.ordersPerSecond / jreTiming.ordersPerSecond >= 300 ? 'met' : 'NOT met'}; < 8 µs per order median → ${oursTiming.p50 * 1000 < 8 ? 'met' : 'NOT met'}`,
  );
  if (mismatches > 0) process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------
// (c) scaling with the number of rules

async function benchScaling(): Promise<void> {
  const orders = makeOrders(10_000);
  const rows: string[][] = [];
  for (const count of [25, 50, 100, 200, 400]) {
    const rules = ourRules(makeRules(count / 25));
    for (const order of orders.slice(0, 2000)) runOurs(rules, order);
    const timing = await time(orders, 3, (order) => runOurs(rules, order));
    const plain = throughput(orders, 3, (order) => runOurs(rules, order));
    rows.push([
      String(count),
      int(plain),
      us(timing.p50),
      us(timing.p95),
      `${((timing.p50 * 1000) / count).toFixed(4)} µs`,
    ]);
  }
  console.log(
    '\n(c) ShipLens condition set, scaling with the rule count (10,000 orders, median of 3 runs)\n',
  );
  console.log(
    table(['rules', 'orders/s (no timer)', 'per-order p50', 'p95', 'p50 per rule'], rows),
  );
}

export async function benchEngine(): Promise<void> {
  const gcNote =
    (globalThis as { gc?: unknown }).gc === undefined
      ? ' (run with --expose-gc for a GC before each run)'
      : '';
  // Absolute times drift with the machine and its load: compare the ratios measured here.
  console.log(
    `Rules engine benchmark — Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}${gcNote}`,
  );
  await benchBundledPack();
  await benchSideBySide();
  await benchScaling();
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  await benchEngine();
}
