/**
 * List rows read in the order the seller sees them, remembered until they change. A console
 * list re-renders often (timers, hover cards, its own polling) and may hold thousands of
 * rows, so a pass's work follows what changed: the page's mutations mark the rows they touched
 * (`touch`) — an order's own row or one of its item rows — and only those, rows never read, and rows read in an earlier minute (deadlines
 * count from now) are read again. The rows on screen are read first.
 */
import type { ListRow, ListRowSource } from '../consoles/types';

const MINUTE = 60_000;

interface Remembered {
  minute: number;
  read: ListRow;
}

export class RowReader {
  private remembered = new WeakMap<Element, Remembered>();
  /** The order row each further row of a remembered order belongs to (eBay's item rows). */
  private owners = new WeakMap<Element, Element>();
  /** Nodes the page changed since the last read: their rows are read again. */
  private touched: Node[] = [];
  /** Rows actually read (not remembered), for the benchmark and tests. */
  reads = 0;

  /** Note what the page changed (the console's own mutations, not ours). */
  touch(records: readonly MutationRecord[]): void {
    // Past this many changes, the console has re-rendered wholesale: forget every row.
    if (this.touched.length > 10_000) return;
    for (const record of records) this.touched.push(record.target);
  }

  /** Forget the rows around the nodes touched since the last call. */
  private settle(): void {
    if (this.touched.length === 0) return;
    if (this.touched.length > 10_000) this.remembered = new WeakMap();
    else {
      for (const node of this.touched) {
        for (let up: Node | null = node; up; up = up.parentNode) {
          if (!(up instanceof Element)) continue;
          if (this.remembered.delete(up)) break;
          const owner = this.owners.get(up);
          if (owner && this.remembered.delete(owner)) break;
        }
      }
    }
    this.touched = [];
  }

  read(source: ListRowSource, row: Element, now = Date.now()): ListRow {
    this.settle();
    const minute = Math.floor(now / MINUTE);
    const known = this.remembered.get(row);
    if (known && known.minute === minute && known.read.mount.anchor.isConnected) return known.read;
    this.reads += 1;
    const read = source.read(row);
    this.remembered.set(row, { minute, read });
    for (const part of read.parts ?? []) if (part !== row) this.owners.set(part, row);
    return read;
  }
}
