/**
 * The seller's SKU weights: grams per unit, per console or for any console. A row saved for
 * any console (`'*'`, what a CSV row with an empty console column means) is stored once and
 * read as the fallback when a console has no weight of its own for the SKU
 * (utils/background/rules-service.ts), so a 100k-row file stays 100k rows.
 *
 * The bounds hold wherever a weight is written — the background's message handler, the
 * database (db.ts), the CSV and backup importers, the options page — not only in a prompt
 * a page could fill in.
 */
import type { ConsoleId } from './order-facts';

export const ANY_CONSOLE = '*';
export type SkuWeightConsole = ConsoleId | typeof ANY_CONSOLE;

/**
 * Grams per unit, at most 100 kg: no parcel channel takes more than 70 kg a package (the
 * bundled pack's heaviest limit; UPS: 150 lbs ≈ 68 kg,
 * https://www.ups.com/us/en/support/shipping-support/shipping-dimensions-weight.page), so a
 * larger figure is a typo or a page writing nonsense.
 */
export const MAX_SKU_GRAMS = 100_000;
export const MAX_SKU_LENGTH = 200;

export function isSkuGrams(grams: unknown): grams is number {
  return typeof grams === 'number' && Number.isFinite(grams) && grams > 0 && grams <= MAX_SKU_GRAMS;
}

export function isSku(sku: unknown): sku is string {
  return typeof sku === 'string' && sku.length > 0 && sku.length <= MAX_SKU_LENGTH;
}
