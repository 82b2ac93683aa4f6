import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewRateCard, type RateCardContext } from '../../../utils/import/rate-card-csv';
import type { RateEntry } from '../../../utils/rules/pack/schema';

const usEntry: RateEntry = {
  minDays: 12,
  maxDays: 25,
  bands: [{ fromGrams: 0, toGrams: 2000, perKg: 85, perParcelFee: 18 }],
};

const context: RateCardContext = {
  zones: { 'eu-other': ['AT', 'BE', 'PL'] },
  currencies: ['USD', 'CNY', 'EUR'],
  currentRates: { US: usEntry },
};

const header = 'destination,from_g,to_g,per_kg,per_g,parcel_fee,currency,min_days,max_days';

function preview(...rows: string[]) {
  return previewRateCard([header, ...rows].join('\n'), context);
}

function errorsOf(...rows: string[]): string[] {
  return preview(...rows).errors.map((error) => `${error.line}: ${error.message.en}`);
}

describe('previewRateCard', () => {
  it('reads the sample file without an error', () => {
    const sample = readFileSync('public/samples/rate-card-sample.csv', 'utf8');
    const result = previewRateCard(sample, context);
    expect(result.errors).toEqual([]);
    expect(result.ignoredColumns).toEqual(['notes']);
    expect(result.rowCount).toBe(9);
    expect(Object.keys(result.card?.rates ?? {})).toEqual([
      'US',
      'GB',
      'DE',
      'FR',
      'eu-other',
      '*',
    ]);
    expect(result.card?.rates.US).toEqual({
      minDays: 10,
      maxDays: 20,
      minChargeableGrams: 50,
      bands: [
        { fromGrams: 0, toGrams: 300, perKg: 82, perParcelFee: 17 },
        { fromGrams: 300, toGrams: 2000, perKg: 76.5, perParcelFee: 18 },
      ],
    });
    expect(result.card?.rates.DE?.bands).toEqual([
      { fromGrams: 0, toGrams: 2000, perGram: 0.07, perParcelFee: 15 },
    ]);
  });

  it('reads country names and Chinese headers, and sorts bands', () => {
    const result = previewRateCard(
      [
        '目的地,起始克重,截止克重,每公斤运费,挂号费,币种',
        '美国,300,2000,70,10,cny',
        'United States,0,300,80,9,CNY',
      ].join('\r\n'),
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.card?.currency).toBe('CNY');
    // No days in the file: the channel's own days for the US are kept.
    expect(result.card?.rates.US).toMatchObject({ minDays: 12, maxDays: 25 });
    expect(result.card?.rates.US?.bands.map((band) => band.fromGrams)).toEqual([0, 300]);
  });

  it('names every bad row with its line and reason', () => {
    expect(
      errorsOf(
        'XX,0,300,80,,10,CNY,5,9',
        'UK,0,300,80,,10,CNY,5,9',
        'GB,300,300,80,,10,CNY,5,9',
        'FR,0,300,80,0.1,10,CNY,5,9',
        'DE,0,300,,,10,CNY,5,9',
        'ES,0,300,"1,5",,10,CNY,5,9',
        'IT,0,300,80,,10,JPY,5,9',
        'NL,0,300,80,,10,CNY,9,5',
        'PL,0,300,80,,10,CNY,5,',
      ),
    ).toEqual([
      '2: unknown destination "XX": use a country code (US), a zone of your rules or *',
      '4: to_g 300 must be above from_g 300',
      '5: give exactly one of per_kg or per_g',
      '6: give exactly one of per_kg or per_g',
      '7: per_kg / per_g and parcel_fee must be numbers such as 79.9 (0 when there is no fee)',
      '8: your rules have no exchange rate for JPY',
      '9: min_days 9 is above max_days 5',
      '10: give both min_days and max_days as whole days, or neither',
    ]);
  });

  it('reads UK as the United Kingdom (GB)', () => {
    expect(preview('UK,0,300,80,,10,CNY,5,9').card?.rates).toHaveProperty('GB');
  });

  it('finds bands that overlap or leave a gap, and days that disagree', () => {
    expect(
      errorsOf(
        'GB,0,300,80,,10,CNY,5,9',
        'GB,250,500,70,,10,CNY,5,9',
        'FR,0,300,80,,10,CNY,5,9',
        'FR,400,900,70,,10,CNY,6,9',
      ),
    ).toEqual([
      '3: GB band 250–500 g overlaps line 2 (0–300 g)',
      '5: delivery days differ from line 4 for FR',
      '5: FR band 400–900 g leaves a gap after line 4 (0–300 g)',
    ]);
  });

  it('wants one currency per card and delivery days for new destinations', () => {
    expect(
      errorsOf('US,0,300,80,,10,CNY,,', 'US,300,900,80,,10,CNY,,', 'AU,0,300,80,,10,USD,9,20'),
    ).toEqual(['4: currency USD, but the card is in CNY: one card, one currency']);
    expect(errorsOf('AU,0,300,80,,10,CNY,,')).toEqual([
      '2: no delivery days for AU: add min_days and max_days',
    ]);
    // A country of a zone the channel prices takes that zone's days.
    const zoned = previewRateCard([header, 'PL,0,300,80,,10,CNY,,'].join('\n'), {
      ...context,
      currentRates: { 'eu-other': { ...usEntry, minDays: 7, maxDays: 14 } },
    });
    expect(zoned.card?.rates.PL).toMatchObject({ minDays: 7, maxDays: 14 });
  });

  it('offers the good rows when skipping, leaving out bands that no longer join up', () => {
    const result = preview(
      'US,0,300,80,,10,CNY,5,9',
      'US,300,600,oops,,10,CNY,5,9',
      'US,600,900,70,,10,CNY,5,9',
      'GB,0,300,80,,10,CNY,5,9',
    );
    expect(result.errors.map((error) => `${error.line}: ${error.message.en}`)).toEqual([
      '3: per_kg / per_g and parcel_fee must be numbers such as 79.9 (0 when there is no fee)',
      '4: US band 600–900 g leaves a gap after line 2 (0–300 g)',
    ]);
    expect(result.card?.skipped).toEqual([3, 4]);
    expect(result.card?.rates.US?.bands).toEqual([
      { fromGrams: 0, toGrams: 300, perKg: 80, perParcelFee: 10 },
    ]);
    expect(result.card?.rates.GB).toBeDefined();
  });

  it('leaves out, when skipping, a band whose neighbour only breaks once a bad row is gone', () => {
    const result = preview(
      'US,0,300,80,,10,CNY,5,9',
      'US,300,600,70,,10,USD,5,9',
      'US,600,900,70,,10,CNY,5,9',
      'GB,0,300,80,,10,CNY,5,9',
    );
    expect(result.errors.map((error) => error.line)).toEqual([3]);
    expect(result.card?.skipped).toEqual([3, 4]);
  });

  it('stops at a broken header and names what is missing', () => {
    expect(previewRateCard('destination,from_g\nUS,0\n', context).errors[0]).toMatchObject({
      line: 1,
      message: { en: 'the header has no column to_g, parcel_fee, currency' },
    });
    expect(
      previewRateCard('destination,from_g,to_g,parcel_fee,currency\nUS,0,1,1,CNY\n', context)
        .errors[0]?.message.en,
    ).toBe('the header has neither per_kg nor per_g');
    expect(previewRateCard('', context).card).toBeNull();
  });

  it('refuses a row with more cells than the header, as a likely unquoted comma', () => {
    expect(errorsOf('US,0,300,1,234,,10,CNY,5,9')[0]).toMatch(/^2: more cells than the header/);
  });
});
