import { describe, expect, it } from 'vitest';
import {
  CARRIER_ALIASES,
  FORMAT_COLLISIONS,
  TRACKING_FORMATS,
} from '../../../utils/tracking/carriers';
import { candidatesForToken, detectTracking } from '../../../utils/tracking/detect';
import { MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH } from '../../../utils/tracking/scan';
import { S10_COUNTRY_CODES } from '../../../utils/tracking/s10-countries';
import { TrackingFormatSchema } from '../../../utils/tracking/schema';
import { COLLISION_EXAMPLES, evidenceOf } from '../../fixtures/tracking/formats';

// Table tests generated from the data (docs/decisions.md#tracking-formats-as-data): every
// format's test numbers (test-side, keyed by format id), its check digit mutated, and a check
// that formats only overlap where FORMAT_COLLISIONS says so.

const idsFor = (token: string): string[] => candidatesForToken(token).map((c) => c.format.id);
const pairKey = (a: string, b: string): string => [a, b].sort().join(' + ');
const listedPairs = new Set(FORMAT_COLLISIONS.map((c) => pairKey(...c.formats)));

describe.each(TRACKING_FORMATS.map((format) => [format.id, format] as const))('%s', (_, format) => {
  const { valid, invalid } = evidenceOf(format.id);
  it.each(valid)('recognises valid %s as this format', (number) => {
    // Hints as a console would give them for this carrier: its own name in the carrier field.
    expect(detectTracking(number, { carrier: format.carrier })?.formatId).toBe(format.id);
  });

  it.each(valid)('%s matches no other format unless listed', (number) => {
    const others = idsFor(number).filter((id) => id !== format.id);
    for (const other of others) expect(listedPairs).toContain(pairKey(format.id, other));
  });

  it.each(invalid)('rejects invalid %s', (number) => {
    expect(idsFor(number)).not.toContain(format.id);
  });

  if (format.checksum) {
    // The Ruby implementation of the data set does the same (spec/implementation_spec.rb).
    const withIndices = new RegExp(format.pattern, 'd');
    it.each(valid)('rejects %s with each other check digit', (number) => {
      const at = withIndices.exec(number)?.indices?.groups?.['CheckDigit']?.[0];
      expect(at).toBeTypeOf('number');
      const position = at ?? 0;
      const original = number[position];
      const mutants = [...'0123456789']
        .filter((digit) => digit !== original)
        .map((digit) => number.slice(0, position) + digit + number.slice(position + 1));
      expect(mutants.length).toBeGreaterThanOrEqual(9);
      for (const mutant of mutants) expect(idsFor(mutant), mutant).not.toContain(format.id);
    });
  }
});

describe('the data', () => {
  it('passes its schema (also checked when carriers.ts loads)', () => {
    for (const format of TRACKING_FORMATS) TrackingFormatSchema.parse(format);
  });

  it('keeps every test number within the token lengths the scanner looks at', () => {
    for (const format of TRACKING_FORMATS) {
      for (const number of evidenceOf(format.id).valid) {
        expect(number.length).toBeGreaterThanOrEqual(MIN_TOKEN_LENGTH);
        expect(number.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
      }
    }
  });

  it('covers the carriers the issue asks for', () => {
    const carriers = new Set(TRACKING_FORMATS.map((format) => format.carrierId));
    for (const id of [
      'upu-post',
      'china-post',
      'yanwen',
      'yunexpress',
      'cainiao',
      '4px',
      'speedpak',
      'ups',
      'fedex',
      'dhl',
      'usps',
      'amazon',
      'canada-post',
      'purolator',
      'canpar',
      'dpd',
      'yodel',
      'evri',
      'parcelforce',
      'gofo',
      'ontrac',
      'lasership',
      'landmark',
      'old-dominion',
      'speedee',
    ]) {
      expect(carriers).toContain(id);
    }
  });

  it('lists the ISO 3166-1 codes for S10, once each', () => {
    const codes = S10_COUNTRY_CODES;
    expect(codes.length).toBeGreaterThanOrEqual(249);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['CN', 'US', 'GB', 'HK', 'TW', 'MO']));
    expect(codes).not.toEqual(expect.arrayContaining(['YP']));
    expect(codes).not.toEqual(expect.arrayContaining(['YN']));
  });

  it('names each alias once', () => {
    const names = CARRIER_ALIASES.flatMap((alias) => alias.names.map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('collisions', () => {
  it.each(FORMAT_COLLISIONS.map((c) => [c.formats.join(' + '), c] as const))(
    '%s: the example matches both and detect prefers as listed',
    (key, collision) => {
      const example = COLLISION_EXAMPLES[key] ?? '';
      const ids = idsFor(example);
      expect(ids).toEqual(expect.arrayContaining([...collision.formats]));
      expect(detectTracking(example)?.formatId).toBe(collision.prefer);
    },
  );

  it('are all listed: seeded random tokens of every shape overlap only in listed pairs', () => {
    // mulberry32; mutates test numbers (digit for digit, letter for letter) and adds random
    // digit runs with and without letter prefixes or the USPS 420 routing prefix.
    let state = 20260817;
    const random = (): number => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const from = (alphabet: string): string =>
      alphabet[Math.floor(random() * alphabet.length)] ?? '';
    const digits = (n: number): string =>
      Array.from({ length: n }, () => from('0123456789')).join('');
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const seeds = TRACKING_FORMATS.flatMap((format) => evidenceOf(format.id).valid);
    const unlisted = new Set<string>();
    for (let n = 0; n < 60_000; n++) {
      let token: string;
      if (n % 3 !== 0) {
        const seed = seeds[n % seeds.length] ?? '';
        token = Array.from(seed, (c) =>
          random() < 0.5 ? c : /[0-9]/.test(c) ? from('0123456789') : from(letters),
        ).join('');
      } else {
        const run = digits(10 + Math.floor(random() * 25));
        const prefix = [``, `420`, from(letters), from(letters) + from(letters)][n % 4] ?? '';
        token = prefix + run;
      }
      const ids = idsFor(token);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = pairKey(ids[i] ?? '', ids[j] ?? '');
          if (!listedPairs.has(key)) unlisted.add(`${key} (${token})`);
        }
      }
    }
    expect([...unlisted]).toEqual([]);
  });
});
