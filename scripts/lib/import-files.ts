/**
 * Large import files made up on the spot, for the bench (scripts/bench/imports.ts) and the
 * unit tests that count an importer's work (test/unit/import/scale.test.ts). Invented SKUs and
 * prices; the shapes are those of docs/rate-card-csv.md.
 */
import { ISO_3166_ALPHA2 } from '../../utils/parse/iso-3166';

const RATE_HEADER = 'destination,from_g,to_g,per_kg,per_g,parcel_fee,currency,min_days,max_days';

/**
 * A clean rate card of `rows` rows: every country gets the same number of 10 g bands, one
 * after the other, as a per-10-gram forwarder sheet has.
 */
export function rateCardCsv(rows: number): string {
  const countries = ISO_3166_ALPHA2;
  const perCountry = Math.ceil(rows / countries.length);
  const lines = [RATE_HEADER];
  for (let index = 0; index < rows; index += 1) {
    const country = countries[Math.floor(index / perCountry)] ?? 'US';
    const from = (index % perCountry) * 10;
    lines.push(`${country},${from},${from + 10},${60 + (index % 7)},,9,CNY,7,15`);
  }
  return lines.join('\n');
}

/**
 * The worst case for leaving rows out: one destination whose bands each join the one below,
 * and a bad second row, so every band above it breaks in turn once the one below is gone.
 */
export function cascadingRateCardCsv(rows: number): string {
  const lines = [RATE_HEADER];
  for (let index = 0; index < rows; index += 1) {
    const from = index * 10;
    const rate = index === 1 ? 'oops' : '70';
    lines.push(`US,${from},${from + 10},${rate},,9,CNY,7,15`);
  }
  return lines.join('\n');
}

/** `rows` SKU weights, every fourth for one console, the others with an empty console column. */
export function skuWeightsCsv(rows: number): string {
  const consoles = ['', '', '', 'amazon'];
  const lines = ['console,sku,weight_g'];
  for (let index = 0; index < rows; index += 1) {
    lines.push(
      `${consoles[index % 4]},SKU-${index.toString(36).toUpperCase()},${50 + (index % 900)}`,
    );
  }
  return lines.join('\n');
}
