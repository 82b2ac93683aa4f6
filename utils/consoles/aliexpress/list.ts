import type { MountPoint } from '../types';
import { queryRow } from '../cells';
import { queryAll } from '../dom';
import type { ListOrder } from '../list-rows';
import * as s from './selectors';

/**
 * The orders of a list page, found afresh on every call: the list re-renders in place on tab,
 * filter and page changes (docs/consoles/aliexpress.md#loading), so rows must never be cached.
 * The new list is one table per order; on the old one an order's row holds `.tb-order-info`
 * and its further items follow as rows of their own (`continued`). The order rows are found
 * with one search of the page for `.tb-order-info`, not one per row.
 */
export function listOrderRows(doc: Document): { rows: Element[]; continued: boolean } {
  const tables = queryAll(doc, s.newListOrder.css);
  if (tables.length > 0) return { rows: tables, continued: false };
  const rows = new Set(queryAll(doc, s.oldListRow.css));
  const starts = queryAll(doc, s.oldListOrderInfo.css).flatMap((info) => {
    const row = info.closest('tr');
    return row && rows.has(row) ? [row] : [];
  });
  return {
    rows: [...new Set(starts)],
    continued: true,
  };
}

/** The order id of one order of a list. */
export function listOrderId(order: ListOrder): Element | null {
  return queryRow(order.row, s.listOrderId);
}

/** The badge goes right after the order id. */
export function badgeMount(order: ListOrder): MountPoint {
  const id = listOrderId(order);
  if (id) return { anchor: id, position: 'after' };
  return { anchor: order.row.querySelector('td') ?? order.row, position: 'prepend' };
}
