/**
 * Order-splitting advice, the way Cainiao's "intelligent routing and order splitting" and ERP
 * pre-advice splitting work (docs/peers.md#erp-logistics-rules, Eccang): when no channel takes the order
 * as one parcel only because of its weight or declared-value limit, see whether the units
 * can be packed into several parcels that each fit one channel. Packing is first-fit
 * decreasing by weight; among the channels that can take every parcel, the cheapest total
 * (in the pack's base currency) wins, then the fewest parcels, then pack order.
 */
import type { OrderFacts } from '../../order-facts';
import { estimateCost } from './cost';
import { convert, roundMoney } from './money';
import type { IndexedChannel, RateMatch } from './pack-index';
import type { RulesPack } from '../pack/schema';
import { localized } from './text';
import type { SplitAdvice } from './types';

export interface SplitCandidate {
  indexed: IndexedChannel;
  rate: RateMatch;
}

interface Unit {
  index: number;
  grams: number;
  /** In the channel's value-limit currency; 0 when the channel has no value limit. */
  value: number;
}

interface Bin {
  units: Unit[];
  grams: number;
  value: number;
}

interface Plan {
  candidate: SplitCandidate;
  bins: Bin[];
  total: number;
}

/** Every unit with its weight and (when the channel limits it) its value, or null if unknown. */
function unitsFor(
  facts: OrderFacts,
  unitGrams: readonly number[],
  candidate: SplitCandidate,
  pack: RulesPack,
): Unit[] | null {
  const limit = candidate.indexed.channel.limits.maxDeclaredValue;
  const units: Unit[] = [];
  for (const [index, item] of facts.items.entries()) {
    let value = 0;
    if (limit !== undefined) {
      const price = item.unitPrice;
      const converted =
        price === null
          ? null
          : convert(price.amount, price.currency, limit.currency, pack.currencyRates);
      if (converted === null) return null;
      value = converted;
    }
    for (let n = 0; n < item.quantity; n += 1)
      units.push({ index, grams: unitGrams[index] ?? 0, value });
  }
  return units;
}

function pack(units: Unit[], maxGrams: number, maxValue: number): Bin[] | null {
  const bins: Bin[] = [];
  const sorted = [...units].sort((a, b) => b.grams - a.grams || a.index - b.index);
  for (const unit of sorted) {
    if (unit.grams > maxGrams || unit.value > maxValue) return null;
    let bin = bins.find(
      (open) => open.grams + unit.grams <= maxGrams && open.value + unit.value <= maxValue,
    );
    if (bin === undefined) bins.push((bin = { units: [], grams: 0, value: 0 }));
    bin.units.push(unit);
    bin.grams += unit.grams;
    bin.value += unit.value;
  }
  return bins;
}

function plan(
  candidate: SplitCandidate,
  facts: OrderFacts,
  unitGrams: readonly number[],
  rulesPack: RulesPack,
): Plan | null {
  const { channel } = candidate.indexed;
  const units = unitsFor(facts, unitGrams, candidate, rulesPack);
  if (units === null) return null;
  const lastBand = candidate.rate.entry.bands[candidate.rate.entry.bands.length - 1];
  const maxGrams = Math.min(channel.limits.maxWeightGrams, lastBand?.toGrams ?? 0);
  const bins = pack(units, maxGrams, channel.limits.maxDeclaredValue?.amount ?? Infinity);
  if (bins === null || bins.length < 2) return null;
  let total = 0;
  for (const bin of bins) {
    const cost = estimateCost({
      channel,
      rate: candidate.rate,
      actualGrams: bin.grams,
      dimensions: null,
      rates: rulesPack.currencyRates,
      displayCurrency: rulesPack.currencyRates.base,
    });
    const inBase =
      cost === null
        ? null
        : convert(
            cost.amount,
            cost.currency,
            rulesPack.currencyRates.base,
            rulesPack.currencyRates,
          );
    if (inBase === null) return null;
    total += inBase;
  }
  return { candidate, bins, total };
}

export function adviseSplit(
  candidates: readonly SplitCandidate[],
  facts: OrderFacts,
  unitGrams: readonly number[],
  rulesPack: RulesPack,
): SplitAdvice | null {
  let best: Plan | null = null;
  for (const candidate of candidates) {
    const option = plan(candidate, facts, unitGrams, rulesPack);
    if (option === null) continue;
    if (
      best === null ||
      option.total < best.total ||
      (option.total === best.total && option.bins.length < best.bins.length)
    ) {
      best = option;
    }
  }
  if (best === null) return null;
  const { channel } = best.candidate.indexed;
  const total = `${roundMoney(best.total).toFixed(2)} ${rulesPack.currencyRates.base}`;
  return {
    reason: localized(
      `No channel takes the order as one parcel. Split into ${best.bins.length} parcels by ${channel.name.en}: about ${total} in total.`,
      `没有渠道能以单个包裹承运此订单。拆成 ${best.bins.length} 个包裹用${channel.name['zh-CN']}发货:合计约 ${total}。`,
    ),
    parcels: best.bins.map((bin) => {
      const counts = new Map<number, number>();
      for (const unit of bin.units) counts.set(unit.index, (counts.get(unit.index) ?? 0) + 1);
      return {
        channelId: channel.id,
        items: [...counts]
          .sort(([a], [b]) => a - b)
          .map(([index, quantity]) => ({ index, quantity })),
        grams: bin.grams,
      };
    }),
  };
}
