import { describe, expect, it } from 'vitest';
import { combineMatches } from '../../../utils/runtime/form-state';
import { evidenceOf } from '../../fixtures/tracking/formats';

const valid = (id: string) => {
  const number = evidenceOf(id).valid[0];
  if (!number) throw new Error(`no test number for ${id}`);
  return number.replace(/\s+/g, '');
};

describe('combineMatches: one verdict for every number typed on a ship form', () => {
  it('is unknown until both a carrier and a number are there', () => {
    expect(combineMatches(null, [valid('ups-1z')])).toBe('unknown');
    expect(combineMatches('UPS', [])).toBe('unknown');
  });

  it('matches when every number belongs to the carrier', () => {
    expect(combineMatches('UPS', [valid('ups-1z')])).toBe('match');
  });

  it('is a mismatch as soon as one number belongs to another carrier', () => {
    expect(combineMatches('UPS', [valid('ups-1z'), valid('china-post-registered')])).toBe(
      'mismatch',
    );
  });

  it('stays unknown for a carrier we know nothing about', () => {
    expect(combineMatches('Acme Parcel Co', [valid('ups-1z')])).toBe('unknown');
  });
});
