/**
 * The parcel's weight, item by item: the page's weight when it shows one, else the seller's
 * SKU table, else the pack's default (then the result says it is assumed). Order pages rarely
 * show weights (docs/consoles/), so the assumed case is the common one until the seller fills in
 * their SKU weights.
 */
import type { OrderFacts, OrderItem } from '../../order-facts';
import { lazyLocalized, localized } from './text';
import type { LocalizedText, WeightBasis } from './types';

export interface ParcelWeight {
  weight: WeightBasis & { grams: number };
  /** Grams per unit of each item, in item order. */
  unitGrams: number[];
  assumption: LocalizedText | null;
}

/** One unit's grams, and where they come from. */
function unitWeight(
  item: OrderItem,
  skuWeights: Readonly<Record<string, number>> | undefined,
  defaultGrams: number,
): [number, 'page' | 'sku-table' | 'assumed'] {
  if (item.unitWeightGrams !== null) return [item.unitWeightGrams, 'page'];
  const saved = item.sku === null ? undefined : skuWeights?.[item.sku];
  return saved === undefined ? [defaultGrams, 'assumed'] : [saved, 'sku-table'];
}

export function weighParcel(
  facts: OrderFacts,
  skuWeights: Readonly<Record<string, number>> | undefined,
  defaultGrams: number,
): ParcelWeight {
  if (facts.items.length === 0) {
    return {
      weight: { grams: defaultGrams, source: 'assumed', unknownSkus: [] },
      unitGrams: [],
      assumption: localized(
        `No items on the page: one unit of ${defaultGrams} g assumed.`,
        `页面上没有商品信息:假定 1 件,每件 ${defaultGrams} 克。`,
      ),
    };
  }
  let source: WeightBasis['source'] | null = null;
  const unknownSkus: string[] = [];
  const unitGrams: number[] = [];
  let grams = 0;
  for (const item of facts.items) {
    const [unit, from] = unitWeight(item, skuWeights, defaultGrams);
    if (from === 'assumed') unknownSkus.push(item.sku ?? item.title);
    // One source for the whole parcel, or 'mixed'.
    source = source === null || source === from ? from : 'mixed';
    unitGrams.push(unit);
    grams += item.quantity * unit;
  }
  return {
    weight: { grams, source: source ?? 'mixed', unknownSkus },
    unitGrams,
    // Worded when read: most evaluations are a list row whose assumptions nobody unfolds.
    assumption:
      unknownSkus.length === 0
        ? null
        : lazyLocalized(() =>
            localized(
              `Weight assumed: ${defaultGrams} g per unit for ${unknownSkus.join(', ')}. Enter the real weight to improve the estimate.`,
              `重量为假定值:${unknownSkus.join('、')} 每件按 ${defaultGrams} 克计算。填写实际重量可使估算更准确。`,
            ),
          ),
  };
}
