/**
 * Importers at 200k rows do work in step with the file: the units of work per row (records
 * read, rows checked, rows revisited while leaving bad ones out) stay the same from 10k to
 * 200k rows. Counted, not timed: `npm run bench` reports the rows per second.
 */
import { describe, expect, it } from 'vitest';
import { previewRateCard, type RateCardContext } from '../../../utils/import/rate-card-csv';
import { previewSkuWeights } from '../../../utils/import/sku-weights-csv';
import type { WorkCounter } from '../../../utils/import/work-counter';
import { ISO_3166_ALPHA2 } from '../../../utils/parse/iso-3166';
import {
  cascadingRateCardCsv,
  rateCardCsv,
  skuWeightsCsv,
} from '../../../scripts/lib/import-files';

const context: RateCardContext = { zones: {}, currencies: ['CNY'], currentRates: {} };

function counter(): WorkCounter & { units: number } {
  const work = {
    units: 0,
    count(units = 1) {
      work.units += units;
    },
  };
  return work;
}

function workPerRow(rows: number, run: (work: WorkCounter) => void): number {
  const work = counter();
  run(work);
  return work.units / rows;
}

// Room for a loaded machine: the test runner's limit, not a speed assertion.
describe('importers at 200k rows', { timeout: 60_000 }, () => {
  it('reads a clean 200k-row rate card with the same work per row as a 10k-row one', () => {
    const small = workPerRow(10_000, (work) => {
      const result = previewRateCard(rateCardCsv(10_000), context, work);
      expect(result.errors).toEqual([]);
    });
    const large = workPerRow(200_000, (work) => {
      const result = previewRateCard(rateCardCsv(200_000), context, work);
      expect(result.errors).toEqual([]);
      expect(result.rowCount).toBe(200_000);
      expect(Object.keys(result.card?.rates ?? {})).toHaveLength(ISO_3166_ALPHA2.length);
    });
    expect(large).toBeLessThan(small * 1.1);
    expect(large).toBeLessThan(10);
  });

  it('leaves out a chain of 200k bands that break one after another in linear work', () => {
    const small = workPerRow(10_000, (work) => {
      previewRateCard(cascadingRateCardCsv(10_000), context, work);
    });
    const large = workPerRow(200_000, (work) => {
      const result = previewRateCard(cascadingRateCardCsv(200_000), context, work);
      // Line 3 is bad; line 4 leaves a gap; every band above goes with it.
      expect(result.errors.map((error) => error.line)).toEqual([3, 4]);
      expect(result.card?.skipped).toHaveLength(200_000 - 1);
      expect(result.card?.rates.US?.bands).toHaveLength(1);
    });
    expect(large).toBeLessThan(small * 1.1);
    expect(large).toBeLessThan(10);
  });

  it('reads 200k SKU weights, an empty console stored once, with the same work per row', () => {
    const small = workPerRow(10_000, (work) => {
      expect(previewSkuWeights(skuWeightsCsv(10_000), work).items).toHaveLength(10_000);
    });
    const large = workPerRow(200_000, (work) => {
      const result = previewSkuWeights(skuWeightsCsv(200_000), work);
      expect(result.errors).toEqual([]);
      // Not 4 × 150k + 50k rows: the 150k any-console rows are one row each.
      expect(result.items).toHaveLength(200_000);
      expect(result.items.filter((weight) => weight.console === '*')).toHaveLength(150_000);
    });
    expect(large).toBeLessThan(small * 1.1);
    expect(large).toBeLessThan(5);
  });
});
