/**
 * One channel against one parcel, before policies: route, weight, declared value, size and
 * goods limits, and the rate band. Every failed check is a reason carrying the values that
 * failed it; a limit that cannot be checked (no dimensions, no goods list, no order value)
 * is a note on an eligible channel, never a silent pass or a guess.
 */
import type { Money } from '../../order-facts';
import { priceParcel, type Dimensions } from './cost';
import type { Route } from './delivery';
import { convert, roundMoney } from './money';
import type { IndexedChannel, RateMatch } from './pack-index';
import type { ParcelWeight } from './parcel';
import type { Limits, RulesPack } from '../pack/schema';
import { goodsList, moneyIn } from './humanize';
import { moneyText, reason, localized } from './text';
import type { CostEstimate, DeliveryEstimate, Reason } from './types';
import type { ConditionFacts, GoodsKind } from '../pack/vocabulary';

export interface ParcelContext {
  pack: RulesPack;
  facts: ConditionFacts;
  parcel: ParcelWeight;
  dimensions: Dimensions | null;
  /** What the parcel contains; null when the seller has not said. */
  goods: readonly GoodsKind[] | null;
  displayCurrency: string;
}

export interface Judgement {
  /**
   * Replaced, never written to: they start as shared lists (the route's reasons, none) and grow
   * by `plus`, one exact-size copy per reason. A push would give each channel of every order a
   * 16-slot array for one or two reasons (V8 grows an empty array to 16 on its first push).
   */
  blocking: readonly Reason[];
  notes: readonly Reason[];
  rate: RateMatch | null;
  cost: CostEstimate | null;
  delivery: DeliveryEstimate | null;
}

const none: readonly Reason[] = [];

/** `list` and `why`, in a new list of exactly that length (see Judgement). */
function plus(list: readonly Reason[], why: Reason): readonly Reason[] {
  const out = new Array<Reason>(list.length + 1);
  for (let i = 0; i < list.length; i += 1) out[i] = list[i] as Reason;
  out[list.length] = why;
  return out;
}

/** Reasons a split into several parcels could remove (split.ts). */
export const splittableCodes: ReadonlySet<string> = new Set([
  'over-max-weight',
  'over-max-value',
  'no-rate-band',
]);

function checkValue(
  limit: Money,
  declared: Money | null,
  ctx: ParcelContext,
  unchecked: Reason,
  out: Judgement,
): void {
  const inLimitCurrency =
    declared === null
      ? null
      : convert(declared.amount, declared.currency, limit.currency, ctx.pack.currencyRates);
  if (declared === null || inLimitCurrency === null) {
    out.notes = plus(out.notes, unchecked);
  } else if (inLimitCurrency > limit.amount) {
    out.blocking = plus(
      out.blocking,
      reason(
        'over-max-value',
        () =>
          localized(
            `Order value ${moneyIn(declared, 'en')} is above the ${moneyIn(limit, 'en')} limit.`,
            `订单金额 ${moneyIn(declared, 'zh-CN')} 超过上限 ${moneyIn(limit, 'zh-CN')}。`,
          ),
        {
          declaredValue: moneyText(declared),
          declaredInLimitCurrency: roundMoney(inLimitCurrency),
          maxDeclaredValue: moneyText(limit),
        },
      ),
    );
  }
}

function checkSize(
  limits: Limits,
  dimensions: Dimensions | null,
  unchecked: Reason | null,
  out: Judgement,
): void {
  const { maxLongestSideCm, maxSumOfSidesCm } = limits;
  if (unchecked === null) return; // null exactly when the channel has no size limit
  if (dimensions === null) {
    out.notes = plus(out.notes, unchecked);
    return;
  }
  const sides = [dimensions.lengthCm, dimensions.widthCm, dimensions.heightCm];
  const longest = Math.max(...sides);
  const sum = sides.reduce((a, b) => a + b, 0);
  if (maxLongestSideCm !== undefined && longest > maxLongestSideCm) {
    out.blocking = plus(
      out.blocking,
      reason(
        'over-max-size',
        () =>
          localized(
            `Longest side ${longest} cm is above ${maxLongestSideCm} cm.`,
            `最长边 ${longest} 厘米超过 ${maxLongestSideCm} 厘米。`,
          ),
        { longestSideCm: longest, maxLongestSideCm },
      ),
    );
  }
  if (maxSumOfSidesCm !== undefined && sum > maxSumOfSidesCm) {
    out.blocking = plus(
      out.blocking,
      reason(
        'over-max-size',
        () =>
          localized(
            `Length + width + height ${sum} cm is above ${maxSumOfSidesCm} cm.`,
            `长+宽+高 ${sum} 厘米超过 ${maxSumOfSidesCm} 厘米。`,
          ),
        { sumOfSidesCm: sum, maxSumOfSidesCm },
      ),
    );
  }
}

function checkGoods(
  refused: readonly GoodsKind[],
  goods: readonly GoodsKind[] | null,
  unchecked: Reason | null,
  out: Judgement,
): void {
  if (unchecked === null) return; // null exactly when the channel refuses nothing
  if (goods === null) {
    out.notes = plus(out.notes, unchecked);
    return;
  }
  const clash = refused.filter((kind) => goods.includes(kind));
  if (clash.length > 0) {
    out.blocking = plus(
      out.blocking,
      reason(
        'refused-goods',
        () =>
          localized(
            `Does not accept ${goodsList(clash).en}.`,
            `不接受${goodsList(clash)['zh-CN']}。`,
          ),
        { goods: clash.join(', ') },
      ),
    );
  }
}

/** `path`: the channel's route from the order's origin to its destination (delivery.ts). */
export function judgeChannel(ctx: ParcelContext, indexed: IndexedChannel, path: Route): Judgement {
  const { channel } = indexed;
  const out: Judgement = {
    blocking: path.ok ? none : path.reasons,
    notes: none,
    rate: null,
    cost: null,
    delivery: null,
  };
  const grams = ctx.parcel.weight.grams;
  const { limits } = channel;
  if (grams > limits.maxWeightGrams) {
    out.blocking = plus(
      out.blocking,
      reason(
        'over-max-weight',
        () =>
          localized(
            `Weighs ${grams} g; the limit is ${limits.maxWeightGrams} g.`,
            `重 ${grams} 克,上限 ${limits.maxWeightGrams} 克。`,
          ),
        { grams, maxWeightGrams: limits.maxWeightGrams },
      ),
    );
  }
  const { unchecked } = indexed;
  if (limits.maxDeclaredValue !== undefined && unchecked.value !== null)
    checkValue(limits.maxDeclaredValue, ctx.facts.orderValue, ctx, unchecked.value, out);
  checkSize(limits, ctx.dimensions, unchecked.size, out);
  checkGoods(limits.refusedGoods, ctx.goods, unchecked.goods, out);
  if (!path.ok) return out;
  const destinationCap = path.rate.entry.maxWeightGrams;
  if (destinationCap !== undefined && grams > destinationCap && grams <= limits.maxWeightGrams) {
    out.blocking = plus(
      out.blocking,
      reason(
        'over-max-weight',
        () =>
          localized(
            `Weighs ${grams} g; the limit to ${path.rate.key} is ${destinationCap} g.`,
            `重 ${grams} 克,寄往 ${path.rate.key} 上限 ${destinationCap} 克。`,
          ),
        { grams, maxWeightGrams: destinationCap, rateKey: path.rate.key },
      ),
    );
  }
  out.rate = path.rate;
  out.delivery = path.delivery;
  out.cost = priceParcel(
    channel,
    path.rate,
    grams,
    ctx.dimensions,
    ctx.pack.currencyRates,
    ctx.displayCurrency,
  );
  // Over the channel's weight limit already says it all; a missing band adds nothing.
  if (out.cost === null && grams <= limits.maxWeightGrams) {
    const bands = path.rate.entry.bands;
    out.blocking = plus(
      out.blocking,
      reason(
        'no-rate-band',
        () =>
          localized(
            `No weight band of the ${path.rate.key} rate card holds ${grams} g.`,
            `${path.rate.key} 价目表没有包含 ${grams} 克的重量区间。`,
          ),
        {
          grams,
          rateKey: path.rate.key,
          bandsFromGrams: bands[0]?.fromGrams ?? null,
          bandsToGrams: bands[bands.length - 1]?.toGrams ?? null,
        },
      ),
    );
  }
  return out;
}
