/**
 * Condition trees ({all}|{any}|{not}|{fact, op, value}) compiled once into flat nodes, then
 * run per order by one small interpreter over an array of fact values. json-rules-engine walks
 * and deep-clones its conditions on every run (docs/peers.md#rules-engine: ~40% of its time in `clone`);
 * here a comparison is an array read, a switch and a compare, with no allocation, and `all` /
 * `any` stop at the first deciding child. Facts are addressed by slot (FactTable) rather than
 * by name, so no per-comparison property lookup by a variable key.
 *
 * Unknown facts: a comparison on a null fact is UNKNOWN, never true, and `not` keeps it
 * UNKNOWN (three-valued logic), so ignorance never makes a rule fire. `all` is false as soon
 * as one child is false, `any` true as soon as one is true; only TRUE at the top matches.
 */
import { convert, roundMoney } from './money';
import type { Condition, ConditionLeaf, CurrencyRates } from '../pack/schema';
import type { ConditionTrace } from './types';
import {
  conditionFacts,
  isConditionFact,
  orderedOps,
  serviceLevelRank,
  type FactValue,
} from '../pack/vocabulary';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Tri = typeof FALSE | typeof TRUE | typeof UNKNOWN;

export type FactSource = Readonly<Record<string, FactValue | undefined>>;

/** Fact names ↔ array slots. Conditions compile against a table; facts are loaded through it. */
export class FactTable {
  private readonly slots: ReadonlyMap<string, number>;

  constructor(readonly names: readonly string[]) {
    this.slots = new Map(names.map((name, slot) => [name, slot]));
  }

  slotOf(name: string): number {
    const slot = this.slots.get(name);
    if (slot === undefined) throw new Error(`fact "${name}" is not in this fact table`);
    return slot;
  }

  /** One array per order (or per hypothetical), read by every compiled condition. */
  load(facts: FactSource): FactValue[] {
    // Allocated at its length: pushed into, it would grow twice and end with ~2× the slots.
    const values = new Array<FactValue>(this.names.length);
    for (let slot = 0; slot < values.length; slot += 1)
      values[slot] = facts[this.names[slot] as string] ?? null;
    return values;
  }
}

/** The facts policies may read (vocabulary.ts), in catalogue order. */
export const conditionFactTable = new FactTable(Object.keys(conditionFacts));

/**
 * Evaluates the tree on values loaded with its table. With a `trace` array, each comparison
 * visited is appended (with the order's value, null when unknown); pass null on the hot path.
 */
export type CompiledCondition = (
  values: readonly FactValue[],
  trace: ConditionTrace[] | null,
) => Tri;

type Comparable = string | number | boolean;

// Small integers, not strings: the interpreter switches on them for every comparison.
const ALL = 0;
const ANY = 1;
const NOT = 2;
const LEAF = 3;
type Kind = typeof ALL | typeof ANY | typeof NOT | typeof LEAF;

const EQ = 0;
const NEQ = 1;
const IN = 2;
const NOT_IN = 3;
const GT = 4;
const GTE = 5;
const LT = 6;
const LTE = 7;
type Op =
  | typeof EQ
  | typeof NEQ
  | typeof IN
  | typeof NOT_IN
  | typeof GT
  | typeof GTE
  | typeof LT
  | typeof LTE;

/** How a fact is read: as is, as a service-level rank, or as money in the leaf's currency. */
const PLAIN = 0;
const RANK = 1;
const MONEY = 2;
type Read = typeof PLAIN | typeof RANK | typeof MONEY;

const opCodes: Record<ConditionLeaf['op'], Op> = {
  eq: EQ,
  neq: NEQ,
  in: IN,
  notIn: NOT_IN,
  gt: GT,
  gte: GTE,
  lt: LT,
  lte: LTE,
};

/** Every node has the same fields, so the interpreter's property reads stay monomorphic. */
interface Node {
  kind: Kind;
  children: Node[];
  op: Op;
  slot: number;
  /** Slot of the fact compared against, or -1 for a constant. */
  refSlot: number;
  read: Read;
  constant: Comparable | null;
  members: ReadonlySet<Comparable> | null;
  currency: string;
  rates: CurrencyRates | null;
  /** For traces only. */
  leaf: ConditionLeaf | null;
  negated: boolean;
}

function readValue(node: Node, value: FactValue | undefined): Comparable | null {
  if (value === null || value === undefined) return null;
  switch (node.read) {
    case PLAIN:
      return typeof value === 'object' ? null : value;
    case RANK:
      return typeof value === 'string' && Object.hasOwn(serviceLevelRank, value)
        ? serviceLevelRank[value as keyof typeof serviceLevelRank]
        : null;
    case MONEY:
      return typeof value === 'object' && node.rates !== null
        ? convert(value.amount, value.currency, node.currency, node.rates)
        : null;
  }
}

function compare(op: Op, a: Comparable, b: Comparable | null): boolean {
  switch (op) {
    case EQ:
      return a === b;
    case NEQ:
      return b !== null && a !== b;
    case GT:
      return b !== null && a > b;
    case GTE:
      return b !== null && a >= b;
    case LT:
      return b !== null && a < b;
    default:
      return b !== null && a <= b;
  }
}

function traceValue(node: Node, value: FactValue): unknown {
  const leaf = node.leaf;
  if (value === null || typeof value !== 'object' || leaf?.currency === undefined) return value;
  if (value.currency === leaf.currency) return value;
  const converted = readValue(node, value);
  return {
    ...value,
    converted:
      typeof converted === 'number'
        ? { amount: roundMoney(converted), currency: leaf.currency }
        : null,
  };
}

function record(
  node: Node,
  values: readonly FactValue[],
  result: Tri,
  trace: ConditionTrace[],
): void {
  const leaf = node.leaf as ConditionLeaf;
  const value = leaf.value;
  let expected: unknown = value;
  if (node.refSlot >= 0)
    expected = { fact: (value as { fact: string }).fact, value: values[node.refSlot] ?? null };
  else if (leaf.currency !== undefined) expected = { amount: value, currency: leaf.currency };
  trace.push({
    fact: leaf.fact,
    op: node.negated ? `not ${leaf.op}` : leaf.op,
    expected,
    actual: traceValue(node, values[node.slot] ?? null),
    // Under a `not`, a comparison contributes to a match when it is false.
    result: node.negated ? result === FALSE : result === TRUE,
  });
}

/** One comparison. Kept small (no tracing here) so the JIT inlines it into the group loop. */
function evaluateLeaf(node: Node, values: readonly FactValue[]): Tri {
  const actual = readValue(node, values[node.slot]);
  if (actual === null) return UNKNOWN;
  if (node.members !== null) return node.members.has(actual) === (node.op === IN) ? TRUE : FALSE;
  if (node.refSlot < 0) return compare(node.op, actual, node.constant) ? TRUE : FALSE;
  const other = readValue(node, values[node.refSlot]);
  return other === null ? UNKNOWN : compare(node.op, actual, other) ? TRUE : FALSE;
}

function leaf(node: Node, values: readonly FactValue[], trace: ConditionTrace[] | null): Tri {
  const result = evaluateLeaf(node, values);
  if (trace !== null) record(node, values, result, trace);
  return result;
}

/**
 * Leaves are evaluated by a direct call, which the JIT can inline into this loop; only nested
 * groups recurse. `decisive` is FALSE for `all`, TRUE for `any`: the value that ends the loop.
 */
function evaluateNode(
  node: Node,
  values: readonly FactValue[],
  trace: ConditionTrace[] | null,
): Tri {
  if (node.kind === LEAF) return leaf(node, values, trace);
  if (node.kind === NOT) {
    const value = evaluateNode(node.children[0] as Node, values, trace);
    return value === TRUE ? FALSE : value === FALSE ? TRUE : UNKNOWN;
  }
  const decisive = node.kind === ALL ? FALSE : TRUE;
  let result: Tri = node.kind === ALL ? TRUE : FALSE;
  const children = node.children;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i] as Node;
    const value =
      child.kind === LEAF ? leaf(child, values, trace) : evaluateNode(child, values, trace);
    if (value === decisive) return value;
    if (value === UNKNOWN) result = UNKNOWN;
  }
  return result;
}

const group = (kind: Kind, children: Node[], negated: boolean): Node => ({
  kind,
  children,
  op: EQ,
  slot: -1,
  refSlot: -1,
  read: PLAIN,
  constant: null,
  members: null,
  currency: '',
  rates: null,
  leaf: null,
  negated,
});

/**
 * Money is converted into the leaf's currency, service levels compare by rank in ordered
 * comparisons (express > premium > standard > simple > economy), anything else as is. Facts
 * outside the catalogue (benchmarks) are read as is. The node is built in one literal, every
 * field final, so all nodes share one hidden class.
 */
function readOf(leaf: ConditionLeaf): Read {
  const kind = isConditionFact(leaf.fact) ? conditionFacts[leaf.fact].kind : 'text';
  if (kind === 'money' && leaf.currency !== undefined) return MONEY;
  return kind === 'serviceLevel' && orderedOps.has(leaf.op) ? RANK : PLAIN;
}

/** Whether the comparison reads its fact's value unconverted (what condition-set.ts indexes). */
export const readsFactAsIs = (leaf: ConditionLeaf): boolean => readOf(leaf) === PLAIN;

function compileLeaf(
  leaf: ConditionLeaf,
  rates: CurrencyRates,
  table: FactTable,
  negated: boolean,
): Node {
  const read = readOf(leaf);
  const money = read === MONEY;
  const value = leaf.value;
  const isRef = typeof value === 'object' && !Array.isArray(value);
  let constant: Comparable | null = null;
  if (!isRef && !Array.isArray(value)) {
    constant =
      read === RANK && typeof value === 'string' && Object.hasOwn(serviceLevelRank, value)
        ? serviceLevelRank[value as keyof typeof serviceLevelRank]
        : read === RANK
          ? null
          : value;
  }
  return {
    kind: LEAF,
    children: [],
    op: opCodes[leaf.op],
    slot: table.slotOf(leaf.fact),
    refSlot: isRef ? table.slotOf(value.fact) : -1,
    read,
    constant,
    members: Array.isArray(value) ? new Set<Comparable>(value) : null,
    currency: money ? (leaf.currency ?? '') : '',
    rates: money ? rates : null,
    leaf,
    negated,
  };
}

function compileNode(
  condition: Condition,
  rates: CurrencyRates,
  table: FactTable,
  negated: boolean,
): Node {
  if ('all' in condition)
    return group(
      ALL,
      condition.all.map((c) => compileNode(c, rates, table, negated)),
      negated,
    );
  if ('any' in condition)
    return group(
      ANY,
      condition.any.map((c) => compileNode(c, rates, table, negated)),
      negated,
    );
  if ('not' in condition)
    return group(NOT, [compileNode(condition.not, rates, table, !negated)], negated);
  return compileLeaf(condition, rates, table, negated);
}

/** Compile a tree against a fact table (the policy facts by default); money converts with `rates`. */
export function compileCondition(
  condition: Condition,
  rates: CurrencyRates,
  table: FactTable = conditionFactTable,
): CompiledCondition {
  const root = compileNode(condition, rates, table, false);
  return (values, trace) => evaluateNode(root, values, trace);
}

/** Every fact a tree reads, value references included. */
export function factsRead(node: Condition): Set<string> {
  const out = new Set<string>();
  const visit = (current: Condition): void => {
    if ('all' in current) current.all.forEach(visit);
    else if ('any' in current) current.any.forEach(visit);
    else if ('not' in current) visit(current.not);
    else {
      out.add(current.fact);
      const value = current.value;
      if (typeof value === 'object' && !Array.isArray(value)) out.add(value.fact);
    }
  };
  visit(node);
  return out;
}
