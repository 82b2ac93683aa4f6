import { describe, expect, it } from 'vitest';
import { prng } from '../../../scripts/bench/random';
import { TRACKING_FORMATS } from '../../../utils/tracking';
import { patternLength } from '../../../utils/tracking/pattern-length';
import { evidenceOf } from '../../fixtures/tracking/formats';

describe('patternLength', () => {
  const table: Array<[string, number, number]> = [
    ['^AB$', 2, 2],
    ['^[A-Z]{2}[0-9]{8}[0-9](?<CountryCode>[A-Z]{2})$', 13, 13],
    ['^LP(?<SerialNumber>[0-9]{12,14})$', 14, 16],
    ['^(?:GM|LX)(?<S>[0-9][0-9A-Z]{9,38})$', 12, 41],
    ['^(?:91)?[0-9]{19}$', 19, 21],
    // Look-arounds are zero width, whatever they look at.
    ['^(?![ELRU][A-Z][0-9]{9}CN$)[A-Z]{2}[0-9]{9}[A-Z]{2}$', 13, 13],
    ['^(?:420[0-9]{5}(?=[0-9]{22}$|[0-9]{26}$)([0-9]{4}(?=[0-9]{22}$))?)?9[0-9]{21}$', 22, 34],
    ['^(?:92(?=[0-9]{3}9)|93|95)[0-9]{3}$', 5, 5],
    ['^A|BCD$', 1, 3],
    ['^[\\]x]\\d+$', 2, Infinity],
    ['^a*b{3,}c??$', 3, Infinity],
  ];
  it.each(table)('/%s/ matches %i to %s characters', (source, min, max) => {
    expect(patternLength(source)).toEqual({ min, max });
  });

  it('refuses what it does not understand instead of guessing', () => {
    for (const source of ['^(a)\\1$', '^\\bA$', '^(a$', '^a)$', '^*a$', '^[ab$', '^(?<n[0-9]$'])
      expect(() => patternLength(source), source).toThrow(/patternLength/);
  });
});

describe('every format’s length range (detect.ts tries a format only at those lengths)', () => {
  it.each(TRACKING_FORMATS.map((format) => [format.id, format] as const))(
    '%s holds every test number',
    (_, format) => {
      const { min, max } = patternLength(format.pattern);
      const { valid, invalid } = evidenceOf(format.id);
      for (const number of [...valid, ...invalid]) {
        if (!new RegExp(format.pattern).test(number)) continue;
        expect(number.length).toBeGreaterThanOrEqual(min);
        expect(number.length).toBeLessThanOrEqual(max);
      }
    },
  );

  it('holds every token any pattern matches, over 200,000 seeded tokens', () => {
    const random = prng(404);
    const alphabets = ['0123456789', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789CNZXTB'];
    const prefixes = [
      '',
      '',
      '420',
      '9',
      '96',
      '94',
      '92',
      '1Z',
      'LP',
      'CN',
      'YT',
      '4PX',
      'J',
      'GM',
      'JJD',
      'GFUS',
      'LTN',
      'SP',
      'H',
      'C',
      '1LS7',
    ];
    const compiled = TRACKING_FORMATS.map((format) => ({
      id: format.id,
      regex: new RegExp(format.pattern),
      range: patternLength(format.pattern),
    }));
    let matched = 0;
    const reached = new Set<string>();
    for (let n = 0; n < 200_000; n++) {
      const alphabet = alphabets[n % alphabets.length] as string;
      let token = prefixes[Math.floor(random() * prefixes.length)] as string;
      const length = 8 + Math.floor(random() * 36);
      while (token.length < length) token += alphabet[Math.floor(random() * alphabet.length)];
      for (const { id, regex, range } of compiled) {
        if (!regex.test(token)) continue;
        matched += 1;
        reached.add(id);
        expect(token.length).toBeGreaterThanOrEqual(range.min);
        expect(token.length).toBeLessThanOrEqual(range.max);
      }
    }
    // The tokens reach the patterns: a filter that dropped formats would be caught.
    expect(matched).toBeGreaterThan(15_000);
    expect(reached.size).toBeGreaterThan(TRACKING_FORMATS.length / 2);
    // Every pattern against 200,000 tokens: seconds on a busy machine.
  }, 60_000);
});
