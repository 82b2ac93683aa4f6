/**
 * Where a list's rows are on screen. A console lays its order rows out top to bottom, so the
 * first row on screen is found by binary search: a handful of `getBoundingClientRect` calls on
 * a list of thousands, not one per row.
 */

/** Indices `start` (included) to `end` (excluded) of a run of rows. */
export interface RowRange {
  start: number;
  end: number;
}

/** The rows that reach from `top` to `bottom` (viewport pixels, `top` < `bottom`). */
export function rowsBetween(rows: ArrayLike<Element>, top: number, bottom: number): RowRange {
  let start = 0;
  let high = rows.length;
  while (start < high) {
    const middle = (start + high) >> 1;
    if ((rows[middle] as Element).getBoundingClientRect().bottom <= top) start = middle + 1;
    else high = middle;
  }
  let end = start;
  while (end < rows.length && (rows[end] as Element).getBoundingClientRect().top < bottom) end += 1;
  return { start, end };
}

/** The rows in reading order: those on screen first, then the ones below, then the ones above. */
export function screenOrder(rows: readonly Element[], viewportHeight: number): Element[] {
  const { start, end } = rowsBetween(rows, 0, viewportHeight);
  return [...rows.slice(start, end), ...rows.slice(end), ...rows.slice(0, start)];
}
