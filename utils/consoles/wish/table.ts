/**
 * The order table of a Wish list page, read by column: a cell is the row's child carrying its
 * `data-cy` hook (`column-<field>`, GUESS after the products table [file id 22243989420]) or
 * else the one at the position of the column whose header shows the field's label
 * (merchantfaq 204530038 lists the columns, not their order — so the order is never assumed).
 * Cells are found as data (../cells.ts), never by a search of the row.
 */
import { queryRow, type RowQuery } from '../cells';
import { findLabel, isLabel, queryAll, queryFirst, elementText } from '../dom';
import { columnHooks, css, labels, type FieldName } from './selectors';

export interface OrderTable {
  table: Element;
  /** Data rows in page order (header rows and rows without cells left out). */
  rows: Element[];
  /** The row's cell of a field, or null when the table has no such column. */
  cell(row: Element, field: FieldName): Element | null;
}

function closestOf(el: Element | null, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el?.closest(selector);
    if (found) return found;
  }
  return null;
}

/** A header cell shows the label, alone or beside a sort or help icon. */
const shows = (header: Element, wanted: readonly string[]): boolean =>
  isLabel(elementText(header), wanted) || findLabel(header, wanted) !== null;

/** The header cell labelled "Order ID" (any UI language), wherever header cells are. */
function orderIdHeader(root: ParentNode): Element | null {
  for (const selector of css.headerCell) {
    for (const header of root.querySelectorAll(selector)) {
      if (shows(header, labels.orderId)) return header;
    }
  }
  return null;
}

/** Column index per field, from the labels of the header row that holds `header`. */
function columnIndexes(header: Element | null): Partial<Record<FieldName, number>> {
  const headers = header?.parentElement ? [...header.parentElement.children] : [];
  const indexes: Partial<Record<FieldName, number>> = {};
  for (const field of Object.keys(columnHooks) as FieldName[]) {
    const index = headers.findIndex((cell) => shows(cell, labels[field]));
    if (index >= 0) indexes[field] = index;
  }
  return indexes;
}

export function findOrderTable(root: ParentNode): OrderTable | null {
  const header = orderIdHeader(root);
  const table =
    queryFirst(root, css.orderTable) ??
    closestOf(header, css.table) ??
    closestOf(root.querySelector(columnHooks.orderId), css.table);
  if (!table) return null;

  const indexes = columnIndexes(header && table.contains(header) ? header : null);
  // Per field: the hooked cell, else the cell under the field's header (1-based, as `:nth-child`).
  const queries = new Map<FieldName, readonly RowQuery[]>();
  for (const field of Object.keys(columnHooks) as FieldName[]) {
    const index = indexes[field];
    queries.set(field, [
      { cell: columnHooks[field] },
      ...(index === undefined ? [] : [{ cell: index + 1 }]),
    ]);
  }
  return {
    table,
    rows: queryAll(table, css.bodyRow).filter((row) => queryRow(row, css.cell) !== null),
    cell: (row, field) => queryRow(row, queries.get(field) ?? []),
  };
}
