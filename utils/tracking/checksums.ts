import type { Checksum, ChecksumName, ChecksumParams } from './schema';

/**
 * Check-digit algorithms, by the names jkeen/tracking_number_data uses
 * (CHECKSUM_ALGORITHMS.md at b79ce4b). Written from the descriptions there; each takes the serial
 * and the check character as printed and returns whether they agree. A non-digit check
 * character never agrees.
 */

type Algorithm<N extends ChecksumName> = (
  serial: string,
  check: string,
  params: ChecksumParams<N>,
) => boolean;

/** The check character as a number, or NaN when it is not a single digit. */
function checkValue(check: string): number {
  const digit = check.length === 1 ? check.charCodeAt(0) - 48 : -1;
  return digit >= 0 && digit <= 9 ? digit : Number.NaN;
}

/**
 * Σ digit × weight over a digit-only serial as long as the weights; NaN otherwise. A loop over
 * char codes, because the scanner calls this for every candidate token of a page.
 */
function weightedSum(serial: string, weights: readonly number[]): number {
  if (serial.length !== weights.length) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < serial.length; i++) {
    const digit = serial.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    sum += digit * (weights[i] ?? 0);
  }
  return sum;
}

/**
 * UPU S10 (13-character postal items): weights 8,6,4,2,3,5,9,7 over the 8-digit serial,
 * C = 11 − (S mod 11), then 10 → 0 and 11 → 5. Example: 47312482 → S = 200 → C = 9.
 * Source: UPU S10 standard as summarised in https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/S10_(UPU_standard)
 */
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];
export const s10: Algorithm<'s10'> = (serial, check) => {
  const sum = weightedSum(serial, S10_WEIGHTS);
  if (Number.isNaN(sum)) return false;
  const c = 11 - (sum % 11);
  const expected = c === 10 ? 0 : c === 11 ? 5 : c;
  return expected === checkValue(check);
};

/**
 * Mod 10 with a multiplier per position parity (0-based, optionally counted from the end).
 * Letters count as (char code − 3) mod 10, so A = 2, B = 3 … as UPS 1Z numbers need.
 * Check = (10 − Σ mod 10) mod 10. Used by UPS (odds × 2), FedEx Ground (odds × 3),
 * USPS 20 / IMpb (evens × 3).
 */
export const mod10: Algorithm<'mod10'> = (serial, check, params) => {
  let sum = 0;
  for (let i = 0; i < serial.length; i++) {
    const code = serial.charCodeAt(params.reverse ? serial.length - 1 - i : i);
    const isDigit = code >= 48 && code <= 57;
    if (!isDigit && !(code >= 65 && code <= 90)) return false;
    const value = isDigit ? code - 48 : (code - 3) % 10;
    sum += value * (i % 2 === 0 ? params.evensMultiplier : params.oddsMultiplier);
  }
  return (10 - (sum % 10)) % 10 === checkValue(check);
};

/**
 * Σ digit × weight, then (Σ mod modulo1) mod modulo2. FedEx Express 12: weights
 * [3,1,7,3,1,7,3,1,7,3,1], mod 11 then mod 10.
 */
export const sumProductWithWeightingsAndModulo: Algorithm<
  'sum_product_with_weightings_and_modulo'
> = (serial, check, params) => {
  const sum = weightedSum(serial, params.weightings);
  return !Number.isNaN(sum) && (sum % params.modulo1) % params.modulo2 === checkValue(check);
};

/**
 * DHL Express waybills: the check digit is the serial modulo 7 (e.g. 331881002 | 5).
 * Computed digit by digit so any length stays exact.
 */
export const mod7: Algorithm<'mod7'> = (serial, check) => {
  if (serial.length === 0) return false;
  let remainder = 0;
  for (let i = 0; i < serial.length; i++) {
    const digit = serial.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    remainder = (remainder * 10 + digit) % 7;
  }
  return remainder === checkValue(check);
};

/**
 * Luhn (ISO/IEC 7812): from the digit next to the check digit leftwards, every other digit is
 * doubled (9 subtracted when that exceeds 9); check = (10 − Σ mod 10) mod 10. Purolator and Old
 * Dominion (jkeen/tracking_number_data couriers/purolator.json, old_dominion.json).
 */
export const luhn: Algorithm<'luhn'> = (serial, check) => {
  let sum = 0;
  for (let i = 0; i < serial.length; i++) {
    const digit = serial.charCodeAt(serial.length - 1 - i) - 48;
    if (digit < 0 || digit > 9) return false;
    const value = i % 2 === 0 ? digit * 2 : digit;
    sum += value > 9 ? value - 9 : value;
  }
  return serial.length > 0 && (10 - (sum % 10)) % 10 === checkValue(check);
};

/** 0–9 as 0–9 and A–Z as 10–35; −1 for anything else. */
function base36Value(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/**
 * ISO/IEC 7064 MOD 37,36 (hybrid system, M = 36): p starts at M; for each character
 * p = ((p + value) mod M, with 0 read as M) × 2 mod (M + 1); the check character has the value
 * (M + 1 − p) mod M. DPD parcel barcodes (jkeen/tracking_number_data couriers/dpd.json; the
 * algorithm as ISO/IEC 7064 defines it, https://en.wikipedia.org/wiki/ISO/IEC_7064).
 */
export const mod37_36: Algorithm<'mod_37_36'> = (serial, check) => {
  const M = 36;
  let p = M;
  for (let i = 0; i < serial.length; i++) {
    const value = base36Value(serial.charCodeAt(i));
    if (value < 0) return false;
    p = (p + value) % M || M;
    p = (p * 2) % (M + 1);
  }
  const expected = (M + 1 - p) % M;
  return serial.length > 0 && check.length === 1 && base36Value(check.charCodeAt(0)) === expected;
};

/** Runs the algorithm a format's data names, with that format's parameters. */
export function verifyChecksum(checksum: Checksum, serial: string, check: string): boolean {
  // Switching on the discriminant pairs each algorithm with its own parameter shape.
  switch (checksum.name) {
    case 's10':
      return s10(serial, check, checksum);
    case 'mod10':
      return mod10(serial, check, checksum);
    case 'sum_product_with_weightings_and_modulo':
      return sumProductWithWeightingsAndModulo(serial, check, checksum);
    case 'mod7':
      return mod7(serial, check, checksum);
    case 'luhn':
      return luhn(serial, check, checksum);
    case 'mod_37_36':
      return mod37_36(serial, check, checksum);
  }
}
