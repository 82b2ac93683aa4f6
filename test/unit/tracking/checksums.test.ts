import { describe, expect, it } from 'vitest';
import {
  mod10,
  mod7,
  s10,
  sumProductWithWeightingsAndModulo,
  verifyChecksum,
} from '../../../utils/tracking/checksums';

// Worked examples: the UPU S10 text (docs/policies.md, check digits) and jkeen/tracking_number_data test numbers.

describe('s10 (UPU S10, weights 8,6,4,2,3,5,9,7, mod 11)', () => {
  it('47312482 → S = 200, 200 mod 11 = 2, check 11 − 2 = 9', () => {
    expect(s10('47312482', '9', {})).toBe(true);
    expect(s10('47312482', '8', {})).toBe(false);
  });
  it('a computed 10 becomes 0 (00000012: S = 23, remainder 1)', () => {
    expect(s10('00000012', '0', {})).toBe(true);
  });
  it('a computed 11 becomes 5 (00100001: S = 11, remainder 0; and 00000000)', () => {
    expect(s10('00100001', '5', {})).toBe(true);
    expect(s10('00000000', '5', {})).toBe(true);
  });
  it('RB 12345678 5 GB (jkeen s10.json)', () => {
    expect(s10('12345678', '5', {})).toBe(true);
  });
  it('rejects serials that are not 8 digits, and check characters that are not a digit', () => {
    expect(s10('1234567', '5', {})).toBe(false);
    expect(s10('1234567A', '5', {})).toBe(false);
    expect(s10('12345678', 'X', {})).toBe(false);
  });
});

describe('mod10', () => {
  const ups = { evensMultiplier: 1, oddsMultiplier: 2, reverse: false };
  it('UPS 1Z5R89390357567127: letters count as (code − 3) mod 10, odd positions × 2', () => {
    // R → (82 − 3) mod 10 = 9
    expect(mod10('5R8939035756712', '7', ups)).toBe(true);
    expect(mod10('5R8939035756712', '6', ups)).toBe(false);
  });
  it('UPS waybill K 150623562 | 0 checks the digits only', () => {
    expect(mod10('150623562', '0', ups)).toBe(true);
  });
  it('USPS 20 03071790000523483741: even positions × 3', () => {
    expect(
      mod10('0307179000052348374', '1', { evensMultiplier: 3, oddsMultiplier: 1, reverse: false }),
    ).toBe(true);
  });
  it('USPS IMpb N counts positions from the end (reverse)', () => {
    const params = { evensMultiplier: 3, oddsMultiplier: 1, reverse: true };
    expect(mod10('940011120620640626078', '7', params)).toBe(true);
    expect(mod10('940011120620640626078', '8', params)).toBe(false);
  });
  it('reverse changes the result for an even-length serial', () => {
    const forward = { evensMultiplier: 3, oddsMultiplier: 1, reverse: false };
    const backward = { ...forward, reverse: true };
    // 12: forward 1×3 + 2×1 = 5 → 5; backward 2×3 + 1×1 = 7 → 3
    expect(mod10('12', '5', forward)).toBe(true);
    expect(mod10('12', '3', backward)).toBe(true);
  });
  it('FedEx Ground 041441760228964: odd positions × 3', () => {
    expect(
      mod10('04144176022896', '4', { evensMultiplier: 1, oddsMultiplier: 3, reverse: false }),
    ).toBe(true);
  });
  it('rejects characters outside A–Z and 0–9', () => {
    expect(mod10('5r8939035756712', '7', ups)).toBe(false);
  });
});

describe('sum_product_with_weightings_and_modulo', () => {
  const fedex12 = { weightings: [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1], modulo1: 11, modulo2: 10 };
  it('FedEx Express 986578788855: Σ = 269, 269 mod 11 = 5, 5 mod 10 = 5', () => {
    expect(sumProductWithWeightingsAndModulo('98657878885', '5', fedex12)).toBe(true);
    expect(sumProductWithWeightingsAndModulo('99657878885', '5', fedex12)).toBe(false);
  });
  it('needs exactly one digit per weight', () => {
    expect(sumProductWithWeightingsAndModulo('9865787888', '5', fedex12)).toBe(false);
    expect(sumProductWithWeightingsAndModulo('9865787888A', '5', fedex12)).toBe(false);
  });
});

describe('mod7 (DHL Express)', () => {
  it('331881002 | 5: 331881002 mod 7 = 5', () => {
    expect(mod7('331881002', '5', {})).toBe(true);
    expect(mod7('331881002', '6', {})).toBe(false);
  });
  it('works digit by digit for the 11-digit form (7389105114 | 6)', () => {
    expect(mod7('7389105114', '6', {})).toBe(true);
  });
  it('a remainder is 0–6, so 7, 8 and 9 never check', () => {
    expect(['7', '8', '9'].some((check) => mod7('331881002', check, {}))).toBe(false);
  });
});

describe('verifyChecksum', () => {
  it('dispatches on the name and passes the parameters from the data', () => {
    expect(verifyChecksum({ name: 's10' }, '47312482', '9')).toBe(true);
    expect(verifyChecksum({ name: 'mod7' }, '331881002', '5')).toBe(true);
    expect(
      verifyChecksum(
        { name: 'mod10', evensMultiplier: 1, oddsMultiplier: 2, reverse: false },
        '5R8939035756712',
        '7',
      ),
    ).toBe(true);
    expect(
      verifyChecksum(
        {
          name: 'sum_product_with_weightings_and_modulo',
          weightings: [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1],
          modulo1: 11,
          modulo2: 10,
        },
        '98657878885',
        '5',
      ),
    ).toBe(true);
  });
});
