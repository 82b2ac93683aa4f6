/** What one evaluation takes: the order, the rules, the seller's settings and what they told us. */
import type { OrderFacts } from '../../order-facts';
import type { Settings } from '../../settings';
import type { RulesPack } from '../pack/schema';
import type { GoodsKind } from '../pack/vocabulary';
import type { Dimensions } from './cost';

export interface EvaluateInput {
  facts: OrderFacts;
  pack: RulesPack;
  settings: Settings;
  now: Date;
  /** Grams per unit, from the seller's SKU table. */
  skuWeights?: Record<string, number>;
  form?: {
    chosenCarrier: string | null;
    trackingNumbers: string[];
    trackingCarrierMatch: 'match' | 'mismatch' | 'unknown';
  };
  /** Parcel dimensions, when the seller gave them: volumetric weight and size limits. */
  dimensionsCm?: Dimensions;
  /** What the parcel contains, when the seller said: checked against refused goods. */
  goods?: GoodsKind[];
}
