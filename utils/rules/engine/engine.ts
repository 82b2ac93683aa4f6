/**
 * The rules engine: OrderFacts + pack + settings (+ ship-form state) → Evaluation, i.e. the
 * recommended channel with its cost and delivery time, the alternatives, every channel ruled
 * out and why, the policy warnings with the values that set them off, splitting advice, and
 * what the result assumes. Pure and deterministic: no clock (`now` is an input), no
 * randomness, no network, and the pack is never copied or changed; per-pack lookups are
 * built once (pack-index.ts), so a 100-row list page costs 100 cheap evaluations.
 */
import type { EvaluateInput } from './input';
import { judgeChannel, splittableCodes, type Judgement, type ParcelContext } from './eligibility';
import { routesFor, type Route } from './delivery';
import { buildFacts } from './facts';
import { convert } from './money';
import { idSet, indexPack, type IndexedChannel } from './pack-index';
import { weighParcel } from './parcel';
import { applyPolicies, type PolicyOutcome } from './policies';
import { rankChannels, type Rankable } from './ranking';
import { adviseSplit, type SplitCandidate } from './split';
import { customsFor, landedCost, type CustomsContext, type CustomsOutcome } from './customs';
import { lazyLocalized, localized } from './text';
import type { ChannelVerdict, Evaluation, LocalizedText, Reason, ServiceLevel } from './types';
import { serviceLevelRank } from '../pack/vocabulary';
import { nameKey } from '../pack/names';

export type { Dimensions } from './cost';
export type { EvaluateInput } from './input';

interface Judged extends Rankable {
  indexed: IndexedChannel;
  verdict: ChannelVerdict;
  rate: SplitCandidate['rate'] | null;
}

/**
 * Whether a channel keeps the buyer's promise (ranking.ts, "balanced"): at least the level
 * the buyer chose, and tracked unless the buyer chose below standard. No known choice, no
 * promise to break.
 */
function keepsPromise(
  channel: { serviceLevel: ServiceLevel; tracked: boolean },
  buyerLevel: ServiceLevel | null,
): boolean {
  if (buyerLevel === null) return true;
  if (serviceLevelRank[channel.serviceLevel] < serviceLevelRank[buyerLevel]) return false;
  return channel.tracked || serviceLevelRank[buyerLevel] < serviceLevelRank.standard;
}

/**
 * FBA and other platform-fulfilled orders: the platform ships them, so channel choice and
 * seller-shipping metrics do not apply (Amazon: "VTR only applies to seller fulfilled
 * orders", docs/policies.md on Amazon).
 */
const platformFulfilled = localized(
  'Fulfilled by the platform (e.g. FBA): the platform ships this order, so no channel is recommended and seller-shipping rules do not apply.',
  '由平台配送(如 FBA):此订单由平台发货,因此不推荐渠道,卖家自发货规则也不适用。',
);

/** No policy rules the channel out: shared, never written to. */
const noPolicyReasons: readonly Reason[] = [];

function verdictOf(
  indexed: IndexedChannel,
  judgement: Judgement,
  policyReasons: readonly Reason[],
  customs: { outcome: CustomsOutcome; ctx: CustomsContext },
): ChannelVerdict {
  const { channel } = indexed;
  // The judgement's lists may be shared (eligibility.ts): joined, never written to.
  const blocking =
    policyReasons.length === 0 ? judgement.blocking : judgement.blocking.concat(policyReasons);
  const eligible = blocking.length === 0;
  const notes =
    channel.postal && customs.outcome.postal.length > 0
      ? judgement.notes.concat(customs.outcome.postal)
      : judgement.notes;
  return {
    channelId: channel.id,
    name: channel.name,
    provider: channel.provider,
    serviceLevel: channel.serviceLevel,
    tracked: channel.tracked,
    eligible,
    reasons: eligible ? notes : blocking,
    cost: judgement.cost,
    delivery: judgement.delivery,
    // Only what the panel shows and the ranking reads: eligible channels, when rules add charges.
    landed:
      eligible && customs.outcome.charges.length > 0
        ? landedCost(channel, judgement.cost, customs.outcome, customs.ctx)
        : null,
    duties: channel.duties,
    rank: null,
  };
}

const dimensionsNotGiven = localized(
  'Parcel dimensions not given: volumetric weight is not applied, so bulky parcels may cost more by express.',
  '未提供包裹尺寸:未计算体积重,抛货走快递可能更贵。',
);
const contentsNotGiven = localized(
  'Contents not given: battery, liquid and similar restrictions are not checked.',
  '未提供内件信息:未核对带电、液体等限制。',
);
const sampleRateCards = localized(
  "Costs use the bundled sample rate cards: import your forwarder's rates for real prices.",
  '费用使用内置的示例价目表:导入货代的价格以获得真实报价。',
);

function packAssumptions(
  candidates: readonly IndexedChannel[],
  input: EvaluateInput,
  ranked: readonly Judged[],
): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (
    input.dimensionsCm === undefined &&
    candidates.some((indexed) => indexed.channel.rateCard.volumetricDivisor !== undefined)
  ) {
    out.push(dimensionsNotGiven);
  }
  if (
    input.goods === undefined &&
    candidates.some((indexed) => indexed.channel.limits.refusedGoods.length > 0)
  ) {
    out.push(contentsNotGiven);
  }
  if (ranked.some((judged) => judged.verdict.cost?.sampleRates === true)) {
    out.push(sampleRateCards);
  }
  const currency = input.settings.currency;
  if (
    ranked.some((judged) => judged.verdict.cost !== null && judged.verdict.cost.converted === null)
  ) {
    out.push(
      lazyLocalized(() =>
        localized(
          `The pack has no rate for ${currency}: costs are shown in each rate card's currency.`,
          `规则包中没有 ${currency} 的汇率:费用按各价目表的币种显示。`,
        ),
      ),
    );
  }
  return out;
}

/** Ruled out only by reasons a split into several parcels could remove (split.ts). */
function isSplittable(verdict: ChannelVerdict): boolean {
  return !verdict.eligible && verdict.reasons.every((why) => splittableCodes.has(why.code));
}

/** One candidate channel: its verdict, and what the ranking compares. */
function judge(
  indexed: IndexedChannel,
  path: Route,
  position: number,
  input: EvaluateInput,
  ctx: ParcelContext,
  customs: { outcome: CustomsOutcome; ctx: CustomsContext },
  forbidden: PolicyOutcome['forbidden'],
): Judged {
  const { pack, settings } = input;
  const judgement = judgeChannel(ctx, indexed, path);
  const verdict = verdictOf(
    indexed,
    judgement,
    forbidden.get(indexed.channel.id) ?? noPolicyReasons,
    customs,
  );
  // "Cheapest" ranks on what the parcel costs landed, when the destination's rules add to it.
  const landed =
    settings.objective === 'cheapest' && customs.outcome.charges.length > 0 ? verdict.landed : null;
  const cost = landed === null ? judgement.cost : landed.total;
  return {
    indexed,
    verdict,
    rate: judgement.rate,
    // Cross-checks guarantee every card currency has a rate, so this is never Infinity for a priced channel.
    cost:
      cost === null
        ? Infinity
        : (convert(cost.amount, cost.currency, pack.currencyRates.base, pack.currencyRates) ??
          Infinity),
    minDays: judgement.delivery?.minDays ?? Infinity,
    maxDays: judgement.delivery?.maxDays ?? Infinity,
    keepsPromise: keepsPromise(indexed.channel, ctx.facts.buyerServiceLevel),
    position,
  };
}

export function evaluate(input: EvaluateInput): Evaluation {
  const { facts, pack, settings } = input;
  const index = indexPack(pack);
  const disabledChannels = idSet(settings.disabledChannels);
  const disabledPolicies = idSet(settings.disabledPolicies);
  const built = buildFacts(input, index, disabledChannels);
  const parcel = weighParcel(facts, input.skuWeights, pack.defaultItemWeightGrams);
  const result: Evaluation = {
    orderId: facts.orderId,
    pack: { id: pack.id, version: pack.version },
    objective: settings.objective,
    weight: parcel.weight,
    channels: [],
    recommended: null,
    alternatives: [],
    ruledOut: [],
    warnings: [],
    customs: [],
    split: null,
    blockedBy: null,
    platformRouted: null,
    buyerService:
      facts.buyerSelectedService === null
        ? null
        : { text: facts.buyerSelectedService, level: built.facts.buyerServiceLevel },
    assumptions: [],
  };
  if (facts.fulfilledBy === 'platform') {
    result.assumptions.push(platformFulfilled);
    return result;
  }
  const routed =
    facts.buyerSelectedService === null
      ? undefined
      : index.routed.get(facts.console)?.get(nameKey(facts.buyerSelectedService));
  if (routed !== undefined) {
    result.assumptions.push(routed.message);
    result.platformRouted = { id: routed.id, message: routed.message };
    return result;
  }

  const platformChannels = index.channels.get(facts.console) ?? [];
  const candidates =
    disabledChannels.size === 0
      ? platformChannels
      : platformChannels.filter((c) => !disabledChannels.has(c.channel.id));
  const outcome = applyPolicies({
    policies: index.policies[facts.console],
    disabled: disabledPolicies,
    facts: built.facts,
    carrierMatches: built.carrierMatches,
    candidates,
    now: input.now,
  });
  const ctx: ParcelContext = {
    pack,
    facts: built.facts,
    parcel,
    dimensions: input.dimensionsCm ?? null,
    goods: input.goods ?? null,
    displayCurrency: settings.currency,
  };
  const customsCtx: CustomsContext = {
    pack,
    platform: facts.console,
    facts: built.facts,
    now: input.now,
    itemLines: facts.items.length,
    displayCurrency: settings.currency,
  };
  const customs = { ctx: customsCtx, outcome: customsFor(customsCtx, index.customs) };
  // One lookup for the whole platform: routes[i] is platformChannels[i]'s route. Disabled
  // channels are skipped; `position` counts the candidates, as the ranking's last tie-break.
  const routes = routesFor(platformChannels, built.facts.origin, built.facts.destination);
  const judged: Judged[] = [];
  platformChannels.forEach((indexed, i) => {
    if (disabledChannels.has(indexed.channel.id)) return;
    const path = routes[i] as Route;
    judged.push(judge(indexed, path, judged.length, input, ctx, customs, outcome.forbidden));
  });
  const eligible: Judged[] = [];
  const ruledOut: ChannelVerdict[] = [];
  for (const j of judged) {
    if (j.verdict.eligible) eligible.push(j);
    else ruledOut.push(j.verdict);
  }
  const ranked = rankChannels(eligible, settings.objective);
  const rankedVerdicts = ranked.map((j, i) => {
    j.verdict.rank = i + 1;
    return j.verdict;
  });
  result.channels = [...rankedVerdicts, ...ruledOut];
  result.recommended = rankedVerdicts[0] ?? null;
  result.alternatives = rankedVerdicts.slice(1, 4);
  result.ruledOut = ruledOut;
  result.warnings = outcome.warnings;
  // Every channel fails 'destination-unknown' (delivery.ts) when there is no destination.
  if (ranked.length === 0 && candidates.length > 0 && facts.destinationCountry === null) {
    result.blockedBy = 'destinationCountry';
  }
  result.customs = customs.outcome.notices;
  if (ranked.length === 0) {
    const splittable = judged.flatMap((j) =>
      isSplittable(j.verdict) && j.rate !== null ? [{ indexed: j.indexed, rate: j.rate }] : [],
    );
    result.split = adviseSplit(splittable, facts, parcel.unitGrams, pack);
  }
  result.assumptions = [
    ...built.assumptions,
    ...(parcel.assumption === null ? [] : [parcel.assumption]),
    ...packAssumptions(candidates, input, ranked),
    ...customs.outcome.assumptions,
  ];
  return result;
}
