import type { Money, OrderItem } from '../../order-facts';
import { parseMoney } from '../../parse/money';
import { queryAll, queryFirst, elementText, textOf } from '../dom';
import { labelledValue } from './labelled';
import * as s from './selectors';

/**
 * Order items, old and new layout alike. Each `itemBlock` stands for one item; its table row is
 * the item's scope (an order of several items has one row per item on every AliExpress page).
 */
export function readItems(roots: readonly ParentNode[]): { items: OrderItem[]; complete: boolean } {
  const scopes = roots.flatMap((root) =>
    queryAll(root, s.itemBlock.css).map((block) => block.closest('tr') ?? block),
  );
  const items = scopes.map(readItem).filter((item): item is OrderItem => item !== null);
  return { items, complete: scopes.length > 0 && items.length === scopes.length };
}

function readItem(scope: Element): OrderItem | null {
  const title = textOf(scope, s.itemTitle.css);
  const quantity = /\d+/.exec(textOf(scope, s.quantity.css) ?? '')?.[0];
  if (!title || quantity === undefined || Number(quantity) < 1) return null;
  return {
    title,
    sku: readSku(scope),
    listingId: productId(queryFirst(scope, s.productLink.css)),
    quantity: Number(quantity),
    unitPrice: parseMoney(textOf(scope, s.unitPrice.css) ?? ''),
    // AliExpress shows no weight anywhere (docs/consoles/aliexpress.md#order-detail: sellers keep their own tables).
    unitWeightGrams: null,
  };
}

/** The labelled SKU (商品编码 / Product Code), else the new layout's second code value. */
function readSku(scope: Element): string | null {
  const labelled = labelledValue([scope], s.labels.sku);
  if (labelled) return labelled;
  const values = queryAll(scope, s.skuCodeValue.css);
  return values.length > 1 ? elementText(values[1]) || null : null;
}

function productId(link: Element | null): string | null {
  return /\/item\/(\d+)\.html/.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
}

/**
 * The items subtotal: the page's own figure when it shows one, else the sum of unit price ×
 * quantity when every item has a price in one currency (lists show only the order total,
 * which includes shipping).
 */
export function itemsValue(shown: string | null, items: readonly OrderItem[]): Money | null {
  const parsed = shown === null ? null : parseMoney(shown);
  if (parsed) return parsed;
  const prices = items.map((item) => item.unitPrice);
  const first = prices[0];
  if (!first || prices.some((price) => price?.currency !== first.currency)) return null;
  const total = items.reduce((sum, item) => sum + (item.unitPrice?.amount ?? 0) * item.quantity, 0);
  return { amount: Math.round(total * 100) / 100, currency: first.currency };
}
