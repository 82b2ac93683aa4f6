/**
 * The one reader of every console's order list. A console declares its list — which rows
 * start an order, whether the rows after one continue it, how one order is read and where its
 * badge goes — and this file does the rest: the rows the runtime reads one at a time (on
 * screen first, in slices, only the changed ones again; utils/runtime/row-reader.ts), and
 * the whole list at once for tests and "Report this page". Inside a row, cells are found as
 * data (./cells.ts), never by a search of the row.
 */
import type { ExtractResult } from '../order-facts';
import type { ListRow, ListRowSource, MountPoint } from './types';

/** One order of a list: the row its badge is keyed to, and every row the order spans. */
export interface ListOrder {
  readonly row: Element;
  /** The order's row, then its item rows (an order of several items, on eBay and AliExpress). */
  readonly parts: readonly Element[];
}

/** What a console knows about its order list. */
export interface OrderList {
  /** The rows that start an order, in page order. */
  readonly rows: readonly Element[];
  /**
   * Whether the sibling rows after an order's row, up to the next order's row, belong to it
   * (eBay's and AliExpress' older list put each further item of an order in a row of its own).
   */
  readonly continued: boolean;
  read(order: ListOrder, now: Date): ExtractResult;
  mount(order: ListOrder): MountPoint;
}

/** No rows: a page that is not an order list. */
export const noRows: ListRowSource = { rows: [], read: () => never() };

function never(): never {
  throw new Error('No list rows on this page');
}

/** The order's row and the sibling rows after it, up to the next order's row. */
function partsOf(row: Element, starts: ReadonlySet<Element>): Element[] {
  const parts = [row];
  for (let next = row.nextElementSibling; next && !starts.has(next); next = next.nextElementSibling)
    parts.push(next);
  return parts;
}

/** A console's list as rows the runtime reads one at a time; `now` dates each read (tests fix it). */
export function orderListSource(list: OrderList, now = () => new Date()): ListRowSource {
  const starts = new Set(list.rows);
  return {
    rows: list.rows,
    read(row) {
      const order: ListOrder = { row, parts: list.continued ? partsOf(row, starts) : [row] };
      return { row, parts: order.parts, mount: list.mount(order), facts: list.read(order, now()) };
    },
  };
}

/** Every row of `source`, read in page order (tests, and pages read all at once). */
export function readAllRows(source: ListRowSource): ListRow[] {
  return source.rows.map((row) => source.read(row));
}
