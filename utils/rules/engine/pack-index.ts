/**
 * Lookup structures for one pack, built the first time the pack is evaluated and cached in a
 * WeakMap keyed by the pack object: a list page evaluates 100 orders against the same pack,
 * and none of them should rebuild Sets, resolve zones, compile conditions or word the same
 * channel notes and rule citations again. The pack itself is never copied or changed.
 */
import { consoleIds, type ConsoleId } from '../../order-facts';
import { compileConditionSet, type ConditionSet } from './condition-set';
import { conditionFactTable, factsRead, type CompiledCondition } from './conditions';
import type {
  Channel,
  CustomsRule,
  PlatformRouted,
  Policy,
  RateEntry,
  RulesPack,
} from '../pack/schema';
import { nameKey } from '../pack/names';
import { citationOf, type Citation } from './sources';
import { reason } from './text';
import type { DeliveryEstimate, Reason, ServiceLevel } from './types';
import { uncheckedNotes, type UncheckedNotes } from './unchecked';
import { chosenFacts, type ConditionFacts } from '../pack/vocabulary';

export interface RateMatch {
  /** The rates key that priced it: the country, its zone, or '*'. */
  key: string;
  entry: RateEntry;
  /** The entry's delivery-time range, as a verdict reports it. */
  delivery: DeliveryEstimate;
}

/** The chosen-carrier facts as they would be if this channel were chosen (policies.ts). */
export type ChosenFacts = Pick<
  ConditionFacts,
  'chosenCarrier' | 'chosenCarrierChannel' | 'chosenServiceLevel' | 'chosenTracked'
>;

export interface IndexedChannel {
  channel: Channel;
  origins: ReadonlySet<string> | '*';
  /** Countries served, zones expanded; '*' = everywhere not excluded. */
  served: ReadonlySet<string> | '*';
  excluded: ReadonlySet<string>;
  rateFor: (country: string) => RateMatch | null;
  asChosen: ChosenFacts;
  unchecked: UncheckedNotes;
}

export interface IndexedPolicy {
  policy: Policy;
  test: CompiledCondition;
  /** The condition reads the chosen carrier: it is also tried per candidate channel. */
  readsChosen: boolean;
  channels: ReadonlySet<string>;
  serviceLevels: ReadonlySet<ServiceLevel>;
  citation: Citation;
  /** What a 'policy-forbids' reason says about the effect, after the facts that set it off. */
  effectValues: Reason['values'];
}

export interface IndexedCustomsRule {
  rule: CustomsRule;
  /** `from` and `until` (first day it no longer applies) as epoch ms; until: Infinity if open. */
  fromMs: number;
  untilMs: number;
  citation: Citation;
  /** Its postal note as the reason a postal channel's verdict carries; null without one. */
  postalReason: Reason | null;
}

/** One platform's policies, in pack order, and their conditions as one indexed set. */
export interface PlatformPolicies {
  list: readonly IndexedPolicy[];
  conditions: ConditionSet;
}

export interface PackIndex {
  channels: ReadonlyMap<ConsoleId, readonly IndexedChannel[]>;
  /** Every platform, with or without policies. */
  policies: Readonly<Record<ConsoleId, PlatformPolicies>>;
  /** Per platform: normalised carrier name → the channels using it. */
  carriers: ReadonlyMap<ConsoleId, ReadonlyMap<string, readonly IndexedChannel[]>>;
  /** Normalised carrier name → channels of any platform using it. */
  anyPlatformCarriers: ReadonlyMap<string, readonly IndexedChannel[]>;
  /** Per platform: normalised buyer-visible service name → level. */
  aliases: ReadonlyMap<ConsoleId, ReadonlyMap<string, ServiceLevel>>;
  /** Per platform: normalised buyer-visible service name → the platform-routed rule. */
  routed: ReadonlyMap<ConsoleId, ReadonlyMap<string, PlatformRouted>>;
  /** Destination country (zones expanded) → the customs rules that name it, in pack order. */
  customs: ReadonlyMap<string, readonly IndexedCustomsRule[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function rateMatch(key: string, entry: RateEntry): RateMatch {
  return { key, entry, delivery: { minDays: entry.minDays, maxDays: entry.maxDays } };
}

function indexChannel(pack: RulesPack, channel: Channel): IndexedChannel {
  const expand = (key: string): readonly string[] => pack.zones[key] ?? [key];
  const byCountry = new Map<string, RateMatch>();
  for (const [key, entry] of Object.entries(channel.rates)) {
    if (key === '*') continue;
    const match = rateMatch(key, entry);
    for (const country of expand(key)) {
      // A country's own entry wins over its zone's, whatever the key order.
      if (key === country || !byCountry.has(country)) byCountry.set(country, match);
    }
  }
  const fallbackEntry = channel.rates['*'];
  const fallback = fallbackEntry === undefined ? null : rateMatch('*', fallbackEntry);
  return {
    channel,
    origins: channel.origins === '*' ? '*' : new Set(channel.origins),
    served:
      channel.destinations === '*' || channel.destinations.includes('*')
        ? '*'
        : new Set(channel.destinations.flatMap(expand)),
    excluded: new Set(channel.excludedDestinations),
    rateFor: (country) => byCountry.get(country) ?? fallback,
    asChosen: {
      chosenCarrier: channel.carrierNames[0] ?? null,
      chosenCarrierChannel: channel.id,
      chosenServiceLevel: channel.serviceLevel,
      chosenTracked: channel.tracked,
    },
    unchecked: uncheckedNotes(channel.limits),
  };
}

function indexPolicy(policy: Policy, test: CompiledCondition): IndexedPolicy {
  const effect = policy.effect;
  const read = factsRead(policy.condition);
  return {
    policy,
    test,
    readsChosen: [...read].some((fact) => chosenFacts.has(fact)),
    channels: new Set(effect.kind === 'warn' ? [] : (effect.channels ?? [])),
    serviceLevels: new Set(effect.kind === 'warn' ? [] : (effect.serviceLevels ?? [])),
    citation: citationOf(policy.source),
    effectValues:
      effect.kind === 'warn'
        ? { effect: effect.kind }
        : {
            effect: effect.kind,
            channels: effect.channels?.join(', ') ?? null,
            serviceLevels: effect.serviceLevels?.join(', ') ?? null,
          },
  };
}

function indexCustomsRule(rule: CustomsRule): IndexedCustomsRule {
  return {
    rule,
    // Date-only ISO strings parse as the start of that day, UTC.
    fromMs: Date.parse(rule.from),
    untilMs: rule.until === undefined ? Infinity : Date.parse(rule.until),
    citation: citationOf(rule.source),
    postalReason:
      rule.postalNote === undefined
        ? null
        : reason('customs-postal', rule.postalNote, { customsRule: rule.id }),
  };
}

/**
 * The chosen-carrier facts are not indexed: policies.ts runs a policy's condition on the
 * candidates of the order's own facts again with each channel as the hypothetical choice.
 */
function indexPolicies(pack: RulesPack, policies: readonly Policy[]): PlatformPolicies {
  const conditions = compileConditionSet(
    policies.map((policy) => policy.condition),
    pack.currencyRates,
    conditionFactTable,
    (fact) => !chosenFacts.has(fact),
  );
  return {
    list: policies.map((policy, position) =>
      indexPolicy(policy, conditions.tests[position] as CompiledCondition),
    ),
    conditions,
  };
}

function buildIndex(pack: RulesPack): PackIndex {
  const channels = new Map<ConsoleId, IndexedChannel[]>();
  const carriers = new Map<ConsoleId, Map<string, IndexedChannel[]>>();
  const anyPlatformCarriers = new Map<string, IndexedChannel[]>();
  for (const channel of pack.channels) {
    const indexed = indexChannel(pack, channel);
    const keys = new Set(channel.carrierNames.map(nameKey));
    for (const key of keys) pushTo(anyPlatformCarriers, key, indexed);
    for (const platform of channel.platforms) {
      pushTo(channels, platform, indexed);
      let names = carriers.get(platform);
      if (names === undefined) carriers.set(platform, (names = new Map()));
      for (const key of keys) pushTo(names, key, indexed);
    }
  }
  const policyList = (platform: ConsoleId) =>
    indexPolicies(
      pack,
      pack.policies.filter((policy) => policy.platform === platform),
    );
  const policies = Object.fromEntries(
    consoleIds.map((platform) => [platform, policyList(platform)]),
  ) as Record<ConsoleId, PlatformPolicies>;
  const aliases = new Map<ConsoleId, Map<string, ServiceLevel>>();
  for (const [platform, table] of Object.entries(pack.serviceAliases) as [
    ConsoleId,
    Record<string, ServiceLevel>,
  ][]) {
    aliases.set(
      platform,
      new Map(Object.entries(table).map(([name, level]) => [nameKey(name), level])),
    );
  }
  const routed = new Map<ConsoleId, Map<string, PlatformRouted>>();
  for (const rule of pack.platformRouted) {
    let names = routed.get(rule.platform);
    if (names === undefined) routed.set(rule.platform, (names = new Map()));
    for (const service of rule.services) names.set(nameKey(service), rule);
  }
  const customs = new Map<string, IndexedCustomsRule[]>();
  for (const rule of pack.customs) {
    const indexed = indexCustomsRule(rule);
    const countries = new Set(rule.destinations.flatMap((key) => pack.zones[key] ?? [key]));
    for (const country of countries) pushTo(customs, country, indexed);
  }
  return { channels, policies, carriers, anyPlatformCarriers, aliases, routed, customs };
}

const cache = new WeakMap<RulesPack, PackIndex>();

export function indexPack(pack: RulesPack): PackIndex {
  let index = cache.get(pack);
  if (index === undefined) cache.set(pack, (index = buildIndex(pack)));
  return index;
}

const disabledCache = new WeakMap<readonly string[], ReadonlySet<string>>();

const noIds: ReadonlySet<string> = new Set();

/** The settings' disabled-id lists as Sets, cached by list so a page of orders builds each once. */
export function idSet(ids: readonly string[]): ReadonlySet<string> {
  if (ids.length === 0) return noIds; // the common case: nothing switched off
  let set = disabledCache.get(ids);
  if (set === undefined) disabledCache.set(ids, (set = new Set(ids)));
  return set;
}
