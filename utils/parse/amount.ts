/**
 * Turns the digits of a money amount into a number, deciding which of "." and "," is the
 * decimal separator. Rules, in order:
 *
 * 1. Spaces and apostrophes only ever group thousands ("1 234,56", "1'234.50").
 * 2. Both "." and "," present: the LAST one is the decimal separator ("1.234,56", "1,234.56").
 * 3. One kind, several times: thousands ("1.234.567"); the groups must then be 3 digits.
 * 4. One kind, once:
 *    - followed by 1, 2 or 4+ digits: decimal ("12,50", "5.9");
 *    - followed by exactly 3 digits ("1.234", "1,234"): thousands — unless the currency has
 *      three minor units (KWD 1.234) or the integer part is 0 ("0,500"), or rule 1 already
 *      supplied a thousands separator ("1 234,567"), in which case decimal.
 *    For a two-decimal currency three decimals never appear on a price, so thousands is the
 *    only sensible reading; for zero-decimal currencies (JPY) it is the only possible one.
 *
 * Returns null when the grouping is malformed ("1,23,4", "1.234.56", "12.34,56").
 */
export function parseAmount(raw: string, minorUnits: number): number | null {
  const hadOtherGrouping = /[\s'’]/u.test(raw);
  const text = raw.replace(/[\s'’]/gu, '');
  if (!/^\d+(?:[.,]\d+)*$/u.test(text)) return null;

  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot === -1 && lastComma === -1) return Number(text);

  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const [intPart, fracPart] = splitAt(text, Math.max(lastDot, lastComma));
    // The decimal separator may appear only once, and only after the grouping.
    if (intPart.includes(decimal)) return null;
    const groups = intPart.split(decimal === '.' ? ',' : '.');
    return validGrouping(groups) ? toNumber(groups.join(''), fracPart) : null;
  }

  const sep = lastDot !== -1 ? '.' : ',';
  const groups = text.split(sep);
  if (groups.length > 2) {
    return validGrouping(groups) ? Number(groups.join('')) : null;
  }

  const [intPart, fracPart] = splitAt(text, text.indexOf(sep));
  const threeDigitsAfter = fracPart.length === 3;
  const decimalAnyway = minorUnits === 3 || /^0+$/u.test(intPart) || hadOtherGrouping;
  if (threeDigitsAfter && !decimalAnyway) return Number(intPart + fracPart);
  return toNumber(intPart, fracPart);
}

function splitAt(text: string, index: number): [string, string] {
  return [text.slice(0, index), text.slice(index + 1)];
}

/**
 * Thousands groups as written: western "1,234,567" (1–3 digits, then threes) or Indian
 * "12,34,567" (1–2 digits, then twos, then a final three). Anything else is not a number
 * a console prints, so it is refused rather than guessed.
 */
function validGrouping(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length === 0) return false;
  const last = rest.at(-1);
  if (last === undefined) return true;
  const western = first.length <= 3 && rest.every((g) => g.length === 3);
  const indian =
    first.length <= 2 && last.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
  return western || indian;
}

function toNumber(intPart: string, fracPart: string): number {
  return Number(`${intPart}.${fracPart}`);
}
