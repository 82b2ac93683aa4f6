/**
 * JSON parsed with the position of every value, so the rules command line can point at
 * `line:column` for an error found at a path like `channels[3].rates.US.bands[1]` (JSON.parse
 * keeps no positions, and its syntax errors give no line in Node 20). The parsing is
 * momoa's (https://github.com/humanwhocodes/momoa, the JSON parser of ESLint's JSON
 * support); JSON.parse still has the last word on what is valid JSON, since momoa lets a raw
 * line break into a string.
 */
import { parse, type AnyNode, type ValueNode } from '@humanwhocodes/momoa';
import type { PathSegment } from '../utils/rules/pack/issues';

export interface Position {
  line: number;
  column: number;
}

export type JsonParse =
  | { ok: true; value: unknown; positionOf: (path: readonly PathSegment[]) => Position }
  | { ok: false; message: string; position: Position };

function positionOf(node: AnyNode, shift: number): Position {
  const { line, column } = node.loc.start;
  return { line, column: line === 1 ? column + shift : column };
}

/**
 * The value of `node`, recording where each path starts: a member at its key (the line a
 * reader looks for), an element at its value. Keys are defined, never assigned, so a
 * "__proto__" key stays a key.
 */
function walk(
  node: ValueNode,
  path: PathSegment[],
  at: Map<string, Position>,
  shift: number,
): unknown {
  if (!at.has(JSON.stringify(path))) at.set(JSON.stringify(path), positionOf(node, shift));
  switch (node.type) {
    case 'Object': {
      const out: Record<string, unknown> = {};
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        at.set(JSON.stringify([...path, key]), positionOf(member.name, shift));
        Object.defineProperty(out, key, {
          value: walk(member.value, [...path, key], at, shift),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'Array':
      return node.elements.map((element, index) =>
        walk(element.value, [...path, index], at, shift),
      );
    case 'Null':
      return null;
    case 'String':
    case 'Number':
    case 'Boolean':
      return node.value;
    default:
      throw new Error(`not JSON: ${node.type}`);
  }
}

function syntaxError(error: unknown): { message: string; position: Position } {
  const { line, column } = error as { line?: unknown; column?: unknown };
  const message = error instanceof Error ? error.message : String(error);
  return {
    // momoa appends the position to its message; we print it in front instead.
    message: message.replace(/\s*\(\d+:\d+\)$/, ''),
    position:
      typeof line === 'number' && typeof column === 'number'
        ? { line, column }
        : { line: 1, column: 1 },
  };
}

export function parseJsonWithPositions(input: string): JsonParse {
  // A byte-order mark is not JSON, but editors on Windows write one; columns on line 1 count it.
  const shift = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = input.slice(shift);
  let body: ValueNode;
  try {
    body = parse(text, { mode: 'json' }).body;
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, message: 'nested too deeply to read', position: { line: 1, column: 1 } };
    }
    const found = syntaxError(error);
    return { ok: false, message: found.message, position: found.position };
  }
  try {
    JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      position: positionOf(body, shift),
    };
  }
  const at = new Map<string, Position>();
  let value: unknown;
  try {
    value = walk(body, [], at, shift);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, message: 'nested too deeply to read', position: { line: 1, column: 1 } };
  }
  return {
    ok: true,
    value,
    // The nearest existing ancestor answers for a path that is not in the file (a missing key).
    positionOf: (path) => {
      for (let length = path.length; length >= 0; length -= 1) {
        const position = at.get(JSON.stringify(path.slice(0, length)));
        if (position !== undefined) return position;
      }
      return { line: 1, column: 1 };
    },
  };
}
