import type { MountPoint } from '../types';
import { queryAll, queryFirst } from '../dom';
import * as s from './selectors';

/** One order of a list page. */
export interface ListOrder {
  /** The element the order's badge is keyed to: its table (new list) or first row (old list). */
  row: Element;
  /** Every element of the order: the table, or the order's rows (one per item). */
  parts: readonly Element[];
}

/**
 * The orders of a list page, found afresh on every call: the list re-renders in place on tab,
 * filter and page changes (docs/consoles/aliexpress.md#loading), so rows must never be cached.
 */
export function listOrders(doc: Document): ListOrder[] {
  const tables = queryAll(doc, s.newListOrder.css);
  if (tables.length > 0) return tables.map((table) => ({ row: table, parts: [table] }));

  const orders: { row: Element; parts: Element[] }[] = [];
  for (const tr of queryAll(doc, s.oldListRow.css)) {
    const last = orders[orders.length - 1];
    if (queryFirst(tr, s.oldListOrderInfo.css)) orders.push({ row: tr, parts: [tr] });
    else last?.parts.push(tr);
  }
  return orders;
}

/** The badge goes right after the order id. */
export function badgeMount(order: ListOrder): MountPoint {
  const id = queryFirst(order.row, s.listOrderId.css);
  if (id) return { anchor: id, position: 'after' };
  return { anchor: order.row.querySelector('td') ?? order.row, position: 'prepend' };
}
