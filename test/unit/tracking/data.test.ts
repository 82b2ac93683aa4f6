import { describe, expect, it } from 'vitest';
import { ISO_3166_ALPHA2 } from '../../../utils/parse/iso-3166';
import { TRACKING_DATA, TRACKING_FORMATS } from '../../../utils/tracking/carriers';
import {
  POSTAL_OPERATOR_CODES,
  S10_COUNTRY_CODES,
  postalOperatorOf,
} from '../../../utils/tracking/s10-countries';
import { TrackingDataSchema } from '../../../utils/tracking/schema';
import { FORMAT_EVIDENCE } from '../../fixtures/tracking/formats';

// The shipped data is not re-validated at load (content scripts carry it): it is checked here.
describe('tracking data', () => {
  it('fits its schema: anchored patterns, named groups, unique ids, known references', () => {
    const result = TrackingDataSchema.safeParse(TRACKING_DATA);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has test-side evidence for every format, and none for a format that is gone', () => {
    const ids = TRACKING_FORMATS.map((format) => format.id);
    expect(Object.keys(FORMAT_EVIDENCE).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const evidence = FORMAT_EVIDENCE[id];
      expect(evidence?.source.length, id).toBeGreaterThan(10);
      expect(evidence?.valid.length, id).toBeGreaterThan(0);
      expect(evidence?.invalid.length, id).toBeGreaterThan(0);
    }
  });

  it('takes the S10 countries from the one ISO 3166-1 list', () => {
    expect(S10_COUNTRY_CODES).toBe(ISO_3166_ALPHA2);
    for (const code of POSTAL_OPERATOR_CODES) expect(S10_COUNTRY_CODES).toContain(code);
    expect(postalOperatorOf('GB')).toBe('Royal Mail Group plc');
    expect(postalOperatorOf('AD')).toBeUndefined();
    expect(postalOperatorOf('toString')).toBeUndefined();
  });
});
