/**
 * Platform policies applied to one order: which channels they rule out, and which warnings
 * the seller sees. The rules, exactly:
 *
 * - `warn`: when the condition matches, a warning at `severity`.
 *   If the condition reads the chosen carrier (chosenCarrier, chosenCarrierChannel,
 *   chosenServiceLevel), it is also tried for every candidate channel as if that channel
 *   were chosen (its first carrierName, its id, its level); a channel that would set the
 *   warning off is ruled out, so we never recommend what we would then warn about.
 * - `require` / `forbid`: when the condition matches, every candidate channel that breaks the
 *   effect is ruled out ('policy-forbids'). What the seller sees depends on the carrier chosen
 *   on the ship form or shown on the page:
 *     - it violates the rule → a warning at `severity` (and `confirmBeforeSubmit` applies);
 *     - it complies → no warning;
 *     - none is chosen, or we cannot tell → a notice at `advisory`, when the policy has one
 *       (e.g. "to the US above US$5 only AliExpress Standard Shipping, ePacket or express"
 *       shows as soon as the order is open); with `advisory: null` the rule only rules
 *       channels out, which the ruled-out list explains.
 *   A chosen carrier violates when every channel its name matches (the order platform's
 *   channels first, else any platform's: facts.ts) breaks the effect, and complies when every
 *   one keeps it. A name matching no channel at all violates a `require` that lists only
 *   channels (we know all their names, and it is none of them); against service levels or a
 *   `forbid` it stays "cannot tell".
 */
import { conditionFactTable } from './conditions';
import type { IndexedChannel, IndexedPolicy, PlatformPolicies } from './pack-index';
import type { Channel } from '../pack/schema';
import { detailLine, fillPlaceholders } from './humanize';
import { formatFactValue, lazyLocalized, localized } from './text';
import type { ConditionTrace, PolicyWarning, Reason, Severity } from './types';
import { isStale } from './sources';
import type { ConditionFacts, FactValue } from '../pack/vocabulary';

export interface PolicyOutcome {
  warnings: PolicyWarning[];
  /** Channel id → the policies ruling it out. */
  forbidden: Map<string, Reason[]>;
}

export interface PolicyInput {
  /** The order platform's policies, applied in pack order. */
  policies: PlatformPolicies;
  /** Policy ids the seller switched off. */
  disabled: ReadonlySet<string>;
  facts: ConditionFacts;
  /** Channels the chosen carrier's name matches; null when no carrier is chosen. */
  carrierMatches: readonly IndexedChannel[] | null;
  candidates: readonly IndexedChannel[];
  /** The evaluation's clock: a policy's age is measured from it. */
  now: Date;
}

function breaks(indexed: IndexedPolicy, channel: Channel): boolean {
  const listed =
    indexed.channels.has(channel.id) || indexed.serviceLevels.has(channel.serviceLevel);
  return indexed.policy.effect.kind === 'require' ? !listed : listed;
}

type ChosenStatus = 'violates' | 'complies' | 'unknown';

function chosenStatus(
  indexed: IndexedPolicy,
  matches: readonly IndexedChannel[] | null,
): ChosenStatus {
  if (matches === null) return 'unknown';
  if (matches.length === 0) {
    const onlyChannels =
      indexed.policy.effect.kind === 'require' && indexed.serviceLevels.size === 0;
    return onlyChannels ? 'violates' : 'unknown';
  }
  const broken = matches.filter((match) => breaks(indexed, match.channel)).length;
  return broken === matches.length ? 'violates' : broken === 0 ? 'complies' : 'unknown';
}

/** Where the chosen-carrier facts sit in a loaded fact array. */
const chosenSlots = {
  chosenCarrier: conditionFactTable.slotOf('chosenCarrier'),
  chosenCarrierChannel: conditionFactTable.slotOf('chosenCarrierChannel'),
  chosenServiceLevel: conditionFactTable.slotOf('chosenServiceLevel'),
  chosenTracked: conditionFactTable.slotOf('chosenTracked'),
};

/** Rewrites `values` (the order's facts, loaded) as if `channel` had been chosen. */
function chooseIn(values: FactValue[], channel: IndexedChannel): void {
  const chosen = channel.asChosen;
  values[chosenSlots.chosenCarrier] = chosen.chosenCarrier;
  values[chosenSlots.chosenCarrierChannel] = chosen.chosenCarrierChannel;
  values[chosenSlots.chosenServiceLevel] = chosen.chosenServiceLevel;
  values[chosenSlots.chosenTracked] = chosen.chosenTracked;
}

/** The value of each fact that matched, read from the loaded facts they were tested on. */
function factValues(
  values: readonly FactValue[],
  matched: readonly ConditionTrace[],
): Reason['values'] {
  const out: Reason['values'] = {};
  for (const trace of matched) {
    const value = values[conditionFactTable.slotOf(trace.fact)] ?? null;
    out[trace.fact] = value !== null && typeof value === 'object' ? formatFactValue(value) : value;
  }
  return out;
}

function ruledOutBy(
  indexed: IndexedPolicy,
  values: readonly FactValue[],
  matched: readonly ConditionTrace[],
): Reason {
  const { policy } = indexed;
  return {
    code: 'policy-forbids',
    policyId: policy.id,
    message: lazyLocalized(() =>
      localized(`Ruled out by “${policy.name.en}”.`, `被规则“${policy.name['zh-CN']}”排除。`),
    ),
    values: Object.assign(factValues(values, matched), indexed.effectValues),
  };
}

function forbid(forbidden: Map<string, Reason[]>, channelId: string, why: Reason): void {
  const list = forbidden.get(channelId);
  if (list === undefined) forbidden.set(channelId, [why]);
  else list.push(why);
}

/**
 * A policy that reads the chosen carrier, tried with each candidate as the choice: the ones
 * that would set it off are ruled out. `scratch` holds the order's loaded facts; only the
 * chosen-carrier slots are rewritten, which the condition set does not index, so the policy
 * stays a candidate for every hypothetical.
 */
function ruleOutHypotheticals(
  position: number,
  indexed: IndexedPolicy,
  input: PolicyInput,
  scratch: FactValue[],
  forbidden: Map<string, Reason[]>,
): void {
  const { conditions } = input.policies;
  for (const candidate of input.candidates) {
    chooseIn(scratch, candidate);
    if (!conditions.matches(position, scratch)) continue;
    const trace: ConditionTrace[] = [];
    indexed.test(scratch, trace);
    forbid(forbidden, candidate.channel.id, ruledOutBy(indexed, scratch, trace));
  }
}

/** Each fact that set the rule off, once, in words. */
function details(facts: ConditionFacts, matched: readonly ConditionTrace[]) {
  const seen = new Set<string>();
  const lines = [];
  for (const trace of matched) {
    if (seen.has(trace.fact) || !(trace.fact in facts)) continue;
    seen.add(trace.fact);
    const fact = trace.fact;
    lines.push(lazyLocalized(() => detailLine(fact, facts[fact as keyof ConditionFacts])));
  }
  return lines;
}

function warning(
  indexed: IndexedPolicy,
  facts: ConditionFacts,
  severity: Severity,
  matched: ConditionTrace[],
  fined: boolean,
  now: Date,
): PolicyWarning {
  const { policy, citation } = indexed;
  return {
    policyId: policy.id,
    platform: policy.platform,
    severity,
    message: lazyLocalized(() => fillPlaceholders(policy.message, facts)),
    source: citation.source,
    stale: isStale(citation, now),
    details: details(facts, matched),
    matched,
    confirmBeforeSubmit: fined && policy.confirmBeforeSubmit,
  };
}

/** The chosen carrier as a trace line, so a violation warning says what broke the rule. */
function chosenTrace(
  indexed: IndexedPolicy,
  facts: ConditionFacts,
  matches: readonly IndexedChannel[],
): ConditionTrace {
  return {
    fact: 'chosenCarrier',
    op: indexed.policy.effect.kind,
    expected: { channels: [...indexed.channels], serviceLevels: [...indexed.serviceLevels] },
    actual: {
      carrier: facts.chosenCarrier,
      channels: matches.map((match) => match.channel.id),
      serviceLevel: facts.chosenServiceLevel,
    },
    result: true,
  };
}

const severityOrder: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
const bySeverity = (a: PolicyWarning, b: PolicyWarning): number =>
  severityOrder[a.severity] - severityOrder[b.severity];

export function applyPolicies(input: PolicyInput): PolicyOutcome {
  const { facts, candidates, carrierMatches } = input;
  const warnings: PolicyWarning[] = [];
  const forbidden = new Map<string, Reason[]>();
  const values = conditionFactTable.load(facts);
  // The order's facts with each candidate in turn as the chosen carrier; copied when first needed.
  let hypothetical: FactValue[] | null = null;
  const { list, conditions } = input.policies;
  // Only the policies whose indexed comparisons (status, destination, origin…) can hold for
  // this order are run (condition-set.ts); hypotheticals change chosen-carrier facts only,
  // which are not indexed, so the same candidates stand for them.
  for (const position of conditions.candidates(values)) {
    const indexed = list[position] as IndexedPolicy;
    const { policy, test } = indexed;
    if (input.disabled.has(policy.id)) continue;
    if (indexed.readsChosen) {
      hypothetical ??= values.slice();
      ruleOutHypotheticals(position, indexed, input, hypothetical, forbidden);
    }
    if (!conditions.matches(position, values)) continue;
    const matched: ConditionTrace[] = [];
    test(values, matched);
    if (policy.effect.kind === 'warn') {
      warnings.push(warning(indexed, facts, policy.severity, matched, true, input.now));
      continue;
    }
    // The same facts set it off for every channel it rules out: one reason, shared.
    let why: Reason | null = null;
    for (const candidate of candidates) {
      if (breaks(indexed, candidate.channel))
        forbid(forbidden, candidate.channel.id, (why ??= ruledOutBy(indexed, values, matched)));
    }
    const status = chosenStatus(indexed, carrierMatches);
    if (status === 'violates') {
      const chosen = chosenTrace(indexed, facts, carrierMatches ?? []);
      warnings.push(
        warning(indexed, facts, policy.severity, [...matched, chosen], true, input.now),
      );
    } else if (status === 'unknown' && policy.advisory !== null) {
      warnings.push(warning(indexed, facts, policy.advisory, matched, false, input.now));
    }
  }
  // Stable: critical first, then in pack order.
  warnings.sort(bySeverity);
  return { warnings, forbidden };
}
