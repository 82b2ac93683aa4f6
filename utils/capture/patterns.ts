/**
 * Buyer data recognised by its form wherever it appears in a page's text: e-mail addresses
 * and phone numbers. Order ids and tracking numbers (the `keep` list) are never touched,
 * although some of them look like phone numbers ("111-4820913-5627405").
 */
import { maskPhone, maskShape } from './shape';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/**
 * International numbers written with their calling code (+1 217-555-0143, +33 6 55 01 23 47,
 * +86 138 0013 8000): 7 to 15 digits (ITU-T E.164), spaces, dots, dashes and brackets between.
 */
const INTERNATIONAL = /\+\d{1,3}(?:[\s.()-]{0,3}\d){6,14}/gu;
/** North American numbers without the calling code: (217) 555-0143, 217-555-0143, 217.555.0143. */
const NORTH_AMERICAN = /(?<![\d-])(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\d-])/gu;

interface Span {
  start: number;
  end: number;
  mask: (text: string) => string;
}

function spansOf(text: string, pattern: RegExp, mask: Span['mask']): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    mask,
  }));
}

/** Where the kept tokens are in `text`. */
function keptRanges(text: string, keep: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const token of keep) {
    if (!token) continue;
    for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
      ranges.push([at, at + token.length]);
    }
  }
  return ranges;
}

/** `text` with every e-mail address and phone number masked, kept tokens untouched. */
export function maskPatterns(text: string, keep: readonly string[]): string {
  if (!/[@\d]/u.test(text)) return text;
  const kept = keptRanges(text, keep);
  const spans = [
    ...spansOf(text, EMAIL, maskShape),
    ...spansOf(text, INTERNATIONAL, maskPhone),
    ...spansOf(text, NORTH_AMERICAN, maskShape),
  ]
    .filter((span) => !kept.some(([start, end]) => span.start < end && start < span.end))
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlaps one already masked (an e-mail holding digits)
    out += text.slice(at, span.start) + span.mask(text.slice(span.start, span.end));
    at = span.end;
  }
  return out + text.slice(at);
}
