import { describe, expect, it } from 'vitest';
import { TRACKING_DATA } from '../../../utils/tracking/carriers';
import { S10_COUNTRIES } from '../../../utils/tracking/s10-countries';
import { S10CountrySchema, TrackingDataSchema } from '../../../utils/tracking/schema';

// The shipped data is not re-validated at load (content scripts carry it): it is checked here.
describe('tracking data', () => {
  it('fits its schema: anchored patterns, named groups, unique ids, known references', () => {
    const result = TrackingDataSchema.safeParse(TRACKING_DATA);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has a valid S10 country list', () => {
    const result = S10CountrySchema.array().safeParse(S10_COUNTRIES);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(new Set(S10_COUNTRIES.map((entry) => entry.code)).size).toBe(S10_COUNTRIES.length);
  });
});
