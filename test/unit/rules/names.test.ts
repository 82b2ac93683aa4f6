/**
 * nameKey keeps the keys of the names asked lately (bounded): the key must not depend on what
 * was asked before, including after the kept keys are dropped to make room.
 */
import { describe, expect, it } from 'vitest';
import { nameKey, normaliseName } from '../../../utils/rules/pack/names';

describe('nameKey', () => {
  it('trims, collapses inner whitespace and ignores case', () => {
    expect(normaliseName('  Yun \t Express\u00a0 ')).toBe('Yun Express');
    expect(nameKey('  Yun \t Express\u00a0 ')).toBe('yun express');
    expect(nameKey('SpeedPAK  Standard')).toBe('speedpak standard');
  });

  it('gives the same key before and after a thousand other names', () => {
    const names = ['  Yun \t Express ', 'CAINIAO_STANDARD', '无忧物流-标准', 'Standard Int\u2019l'];
    const first = names.map(nameKey);
    for (let n = 0; n < 1000; n++) expect(nameKey(`Carrier  ${n} `)).toBe(`carrier ${n}`);
    expect(names.map(nameKey)).toEqual(first);
    expect(first).toEqual(names.map((name) => normaliseName(name).toLowerCase()));
  });
});
