/**
 * Same-shape placeholders for buyer data in a captured page: every letter becomes a letter
 * and every digit a digit, in place, so an extractor still sees "a name", "a street line with
 * a house number", "a five-digit postcode", while the words themselves are gone. The mapping
 * is constant (not a cipher): nothing of the original can be read back.
 */
import { countryCode } from '../parse/country';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Letters of scripts without case (Chinese, Japanese kana, Korean…) become one CJK letter. */
const CASELESS = '某';

/** Letters → `X` / `x` / `某`, digits → `0`; spaces, punctuation and mask stars stay. */
export function maskShape(text: string): string {
  return text.replace(/[\p{L}\p{Nd}]/gu, (char) => {
    if (/\p{Nd}/u.test(char)) return '0';
    if (UPPER.test(char)) return 'X';
    if (LOWER.test(char)) return 'x';
    return CASELESS;
  });
}

/**
 * A phone number: its country calling code stays ("+34 …" tells which country the parcel
 * goes to, and says nothing about the buyer); the rest is masked.
 */
export function maskPhone(text: string): string {
  const code = /^(\s*\+\d{1,3})(?=\D)/u.exec(text)?.[1] ?? '';
  return code + maskShape(text.slice(code.length));
}

/** The separators of an address's parts: commas (also full-width), line breaks, semicolons. */
const PARTS = /([,，\n;；|]+)/u;

/**
 * Part of an address or of any buyer text: a part that is a country name ("France",
 * "United States (view)", "西班牙") stays, as the destination is what ShipLens reads from the
 * address; every other part is masked. Two-letter parts are masked: they are states ("IL").
 */
export function maskAddress(text: string): string {
  return text
    .split(PARTS)
    .map((part, index) => (index % 2 === 1 || isCountryName(part) ? part : maskShape(part)))
    .join('');
}

function isCountryName(part: string): boolean {
  const trimmed = part.trim();
  if (trimmed.length <= 2 || /\d/u.test(trimmed)) return false;
  return countryCode(trimmed) !== null;
}

/** A phone number as a value of its own: "+1 614-555-0148", "+1 217-555-0143 ext. 40219", "+34 6** *** *17". */
const WHOLE_PHONE = /^\s*\+\d{1,3}[\s\d().*-]+(?:\p{L}+\.?\s*\d+)?\s*$/u;

/** The text of a known buyer value: a phone keeps its calling code, an address its country. */
export function maskBuyerText(text: string): string {
  return WHOLE_PHONE.test(text) ? maskPhone(text) : maskAddress(text);
}
