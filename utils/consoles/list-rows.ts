import type { ListRow, ListRowSource } from './types';

/** No rows: a page that is not an order list. */
export const noRows: ListRowSource = { rows: [], read: () => never() };

function never(): never {
  throw new Error('No list rows on this page');
}

/** Every row of `source`, read in page order (tests, and pages read all at once). */
export function readAllRows(source: ListRowSource): ListRow[] {
  return source.rows.map((row) => source.read(row));
}
