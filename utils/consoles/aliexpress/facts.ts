import {
  factNames,
  validateOrderFacts,
  type ExtractResult,
  type FactName,
  type OrderFacts,
  type OrderStatus,
} from '../../order-facts';
import { isLabel, queryFirst, elementText } from '../dom';
import { labelledValue } from './labelled';
import * as s from './selectors';

/** What an AliExpress page can tell; the rest of `OrderFacts` follows from it. */
export type ReadFacts = Pick<
  OrderFacts,
  | 'pageKind'
  | 'orderId'
  | 'destinationCountry'
  | 'destinationSource'
  | 'destinationBasis'
  | 'items'
  | 'orderValue'
  | 'buyerSelectedService'
  | 'shipBy'
  | 'orderedAt'
  | 'carrier'
  | 'trackingNumbers'
  | 'status'
> & {
  /** False when an item row could not be read: the item list is then incomplete. */
  itemsComplete: boolean;
  /** True for orders a warehouse ships (等待仓库发货). */
  warehouse: boolean;
};

/**
 * Validated `OrderFacts` with `missing` filled in. A ship-by date only matters before shipping,
 * a carrier and tracking numbers only after it: an unshipped order has none, which is not
 * "missing" (the panel would otherwise report unreadable facts that do not exist yet).
 */
export function toFacts(read: ReadFacts): ExtractResult {
  const { itemsComplete, warehouse, ...facts } = read;
  const open = read.status === 'unshipped' || read.status === 'unknown';
  const sent =
    read.status === 'shipped' || read.status === 'delivered' || read.status === 'unknown';
  const isMissing: Record<FactName, boolean> = {
    destinationCountry: read.destinationCountry === null,
    items: read.items.length === 0 || !itemsComplete,
    itemWeight: read.items.length === 0 || read.items.some((item) => item.unitWeightGrams === null),
    orderValue: read.orderValue === null,
    buyerSelectedService: read.buyerSelectedService === null,
    shipBy: open && read.shipBy === null,
    orderedAt: read.orderedAt === null,
    carrier: sent && read.carrier === null,
    trackingNumbers: sent && read.trackingNumbers.length === 0,
    status: read.status === 'unknown',
    fulfilledBy: false,
    // AliExpress pages never state the ship-from country: the seller's setting applies.
    shipFromCountry: true,
  };
  return validateOrderFacts({
    console: 'aliexpress',
    ...facts,
    // Orders in these portals are the seller's to ship, except those a warehouse ships.
    fulfilledBy: warehouse ? 'platform' : 'seller',
    shipFromCountry: null,
    missing: factNames.filter((name) => isMissing[name]),
  });
}

export function statusOf(value: string): OrderStatus | null {
  return s.statusTexts.find(([, texts]) => isLabel(value, texts))?.[0] ?? null;
}

/**
 * The status text of an order: the status element, else the value after an "订单状态" label,
 * else (only where `scan` is allowed: one order's own rows) any leaf whose whole text is a
 * known status — a whole page would offer menu entries and tabs with the same words.
 */
export function readStatusText(scopes: readonly ParentNode[], scan: boolean): string | null {
  for (const scope of scopes) {
    const shown = elementText(queryFirst(scope, s.status.css));
    if (shown) return shown;
  }
  const labelled = labelledValue(scopes, s.labels.status);
  if (labelled || !scan) return labelled;
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll('*')) {
      if (el.children.length === 0 && statusOf(elementText(el)) !== null) return elementText(el);
    }
  }
  return null;
}

export function isWarehouseStatus(value: string | null): boolean {
  return value !== null && isLabel(value, s.warehouseStatusTexts);
}
