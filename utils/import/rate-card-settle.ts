/**
 * Which rows of a rate card remain once the bad ones are left out. Leaving a row out can
 * break rows that joined up with it (a band after a skipped band now leaves a gap, a
 * destination's first row sets the minimum the others must match), so the rows are settled:
 * removals repeat until none follow. Done naively — check every row again after each round —
 * a card whose bands each break once the previous one is gone costs rows × rows; here each
 * round looks only at the rows a removal can affect, so the whole settling is linear.
 *
 * The rules per destination, every round, all against the rows left before the round:
 * a band must start where the band below it ends; a row's delivery days must match the first
 * row (file order) that gives days; its minimum must match the first row's; with no days at
 * all and none to keep from the channel, the destination's rows go.
 */
import type { WorkCounter } from './work-counter';

export interface SettleRow {
  line: number;
  band: { fromGrams: number; toGrams: number };
  minChargeableGrams: number | null;
  days: { minDays: number; maxDays: number } | null;
}

interface Node<R> {
  row: R;
  alive: boolean;
  /** The band below and above among the rows left (sorted by fromGrams, then file order). */
  below: Node<R> | null;
  above: Node<R> | null;
}

function daysKey(row: SettleRow): string | null {
  return row.days === null ? null : `${row.days.minDays}-${row.days.maxDays}`;
}

/** Rows grouped by a key, so everything that disagrees with a new reference is found at once. */
class Buckets<R> {
  private readonly byKey = new Map<string | number | null, Set<Node<R>>>();

  add(key: string | number | null, node: Node<R>): void {
    const bucket = this.byKey.get(key) ?? new Set<Node<R>>();
    bucket.add(node);
    this.byKey.set(key, bucket);
  }

  delete(key: string | number | null, node: Node<R>): void {
    const bucket = this.byKey.get(key);
    bucket?.delete(node);
    if (bucket?.size === 0) this.byKey.delete(key);
  }

  /** Every row whose key is not `key` (each such row is removed next round). */
  others(key: string | number | null): Node<R>[] {
    const out: Node<R>[] = [];
    for (const [other, bucket] of this.byKey) if (other !== key) out.push(...bucket);
    return out;
  }
}

/**
 * One destination's rows (file order) after the first round: `removed` are the lines that
 * round found bad. Returns the rows that remain.
 */
export function settleDestination<R extends SettleRow>(
  rows: readonly R[],
  removed: ReadonlySet<number>,
  hasCurrentDays: boolean,
  work: WorkCounter,
): R[] {
  const nodes: Node<R>[] = rows.map((row) => ({ row, alive: true, below: null, above: null }));
  const sorted = [...nodes].sort((a, b) => a.row.band.fromGrams - b.row.band.fromGrams);
  sorted.forEach((node, index) => {
    node.below = sorted[index - 1] ?? null;
    node.above = sorted[index + 1] ?? null;
  });
  const minimums = new Buckets<R>();
  const days = new Buckets<R>();
  for (const node of nodes) {
    minimums.add(node.row.minChargeableGrams, node);
    if (node.row.days !== null) days.add(daysKey(node.row), node);
  }
  // The first row left, and the first row left that gives days, in file order.
  let first = 0;
  let firstWithDays = 0;
  const advance = (from: number, withDays: boolean): number => {
    let index = from;
    for (; index < nodes.length; index += 1) {
      work.count();
      const node = nodes[index];
      if (node?.alive && (!withDays || node.row.days !== null)) break;
    }
    return index;
  };

  const breaks = (node: Node<R>): boolean => {
    work.count();
    const reference = nodes[first];
    const withDays = nodes[firstWithDays];
    if (node.below !== null && node.row.band.fromGrams !== node.below.row.band.toGrams) return true;
    if (reference !== undefined && node.row.minChargeableGrams !== reference.row.minChargeableGrams)
      return true;
    return (
      node.row.days !== null &&
      withDays !== undefined &&
      daysKey(node.row) !== daysKey(withDays.row)
    );
  };

  let doomed = nodes.filter((node) => removed.has(node.row.line));
  while (doomed.length > 0) {
    const next = new Set<Node<R>>();
    const gone = new Set(doomed);
    for (const node of doomed) {
      // The lowest band above a run of removed rows now sits on a different band.
      if (node.above !== null && !gone.has(node.above)) next.add(node.above);
    }
    for (const node of doomed) {
      work.count();
      node.alive = false;
      if (node.below) node.below.above = node.above;
      if (node.above) node.above.below = node.below;
      minimums.delete(node.row.minChargeableGrams, node);
      if (node.row.days !== null) days.delete(daysKey(node.row), node);
    }
    const oldFirst = nodes[first];
    first = advance(first, false);
    const newFirst = nodes[first];
    if (newFirst !== undefined && newFirst !== oldFirst) {
      for (const node of minimums.others(newFirst.row.minChargeableGrams)) next.add(node);
    }
    const oldWithDays = nodes[firstWithDays];
    firstWithDays = advance(firstWithDays, true);
    const newWithDays = nodes[firstWithDays];
    if (newWithDays === undefined && !hasCurrentDays) {
      // No days left and none to keep: every remaining row of the destination goes.
      return [];
    }
    if (newWithDays !== undefined && newWithDays !== oldWithDays) {
      for (const node of days.others(daysKey(newWithDays.row))) next.add(node);
    }
    doomed = [...next].filter((node) => node.alive && breaks(node));
  }
  return nodes.filter((node) => node.alive).map((node) => node.row);
}
