/**
 * What the engine returns. The panel, the list badges, the ship-form warnings, the popup and
 * the rules command line all read this one shape; everything in it is plain JSON.
 */
import type { ConsoleId, Money } from '../../order-facts';

import type { ServiceLevel, Severity } from '../pack/vocabulary';

export type { ServiceLevel, Severity };

/** Text in both UI languages; rule and pack text always comes this way. */
export interface LocalizedText {
  en: string;
  'zh-CN': string;
}

/** One reason, with the values that produced it, so the panel can explain itself. */
export interface Reason {
  /** Stable code, e.g. 'over-max-weight', 'destination-not-served', 'policy-forbids'. */
  code: string;
  message: LocalizedText;
  values: Record<string, string | number | boolean | null>;
  /** The policy behind this reason, when a policy ruled the channel out. */
  policyId?: string;
}

export interface CostEstimate {
  /** In the rate card's currency. */
  amount: number;
  currency: string;
  /** The same cost in the seller's display currency (null when no rate is in the pack). */
  converted: (Money & { rateDate: string }) | null;
  chargeableGrams: number;
  actualGrams: number;
  volumetricGrams: number | null;
  /** e.g. "0.101–0.300 kg band: 68 CNY/kg × 0.25 kg + 17 CNY per parcel". */
  breakdown: LocalizedText;
  /** True when the rate card is a sample from the bundled pack, not the seller's own. */
  sampleRates: boolean;
}

/** One charge of the destination's customs rules, in the display currency. */
export interface LandedCharge {
  /** The customs rule it comes from (pack `customs[].id`). */
  ruleId: string;
  kind: 'duty' | 'tax' | 'fee';
  label: LocalizedText;
  /** null: the rate depends on the goods' tariff code, or no exchange rate: not estimated. */
  amount: Money | null;
  collected: 'at-sale' | 'at-import';
  /** Who pays it: the seller when a DDP channel collects it at booking. */
  paidBy: 'buyer' | 'seller';
}

/** Shipping plus what the destination's rules add: always an estimate. */
export interface LandedCost {
  estimate: true;
  shipping: Money;
  charges: LandedCharge[];
  /** What a DDP channel charges for collecting duty and tax (channel.ddpSurchargePercent). */
  ddpSurcharge: Money | null;
  /** Shipping + every estimated charge + the DDP surcharge. */
  total: Money;
}

export interface DeliveryEstimate {
  minDays: number;
  maxDays: number;
}

export interface ChannelVerdict {
  channelId: string;
  name: LocalizedText;
  provider: string;
  serviceLevel: ServiceLevel;
  tracked: boolean;
  eligible: boolean;
  /**
   * Why it is ruled out (eligible=false), or notes (eligible=true). Never empty when ruled out.
   * Read-only: lists that depend on the pack alone are shared between evaluations.
   */
  reasons: readonly Reason[];
  cost: CostEstimate | null;
  delivery: DeliveryEstimate | null;
  /** Shipping plus duty, tax and fees at the destination; null when not priced. */
  landed: LandedCost | null;
  /** 'ddp': the channel collects duty and tax from the seller; 'ddu': the buyer pays them. */
  duties: 'ddp' | 'ddu';
  /** 1 = recommended; null for ruled-out channels. */
  rank: number | null;
}

/** One condition of a policy as evaluated: which fact, which value it had, and the outcome. */
export interface ConditionTrace {
  fact: string;
  op: string;
  expected: unknown;
  actual: unknown;
  result: boolean;
}

export interface PolicyWarning {
  policyId: string;
  platform: ConsoleId;
  severity: Severity;
  message: LocalizedText;
  /**
   * Where the rule comes from, since when, how sure we are of it and when we last checked it
   * against its source. `dated`: the rule may have been replaced since; `note`: scope,
   * caveats, conflicting sources (docs/policies.md).
   */
  source: {
    url: string;
    effectiveDate: string;
    confidence: string;
    dated: boolean;
    verifiedAt: string;
    note?: string;
  };
  /** Not checked against its source for 12 months or more before the evaluation's `now`. */
  stale: boolean;
  /** The values that set the rule off, in words, for the collapsed details. */
  details: LocalizedText[];
  /** The conditions that matched, with the order's values (machine form, for the CLI). */
  matched: ConditionTrace[];
  /** True when the platform fines this: our UI then needs an explicit "ship anyway". */
  confirmBeforeSubmit: boolean;
}

export interface SplitAdvice {
  /** Why no single parcel fits. */
  reason: LocalizedText;
  /** Items grouped into parcels that each fit `channelId`. */
  parcels: Array<{
    channelId: string;
    items: Array<{ index: number; quantity: number }>;
    grams: number;
  }>;
}

export interface WeightBasis {
  /** Total grams the estimate used; null when nothing is known. */
  grams: number | null;
  /** 'page': read from the page; 'sku-table': the seller's saved weights; 'assumed': pack default. */
  source: 'page' | 'sku-table' | 'assumed' | 'mixed';
  /** SKUs (or item titles when there is no SKU) whose weight is unknown. */
  unknownSkus: string[];
}

export interface Evaluation {
  orderId: string;
  pack: { id: string; version: string };
  objective: 'cheapest' | 'fastest' | 'balanced';
  weight: WeightBasis;
  /** Every channel of the order's platform, eligible ones first in rank order. */
  channels: ChannelVerdict[];
  recommended: ChannelVerdict | null;
  alternatives: ChannelVerdict[];
  ruledOut: ChannelVerdict[];
  warnings: PolicyWarning[];
  /** The destination's customs rules in force for this order (every platform). */
  customs: PolicyWarning[];
  split: SplitAdvice | null;
  /**
   * A fact the order lacks that rules out every channel by itself: with no destination no
   * channel can be judged, and that is what the seller must hear — not "no channel fits".
   */
  blockedBy: 'destinationCountry' | null;
  /**
   * The pack's platform-routed rule (e.g. "aliexpress-choice") when the platform routes this
   * order itself: like a platform-fulfilled order, no channel is recommended.
   */
  platformRouted: { id: string; message: LocalizedText } | null;
  /** The buyer-selected service, mapped to a level when the pack knows it. */
  buyerService: { text: string; level: ServiceLevel | null } | null;
  /** Plain statements of what the result rests on ("weight assumed 250 g for SKU X"). */
  assumptions: LocalizedText[];
}
