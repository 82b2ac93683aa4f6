/**
 * List rows read in the order the seller sees them, remembered until they change. A console
 * list re-renders often (timers, hover cards, its own polling) and may hold thousands of
 * rows: a row whose text is the same as when it was read (within the same minute, since
 * deadlines count from now) is not read again, and the rows on screen are read first.
 */
import type { ListRow, ListRowSource } from '../consoles/types';

const MINUTE = 60_000;

interface Remembered {
  text: string;
  minute: number;
  read: ListRow;
}

export class RowReader {
  private readonly remembered = new WeakMap<Element, Remembered>();
  /** Rows actually read (not remembered), for the benchmark and tests. */
  reads = 0;

  read(source: ListRowSource, row: Element, now = Date.now()): ListRow {
    const text = row.textContent ?? '';
    const minute = Math.floor(now / MINUTE);
    const known = this.remembered.get(row);
    if (
      known &&
      known.text === text &&
      known.minute === minute &&
      known.read.mount.anchor.isConnected
    )
      return known.read;
    this.reads += 1;
    const read = source.read(row);
    this.remembered.set(row, { text, minute, read });
    return read;
  }
}

/**
 * The rows in reading order: those on screen first (found by binary search, rows being laid
 * out top to bottom), then the ones below, then the ones above.
 */
export function screenOrder(rows: readonly Element[], viewportHeight: number): Element[] {
  const bottomOf = (row: Element) => row.getBoundingClientRect().bottom;
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (bottomOf(rows[middle] as Element) < 0) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < rows.length && (rows[end] as Element).getBoundingClientRect().top < viewportHeight)
    end += 1;
  return [...rows.slice(low, end), ...rows.slice(end), ...rows.slice(0, low)];
}
