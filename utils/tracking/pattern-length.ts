/**
 * The shortest and longest string a format's pattern can match, read from the pattern itself,
 * so that detect.ts only tries the formats a token's length allows. A page holds thousands of
 * 10–24-character tokens (phone numbers, order and item ids, hex ids); most formats cannot
 * have that length, and running them anyway was most of the cost of scanning a page.
 *
 * Handles the regular-expression subset carriers.ts uses: literals, escapes, classes, groups
 * (capturing, named, non-capturing), alternation, look-arounds (zero width), anchors and the
 * quantifiers ? * + {n} {n,} {n,m}. Anything else (a back-reference) throws, so a format added
 * with a construct this does not understand fails its test rather than being skipped.
 */
export interface LengthRange {
  min: number;
  /** Infinity when unbounded (`*`, `+`, `{n,}`). */
  max: number;
}

const ZERO: LengthRange = { min: 0, max: 0 };
const ONE: LengthRange = { min: 1, max: 1 };

export function patternLength(source: string): LengthRange {
  let at = 0;

  const fail = (what: string): never => {
    throw new Error(`patternLength: ${what} at ${at} in /${source}/`);
  };

  function alternation(): LengthRange {
    let range = sequence();
    while (source[at] === '|') {
      at += 1;
      const next = sequence();
      range = { min: Math.min(range.min, next.min), max: Math.max(range.max, next.max) };
    }
    return range;
  }

  function sequence(): LengthRange {
    const range = { min: 0, max: 0 };
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const item = quantified(atom());
      range.min += item.min;
      range.max += item.max;
    }
    return range;
  }

  function group(): LengthRange {
    at += 1; // (
    let zeroWidth = false;
    if (source[at] === '?') {
      const kind = source.slice(at, at + 3);
      if (kind.startsWith('?:')) at += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) [at, zeroWidth] = [at + 2, true];
      else if (kind === '?<=' || kind === '?<!') [at, zeroWidth] = [at + 3, true];
      else if (kind.startsWith('?<')) {
        const close = source.indexOf('>', at);
        if (close < 0) fail('unterminated group name');
        at = close + 1;
      } else fail('unsupported group');
    }
    const inner = alternation();
    if (source[at] !== ')') fail('missing )');
    at += 1;
    return zeroWidth ? ZERO : inner;
  }

  function atom(): LengthRange {
    const char = source[at];
    if (char === '^' || char === '$') {
      at += 1;
      if (/[*+?{]/.test(source[at] ?? '')) fail('nothing to repeat');
      return ZERO;
    }
    if (char === '(') return group();
    if (char === '[') {
      for (at += 1; at < source.length && source[at] !== ']'; at += 1)
        if (source[at] === '\\') at += 1;
      if (source[at] !== ']') fail('unterminated class');
      at += 1;
      return ONE;
    }
    if (char === '\\') {
      const escaped = source[at + 1] ?? fail('dangling escape');
      if (/[1-9k]/.test(escaped)) fail('back-reference');
      if (/[bB]/.test(escaped)) fail('word boundary');
      at += 2;
      return ONE;
    }
    if (char === '*' || char === '+' || char === '?' || char === '{') fail('nothing to repeat');
    at += 1;
    return ONE;
  }

  function quantified(item: LengthRange): LengthRange {
    const char = source[at];
    let low = 1;
    let high = 1;
    if (char === '?') [low, high] = [0, 1];
    else if (char === '*') [low, high] = [0, Infinity];
    else if (char === '+') [low, high] = [1, Infinity];
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (!match) fail('bad {…} quantifier');
      low = Number(match?.[1]);
      high = match?.[2] === undefined ? low : match[3] ? Number(match[3]) : Infinity;
      at += (match?.[0].length ?? 1) - 1;
    } else return item;
    at += 1;
    if (source[at] === '?') at += 1; // lazy: same lengths
    return { min: item.min * low, max: item.max === 0 ? 0 : item.max * high };
  }

  const range = alternation();
  if (at !== source.length) fail('unbalanced )');
  return range;
}
