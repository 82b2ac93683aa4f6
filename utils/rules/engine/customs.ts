/**
 * The destination's customs rules for one order (pack `customs`, docs/policies.md
 * "Destination rules"): which are in force at `now` for this origin and destination, the
 * notice each one gives the seller, and what they add to the goods — duty, VAT/GST, per-item
 * fees — as a landed-cost estimate per channel, with a DDP channel's surcharge. Rates and
 * thresholds are pack data; nothing here knows a country.
 */
import type { ConsoleId, Money } from '../../order-facts';
import type { Channel, Charge, RulesPack } from '../pack/schema';
import type { ConditionFacts } from '../pack/vocabulary';
import { detailLine, fillPlaceholders } from './humanize';
import { convert, roundMoney } from './money';
import type { IndexedCustomsRule, PackIndex } from './pack-index';
import { isStale } from './sources';
import { lazyLocalized, localized } from './text';
import type {
  CostEstimate,
  LandedCharge,
  LandedCost,
  LocalizedText,
  PolicyWarning,
  Reason,
} from './types';

export interface CustomsContext {
  pack: RulesPack;
  platform: ConsoleId;
  facts: ConditionFacts;
  now: Date;
  /** Item lines in the order: the count of item categories the EU's €3 duty assumes. */
  itemLines: number;
  displayCurrency: string;
}

export interface CustomsOutcome {
  notices: PolicyWarning[];
  /** The charges, the same for every channel (who pays them depends on the channel). */
  charges: Omit<LandedCharge, 'paidBy'>[];
  /** The charges' share of every channel's landed cost, worked out once per order. */
  landing: Landing;
  assumptions: LocalizedText[];
  /** The postal notes of the rules in force, as the reasons of every postal channel's verdict. */
  postal: Reason[];
}

/**
 * What the charges add to a channel's landed cost: the same for every channel that pays
 * duties itself (DDP) and for every other channel, so priced once per order, not per channel.
 */
interface Landing {
  /** Each charge with who pays it, for a DDP channel and for any other. */
  paidBy: { ddp: LandedCharge[]; other: LandedCharge[] };
  /** Sum of the charges collected at import (a DDP channel's surcharge is a share of it). */
  collectedAtImport: number;
  /** Sum of every charge. */
  total: number;
}

/**
 * Whether a rule that names the destination applies to this origin at `now`: from the start
 * of its `from` day (UTC) until the start of its `until` day.
 */
function inForce(indexed: IndexedCustomsRule, ctx: CustomsContext): boolean {
  const { rule } = indexed;
  const { origin } = ctx.facts;
  if (rule.origins !== '*' && (origin === null || !rule.origins.includes(origin))) return false;
  const now = ctx.now.getTime();
  return indexed.fromMs <= now && now < indexed.untilMs;
}

function notice(indexed: IndexedCustomsRule, ctx: CustomsContext): PolicyWarning {
  const { rule, citation } = indexed;
  const facts = ctx.facts;
  return {
    policyId: rule.id,
    platform: ctx.platform,
    severity: rule.severity,
    message: lazyLocalized(() => fillPlaceholders(rule.message, facts)),
    source: citation.source,
    stale: isStale(citation, ctx.now),
    details: (['destination', 'origin', 'orderValue'] as const).map((fact) =>
      lazyLocalized(() => detailLine(fact, facts[fact])),
    ),
    matched: [],
    confirmBeforeSubmit: false,
  };
}

/** Goods value in `currency`; null when unknown or not convertible. */
function valueIn(ctx: CustomsContext, currency: string): number | null {
  const value = ctx.facts.orderValue;
  if (value === null) return null;
  return convert(value.amount, value.currency, currency, ctx.pack.currencyRates);
}

function applies(charge: Charge, ctx: CustomsContext): boolean {
  const { upTo, above } = charge;
  if (upTo !== undefined) {
    const value = valueIn(ctx, upTo.currency);
    if (value === null || value > upTo.amount) return false;
  }
  if (above !== undefined) {
    const value = valueIn(ctx, above.currency);
    if (value === null || value <= above.amount) return false;
  }
  return true;
}

/** The charge in the display currency; null when the pack gives no rate for it. */
function amountOf(charge: Charge, ctx: CustomsContext): Money | null {
  const currency = ctx.displayCurrency;
  const destination = ctx.facts.destination ?? '';
  const percent = charge.percentByCountry?.[destination] ?? charge.percent;
  let amount: number | null = null;
  if (percent !== undefined) {
    const value = valueIn(ctx, currency);
    amount = value === null ? null : (value * percent) / 100;
  } else if (charge.perItemCategory !== undefined) {
    const { amount: each, currency: from } = charge.perItemCategory;
    amount = convert(each * Math.max(ctx.itemLines, 1), from, currency, ctx.pack.currencyRates);
  }
  return amount === null ? null : { amount: roundMoney(amount), currency };
}

function sumOf(charges: readonly Omit<LandedCharge, 'paidBy'>[]): number {
  return charges.reduce((sum, charge) => sum + (charge.amount?.amount ?? 0), 0);
}

/** Each charge with who pays it: the seller, when a DDP channel collects it at import. */
function paidBy(charges: readonly Omit<LandedCharge, 'paidBy'>[], ddp: boolean): LandedCharge[] {
  return charges.map(({ ruleId, kind, label, amount, collected }) => ({
    ruleId,
    kind,
    label,
    amount,
    collected,
    paidBy: ddp && collected === 'at-import' ? 'seller' : 'buyer',
  }));
}

function landingOf(charges: readonly Omit<LandedCharge, 'paidBy'>[]): Landing {
  return {
    paidBy: { ddp: paidBy(charges, true), other: paidBy(charges, false) },
    collectedAtImport: sumOf(charges.filter((charge) => charge.collected === 'at-import')),
    total: sumOf(charges),
  };
}

/** `byDestination`: the pack index's customs rules per destination country. */
export function customsFor(
  ctx: CustomsContext,
  byDestination: PackIndex['customs'],
): CustomsOutcome {
  const { destination } = ctx.facts;
  const named = destination === null ? undefined : byDestination.get(destination);
  if (named === undefined) return noCustoms();
  const rules = named.filter((indexed) => inForce(indexed, ctx));
  if (rules.length === 0) return noCustoms();
  const charges: CustomsOutcome['charges'] = [];
  const assumptions: LocalizedText[] = [];
  for (const { rule } of rules) {
    for (const charge of rule.charges) {
      if (!applies(charge, ctx)) continue;
      charges.push({
        ruleId: rule.id,
        kind: charge.kind,
        label: charge.label,
        amount: amountOf(charge, ctx),
        collected: charge.collected,
      });
      if (charge.perItemCategory !== undefined) {
        const lines = ctx.itemLines;
        // Worded when read, like every explanation (text.ts lazyLocalized).
        assumptions.push(
          lazyLocalized(() =>
            localized(
              `Item categories counted as the order's item lines (${lines}): customs counts tariff subheadings.`,
              `商品类别按订单商品行数计(${lines}):海关按税则子目计。`,
            ),
          ),
        );
      }
    }
  }
  const postal: Reason[] = [];
  for (const { postalReason } of rules) if (postalReason !== null) postal.push(postalReason);
  return {
    notices: rules.map((indexed) => notice(indexed, ctx)),
    charges,
    landing: landingOf(charges),
    assumptions,
    postal,
  };
}

/** No charges: nothing to land (landedCost is only asked when there are charges). */
const noLanding = landingOf([]);

function noCustoms(): CustomsOutcome {
  return { notices: [], charges: [], landing: noLanding, assumptions: [], postal: [] };
}

/** Shipping + the charges (+ a DDP channel's surcharge), in the display currency. */
export function landedCost(
  channel: Channel,
  cost: CostEstimate | null,
  outcome: CustomsOutcome,
  ctx: CustomsContext,
): LandedCost | null {
  if (cost === null) return null;
  const currency = ctx.displayCurrency;
  const shipping =
    cost.converted ?? (cost.currency === currency ? { amount: cost.amount, currency } : null);
  if (shipping === null) return null;
  const ddp = channel.duties === 'ddp';
  const { landing } = outcome;
  const surchargePercent = ddp ? (channel.ddpSurchargePercent ?? 0) : 0;
  const ddpSurcharge =
    surchargePercent > 0
      ? { amount: roundMoney((landing.collectedAtImport * surchargePercent) / 100), currency }
      : null;
  const total = shipping.amount + landing.total + (ddpSurcharge?.amount ?? 0);
  return {
    estimate: true,
    shipping: { amount: shipping.amount, currency },
    // Shared by the channels of one kind in this evaluation: read-only like the rest of it.
    charges: ddp ? landing.paidBy.ddp : landing.paidBy.other,
    ddpSurcharge,
    total: { amount: roundMoney(total), currency },
  };
}
