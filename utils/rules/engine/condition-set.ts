/**
 * Many conditions run against one order, with a discrimination index so that most of them are
 * never run at all.
 *
 * A condition that is an `all` (or a single comparison) can only be TRUE when each of its
 * top-level `eq` / `in` comparisons is TRUE. So for a fact such as the platform, the order
 * status or the destination, the conditions that require particular values of it are listed
 * per value once, at compile time, as a bit mask. Per order, the masks of the order's values
 * are ANDed and only the conditions left are evaluated, in full. The
 * index only ever skips conditions that cannot be TRUE (they would be FALSE or UNKNOWN, and
 * both mean "does not match"), so results are exactly those of running every condition. This
 * is the alpha-memory idea of Rete (Forgy, 1982) without the network: sellers' packs are
 * mostly "this platform / these countries / this status" plus a few numeric bounds, and a
 * list page evaluates the same pack for every row.
 */
import {
  compileCondition,
  FactTable,
  readsFactAsIs,
  TRUE,
  type CompiledCondition,
} from './conditions';
import type { Condition, ConditionLeaf, CurrencyRates } from '../pack/schema';
import type { FactValue } from '../pack/vocabulary';

type Comparable = string | number | boolean;

export interface ConditionSet {
  /** Each condition compiled whole, in input order: for traces, and for values not screened. */
  readonly tests: readonly CompiledCondition[];
  /**
   * Positions, ascending (input order is kept), of the conditions that may be TRUE for these
   * values; every other condition is certainly not TRUE for them.
   */
  candidates(values: readonly FactValue[]): number[];
  /**
   * Whether the condition at `position`, a candidate for values equal to these on every
   * indexed fact, is TRUE. The comparisons the index has decided are not run again.
   */
  matches(position: number, values: readonly FactValue[]): boolean;
}

/** One bit per condition, 32 to a word. */
type Mask = Uint32Array;

interface FactIndex {
  slot: number;
  /** Value → the conditions that allow it: those requiring it and those not constraining the fact. */
  byValue: ReadonlyMap<Comparable, Mask>;
  /** The conditions that do not constrain the fact: all an unknown or unlisted value leaves. */
  unconstrained: Mask;
}

/** A top-level `eq` / `in` against constants on an indexable fact read as is. */
function indexableLeaf(
  node: Condition,
  indexable: (fact: string) => boolean,
): node is ConditionLeaf {
  if ('all' in node || 'any' in node || 'not' in node) return false;
  if ((node.op !== 'eq' && node.op !== 'in') || !indexable(node.fact) || !readsFactAsIs(node))
    return false;
  return typeof node.value !== 'object' || Array.isArray(node.value); // not another fact
}

/** The values each fact must take for the condition to be TRUE, from its top-level `all`. */
function requiredValues(
  condition: Condition,
  indexable: (fact: string) => boolean,
): Map<string, ReadonlySet<Comparable>> {
  const required = new Map<string, ReadonlySet<Comparable>>();
  const visit = (node: Condition): void => {
    if ('all' in node) return node.all.forEach(visit);
    if (!indexableLeaf(node, indexable)) return;
    const value = node.value as Comparable | Comparable[];
    const allowed = new Set<Comparable>(Array.isArray(value) ? value : [value]);
    const earlier = required.get(node.fact);
    // Two requirements on one fact: only values passing both can make the `all` TRUE.
    required.set(
      node.fact,
      earlier === undefined ? allowed : new Set([...allowed].filter((v) => earlier.has(v))),
    );
  };
  visit(condition);
  return required;
}

/** The condition without the comparisons the index decides: TRUE on a candidate iff the whole is. */
function residual(condition: Condition, indexable: (fact: string) => boolean): Condition {
  if (indexableLeaf(condition, indexable)) return { all: [] };
  if (!('all' in condition)) return condition;
  return {
    all: condition.all
      .filter((child) => !indexableLeaf(child, indexable))
      .map((child) => residual(child, indexable)),
  };
}

function maskOf(size: number, includes: (position: number) => boolean): Mask {
  const mask = new Uint32Array(Math.ceil(size / 32));
  for (let position = 0; position < size; position += 1)
    if (includes(position))
      mask[position >>> 5] = (mask[position >>> 5] ?? 0) | (1 << (position & 31));
  return mask;
}

function buildIndexes(
  requirements: readonly Map<string, ReadonlySet<Comparable>>[],
  table: FactTable,
): FactIndex[] {
  const size = requirements.length;
  const facts = new Set(requirements.flatMap((required) => [...required.keys()]));
  return [...facts].map((fact) => {
    const values = new Set(requirements.flatMap((required) => [...(required.get(fact) ?? [])]));
    const byValue = new Map<Comparable, Mask>();
    for (const value of values)
      byValue.set(
        value,
        maskOf(size, (position) => requirements[position]?.get(fact)?.has(value) !== false),
      );
    return {
      slot: table.slotOf(fact),
      byValue,
      unconstrained: maskOf(size, (position) => requirements[position]?.has(fact) !== true),
    };
  });
}

/**
 * Compiles every condition against `table` and indexes them on the facts `indexable` accepts.
 * Leave out facts a caller changes between runs over the same candidates (policies.ts tries
 * hypothetical chosen carriers on the candidates of the order's own facts).
 */
export function compileConditionSet(
  conditions: readonly Condition[],
  rates: CurrencyRates,
  table: FactTable,
  indexable: (fact: string) => boolean = () => true,
): ConditionSet {
  const tests = conditions.map((condition) => compileCondition(condition, rates, table));
  const screened = conditions.map((condition) =>
    compileCondition(residual(condition, indexable), rates, table),
  );
  const indexes = buildIndexes(
    conditions.map((condition) => requiredValues(condition, indexable)),
    table,
  );
  const everything = maskOf(conditions.length, () => true);
  // Reused between calls: candidates() runs synchronously and returns a fresh list.
  const scratch = new Uint32Array(everything.length);
  return {
    tests,
    candidates(values) {
      scratch.set(everything);
      for (const index of indexes) {
        const value = values[index.slot];
        // Objects (money) and unknowns never equal a listed value: the comparison is not TRUE.
        const mask =
          value === null || value === undefined || typeof value === 'object'
            ? index.unconstrained
            : (index.byValue.get(value) ?? index.unconstrained);
        for (let word = 0; word < scratch.length; word += 1)
          scratch[word] = (scratch[word] as number) & (mask[word] as number);
      }
      const positions: number[] = [];
      for (let word = 0; word < scratch.length; word += 1) {
        let bits = scratch[word] as number;
        while (bits !== 0) {
          const low = bits & -bits;
          positions.push(word * 32 + 31 - Math.clz32(low));
          bits ^= low;
        }
      }
      return positions;
    },
    matches(position, values) {
      return (screened[position] as CompiledCondition)(values, null) === TRUE;
    },
  };
}
