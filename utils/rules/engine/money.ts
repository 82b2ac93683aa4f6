/**
 * Currency conversion with the pack's own dated rates (`currencyRates`: units of each
 * currency per 1 unit of `base`). Never fetched: the engine runs offline, and a result must
 * name the rate date it used.
 */
import type { CurrencyRates } from '../pack/schema';

function unitsPerBase(rates: CurrencyRates, currency: string): number | null {
  if (currency === rates.base) return 1;
  return rates.rates[currency] ?? null;
}

/** `amount` of `from` in `to`; null when the pack has no rate for either currency. */
export function convert(
  amount: number,
  from: string,
  to: string,
  rates: CurrencyRates,
): number | null {
  if (from === to) return amount;
  const fromRate = unitsPerBase(rates, from);
  const toRate = unitsPerBase(rates, to);
  return fromRate === null || toRate === null ? null : (amount / fromRate) * toRate;
}

/** Cents (or fen): shown amounts are rounded once, at the end. */
export function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}
