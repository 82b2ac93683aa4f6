/**
 * The destination's customs rules for one order (pack `customs`, docs/policies.md
 * "Destination rules"): which are in force at `now` for this origin and destination, the
 * notice each one gives the seller, and what they add to the goods — duty, VAT/GST, per-item
 * fees — as a landed-cost estimate per channel, with a DDP channel's surcharge. Rates and
 * thresholds are pack data; nothing here knows a country.
 */
import type { ConsoleId, Money } from '../../order-facts';
import type { Channel, Charge, CustomsRule, RulesPack } from '../pack/schema';
import type { ConditionFacts } from '../pack/vocabulary';
import { detailLine, fillPlaceholders } from './humanize';
import { convert, roundMoney } from './money';
import { indexPack } from './pack-index';
import { isStale } from './policies';
import { lazyLocalized, localized } from './text';
import type { CostEstimate, LandedCharge, LandedCost, LocalizedText, PolicyWarning } from './types';

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
  rules: CustomsRule[];
  notices: PolicyWarning[];
  /** The charges, the same for every channel (who pays them depends on the channel). */
  charges: Omit<LandedCharge, 'paidBy'>[];
  assumptions: LocalizedText[];
  /** The postal notes of the rules in force, for a postal channel's verdict. */
  postal: { ruleId: string; note: LocalizedText }[];
}

/** Whether a rule that names the destination applies to this origin on `day`. */
function inForce(rule: CustomsRule, ctx: CustomsContext, day: string): boolean {
  const { origin } = ctx.facts;
  if (rule.origins !== '*' && (origin === null || !rule.origins.includes(origin))) return false;
  return rule.from <= day && (rule.until === undefined || day < rule.until);
}

function notice(rule: CustomsRule, ctx: CustomsContext): PolicyWarning {
  const { url, effectiveDate, confidence, dated, verifiedAt, note } = rule.source;
  const facts = ctx.facts;
  return {
    policyId: rule.id,
    platform: ctx.platform,
    severity: rule.severity,
    message: lazyLocalized(() => fillPlaceholders(rule.message, facts)),
    source: { url, effectiveDate, confidence, dated, verifiedAt, ...(note ? { note } : {}) },
    stale: isStale(verifiedAt, ctx.now),
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

export function customsFor(ctx: CustomsContext): CustomsOutcome {
  const { destination } = ctx.facts;
  const named = destination === null ? undefined : indexPack(ctx.pack).customs.get(destination);
  if (named === undefined) return noCustoms();
  const day = ctx.now.toISOString().slice(0, 10);
  const rules = named.filter((rule) => inForce(rule, ctx, day));
  if (rules.length === 0) return noCustoms();
  const charges: CustomsOutcome['charges'] = [];
  const assumptions: LocalizedText[] = [];
  for (const rule of rules) {
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
        assumptions.push(
          localized(
            `Item categories counted as the order's item lines (${ctx.itemLines}): customs counts tariff subheadings.`,
            `商品类别按订单商品行数计(${ctx.itemLines}):海关按税则子目计。`,
          ),
        );
      }
    }
  }
  const postal = rules.flatMap((rule) =>
    rule.postalNote === undefined ? [] : [{ ruleId: rule.id, note: rule.postalNote }],
  );
  return { rules, notices: rules.map((rule) => notice(rule, ctx)), charges, assumptions, postal };
}

function noCustoms(): CustomsOutcome {
  return { rules: [], notices: [], charges: [], assumptions: [], postal: [] };
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
  const charges: LandedCharge[] = outcome.charges.map((charge) => ({
    ...charge,
    paidBy: ddp && charge.collected === 'at-import' ? 'seller' : 'buyer',
  }));
  const collectedAtImport = charges
    .filter((charge) => charge.collected === 'at-import')
    .reduce((sum, charge) => sum + (charge.amount?.amount ?? 0), 0);
  const surchargePercent = ddp ? (channel.ddpSurchargePercent ?? 0) : 0;
  const ddpSurcharge =
    surchargePercent > 0
      ? { amount: roundMoney((collectedAtImport * surchargePercent) / 100), currency }
      : null;
  const total =
    shipping.amount +
    charges.reduce((sum, charge) => sum + (charge.amount?.amount ?? 0), 0) +
    (ddpSurcharge?.amount ?? 0);
  return {
    estimate: true,
    shipping: { amount: shipping.amount, currency },
    charges,
    ddpSurcharge,
    total: { amount: roundMoney(total), currency },
  };
}
