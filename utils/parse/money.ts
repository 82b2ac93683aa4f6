import type { Money } from '../order-facts';
import { CURRENCY_TOKENS, currencyOfToken, minorUnits } from './currencies';
import { parseAmount } from './amount';

/**
 * Reads one money amount from console text: "US $1,234.56", "12,50 €", "EUR 1.234,56",
 * "R$ 49,90", "¥1,234", "1.234 kr", "Total: CA$12.00 (2 items)".
 *
 * Currency: an explicit code or unambiguous symbol wins ("CA$", "CN¥", "€", "GBP"). The
 * shared symbols follow `fallbackCurrency` when it belongs to the symbol's family ("$" is CAD
 * when the fallback is CAD, "¥" is CNY when it is CNY, "kr" is NOK when it is NOK) and
 * otherwise default to USD / JPY / SEK. With no currency in the text, `fallbackCurrency` is
 * used; without it the result is null, because an amount of unknown currency is not Money.
 *
 * Separators: see `parseAmount` — notably a lone "." or "," followed by exactly three digits
 * ("1.234 kr", "$1,234") is a thousands separator, because no console shows three decimals
 * for a two-decimal currency; only currencies with three minor units (KWD, BHD…) read it as
 * decimals.
 *
 * Signs: a leading "-", "−" or surrounding parentheses (discounts, refunds) are IGNORED —
 * the result is the magnitude, since `Money.amount` is non-negative; the caller knows from
 * the label whether the amount is a discount.
 *
 * Returns null when the text holds no number, or no currency and no fallback.
 */
export function parseMoney(text: string, fallbackCurrency?: string): Money | null {
  const normalized = normalizeText(text);
  const fallback = validCode(fallbackCurrency);

  const token = findCurrencyToken(normalized, fallback);
  const currency = token ? token.currency : fallback;
  if (!currency) return null;

  const numberText = token
    ? numberNear(normalized, token.start, token.end)
    : firstNumber(normalized, 0);
  if (numberText === null) return null;

  const amount = parseAmount(numberText, minorUnits(currency));
  if (amount === null) return null;
  return { amount, currency };
}

/** The fallback as an ISO code, or undefined: a bad fallback must not leak into Money. */
function validCode(code: string | undefined): string | undefined {
  const upper = code?.trim().toUpperCase();
  return upper !== undefined && /^[A-Z]{3}$/u.test(upper) ? upper : undefined;
}

/** NFKC folds full-width "￥１，２３４" into "¥1,234"; odd spaces become plain ones. */
function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/[\u00a0\u2007\u202f\u2009]/g, ' ');
}

interface TokenMatch {
  currency: string;
  start: number;
  end: number;
}

const LATIN = /\p{Script=Latin}/u;

let tokenRegex: RegExp | undefined;

/**
 * Leftmost currency token; at one position the longest wins ("CA$" over "A$" over "$").
 * Latin-letter tokens must not touch other Latin letters: "USD" in "USDT", "Kr" in "Kraft"
 * are not currencies.
 */
function findCurrencyToken(text: string, fallback: string | undefined): TokenMatch | null {
  tokenRegex ??= buildTokenRegex();
  tokenRegex.lastIndex = 0;
  for (let m = tokenRegex.exec(text); m !== null; m = tokenRegex.exec(text)) {
    const found = m[1] ?? '';
    const currency = currencyOfToken(found.replace(/\s+/gu, ''), fallback);
    if (currency !== undefined) return { currency, start: m.index, end: m.index + found.length };
  }
  return null;
}

function buildTokenRegex(): RegExp {
  const tokens = [...CURRENCY_TOKENS].sort((a, b) => b.length - a.length);
  const alternatives = tokens.map((token) => {
    const chars = [...token];
    // "US$" also matches "US $" and "C $": consoles put a space between prefix and symbol.
    const escaped = chars
      .map((ch, i) => {
        const next = chars[i + 1];
        const gap = next !== undefined && LATIN.test(ch) && !LATIN.test(next) ? '\\s?' : '';
        return ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&') + gap;
      })
      .join('');
    // Only Latin words need edges: Chinese has no spaces, "共计人民币88元起" must still match.
    const before = LATIN.test(chars[0] ?? '') ? '(?<!\\p{Script=Latin})' : '';
    const after = LATIN.test(chars.at(-1) ?? '') ? '(?!\\p{Script=Latin})' : '';
    return `${before}${escaped}${after}`;
  });
  // The capture is looked up again with spaces removed: map keys never contain spaces.
  return new RegExp(`(${alternatives.join('|')})`, 'gu');
}

/**
 * Digits with grouping: "1,234.56", "1.234,56", "1 234,56", "1'234.50". A space only groups
 * when exactly three digits follow, so "2 x 5.99" is not read as 25.99.
 */
const NUMBER = /\d+(?:[.,'’]\d+|\s\d{3}(?!\d))*/gu;

function firstNumber(text: string, from: number): string | null {
  NUMBER.lastIndex = from;
  const m = NUMBER.exec(text);
  return m ? m[0] : null;
}

/**
 * The number belonging to the currency token: right after it ("US $ 5.99", "$-5.99"), else
 * right before it ("12,50 €"), else the first one after it ("USD: total 5.99"), else the first
 * anywhere ("5.99 (USD)").
 */
function numberNear(text: string, start: number, end: number): string | null {
  const after = /^[\s:\-−–(+]*(\d)/u.exec(text.slice(end));
  if (after) return firstNumber(text, end);

  const before = /(\d+(?:[.,'’]\d+|\s\d{3}(?!\d))*)[\s)\-−–]*$/u.exec(text.slice(0, start));
  if (before?.[1] !== undefined) return before[1];

  return firstNumber(text, end) ?? firstNumber(text, 0);
}
