/**
 * A small JSON parser that remembers where every value starts, so the rules command line can
 * point at `line:column` for an error found at a path like `channels[3].rates.US.bands[1]`
 * (JSON.parse keeps no positions, and its syntax errors give no line in Node 20).
 */
import type { PathSegment } from '../utils/rules/pack/issues';

export interface Position {
  line: number;
  column: number;
}

export type JsonParse =
  | { ok: true; value: unknown; positionOf: (path: readonly PathSegment[]) => Position }
  | { ok: false; message: string; position: Position };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function toPosition(starts: readonly number[], index: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= index) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: index - (starts[low] ?? 0) + 1 };
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Recursive descent over the text; `at` maps each path (as JSON) to the index of its value or member key. */
class Parser {
  private index = 0;
  readonly at = new Map<string, number>();

  constructor(private readonly text: string) {}

  parseDocument(): unknown {
    if (this.text.charCodeAt(0) === 0xfeff) this.index = 1;
    const value = this.value([]);
    this.skipSpace();
    if (this.index < this.text.length) this.fail('unexpected text after the JSON value');
    return value;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.index);
  }

  private skipSpace(): void {
    while (this.index < this.text.length && ' \t\n\r'.includes(this.text[this.index] ?? ''))
      this.index += 1;
  }

  private describeNext(): string {
    const next = this.text[this.index];
    return next === undefined ? 'end of input' : `"${next}"`;
  }

  private value(path: PathSegment[]): unknown {
    this.skipSpace();
    if (!this.at.has(JSON.stringify(path))) this.at.set(JSON.stringify(path), this.index);
    const next = this.text[this.index];
    if (next === '{') return this.object(path);
    if (next === '[') return this.array(path);
    if (next === '"') return this.string();
    for (const [word, literal] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length;
        return literal;
      }
    }
    numberPattern.lastIndex = this.index;
    const number = numberPattern.exec(this.text);
    if (number !== null) {
      this.index += number[0].length;
      return Number(number[0]);
    }
    return this.fail(`unexpected ${this.describeNext()}: expected a value`);
  }

  private string(): string {
    const start = this.index;
    this.index += 1;
    while (this.index < this.text.length) {
      const char = this.text[this.index];
      if (char === '"') {
        this.index += 1;
        try {
          return JSON.parse(this.text.slice(start, this.index)) as string;
        } catch {
          this.index = start;
          return this.fail('invalid string (bad escape or control character)');
        }
      }
      if (char === '\n') return this.fail('unterminated string');
      this.index += char === '\\' ? 2 : 1;
    }
    return this.fail('unterminated string');
  }

  private expect(char: string, what: string): void {
    this.skipSpace();
    if (this.text[this.index] !== char)
      this.fail(`unexpected ${this.describeNext()}: expected ${what}`);
    this.index += 1;
  }

  private object(path: PathSegment[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.index += 1;
    this.skipSpace();
    if (this.text[this.index] === '}') {
      this.index += 1;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.index] !== '"')
        this.fail(`unexpected ${this.describeNext()}: expected a property name in double quotes`);
      const keyIndex = this.index;
      const key = this.string();
      // A member's position is its key: that is the line a reader looks for.
      this.at.set(JSON.stringify([...path, key]), keyIndex);
      this.expect(':', '":"');
      Object.defineProperty(out, key, {
        value: this.value([...path, key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipSpace();
      if (this.text[this.index] === ',') {
        this.index += 1;
        continue;
      }
      this.expect('}', '"," or "}"');
      return out;
    }
  }

  private array(path: PathSegment[]): unknown[] {
    const out: unknown[] = [];
    this.index += 1;
    this.skipSpace();
    if (this.text[this.index] === ']') {
      this.index += 1;
      return out;
    }
    for (;;) {
      out.push(this.value([...path, out.length]));
      this.skipSpace();
      if (this.text[this.index] === ',') {
        this.index += 1;
        continue;
      }
      this.expect(']', '"," or "]"');
      return out;
    }
  }
}

export function parseJsonWithPositions(text: string): JsonParse {
  const parser = new Parser(text);
  const starts = lineStarts(text);
  try {
    const value = parser.parseDocument();
    return {
      ok: true,
      value,
      // The nearest existing ancestor answers for a path that is not in the file (a missing key).
      positionOf: (path) => {
        for (let length = path.length; length >= 0; length -= 1) {
          const index = parser.at.get(JSON.stringify(path.slice(0, length)));
          if (index !== undefined) return toPosition(starts, index);
        }
        return { line: 1, column: 1 };
      },
    };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, message: error.message, position: toPosition(starts, error.index) };
  }
}
