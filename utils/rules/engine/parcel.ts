/**
 * The parcel's weight, item by item: the page's weight when it shows one, else the seller's
 * SKU table, else the pack's default (then the result says it is assumed). Order pages rarely
 * show weights (docs/consoles/), so the assumed case is the common one until the seller fills in
 * their SKU weights.
 */
import type { OrderFacts } from '../../order-facts';
import { localized } from './text';
import type { LocalizedText, WeightBasis } from './types';

export interface ParcelWeight {
  weight: WeightBasis & { grams: number };
  /** Grams per unit of each item, in item order. */
  unitGrams: number[];
  assumption: LocalizedText | null;
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
  const sources = new Set<WeightBasis['source']>();
  const unknownSkus: string[] = [];
  const unitGrams = facts.items.map((item) => {
    if (item.unitWeightGrams !== null) {
      sources.add('page');
      return item.unitWeightGrams;
    }
    const saved = item.sku === null ? undefined : skuWeights?.[item.sku];
    if (saved !== undefined) {
      sources.add('sku-table');
      return saved;
    }
    sources.add('assumed');
    unknownSkus.push(item.sku ?? item.title);
    return defaultGrams;
  });
  const grams = facts.items.reduce((sum, item, i) => sum + item.quantity * (unitGrams[i] ?? 0), 0);
  const source = sources.size === 1 ? ([...sources][0] ?? 'mixed') : 'mixed';
  return {
    weight: { grams, source, unknownSkus },
    unitGrams,
    assumption:
      unknownSkus.length === 0
        ? null
        : localized(
            `Weight assumed: ${defaultGrams} g per unit for ${unknownSkus.join(', ')}. Enter the real weight to improve the estimate.`,
            `重量为假定值:${unknownSkus.join('、')} 每件按 ${defaultGrams} 克计算。填写实际重量可使估算更准确。`,
          ),
  };
}
