/**
 * What a parcel costs on one channel, the way China small-packet and express rate cards
 * charge (docs/policies.md, rate cards): price = rate × chargeable weight + per-parcel registration fee,
 * with the rate taken from the weight band holding the chargeable weight, where
 * chargeable = max(actual, volumetric when the card has a divisor and the dimensions are
 * known, the card's minimum chargeable weight), rounded up to the band's step if it has one.
 */
import { convert, roundMoney } from './money';
import type { RateMatch } from './pack-index';
import type { Band, Channel, CurrencyRates } from '../pack/schema';
import { formatNumber, lazyLocalized, localized } from './text';
import type { CostEstimate } from './types';

export interface Dimensions {
  lengthCm: number;
  widthCm: number;
  heightCm: number;
}

/** L×W×H (cm) / divisor = kg, in whole grams rounded up. */
export function volumetricGrams(dimensions: Dimensions, divisor: number): number {
  const { lengthCm, widthCm, heightCm } = dimensions;
  return Math.ceil(((lengthCm * widthCm * heightCm) / divisor) * 1000);
}

/** The band whose (fromGrams, toGrams] holds `grams`; bands are contiguous (pack/checks.ts). */
export function findBand(bands: readonly Band[], grams: number): Band | null {
  for (const band of bands) if (grams > band.fromGrams && grams <= band.toGrams) return band;
  return null;
}

/** Billed grams after the band's step, and the price in the card's currency (unrounded). */
export function bandPrice(
  band: Band,
  chargeableGrams: number,
): { billedGrams: number; amount: number } {
  const step = band.stepGrams ?? 1;
  const billedGrams = Math.ceil(chargeableGrams / step) * step;
  const variable =
    band.perKg !== undefined
      ? (band.perKg * billedGrams) / 1000
      : (band.perGram ?? 0) * billedGrams;
  return { billedGrams, amount: variable + band.perParcelFee };
}

function describe(
  band: Band,
  billedGrams: number,
  amount: number,
  currency: string,
  rate: RateMatch,
): CostEstimate['breakdown'] {
  const range = `${formatNumber(band.fromGrams / 1000)}–${formatNumber(band.toGrams / 1000)} kg`;
  const step =
    band.stepGrams === undefined ? '' : ` (${formatNumber(band.stepGrams / 1000)} kg steps)`;
  const stepZh =
    band.stepGrams === undefined ? '' : `(按 ${formatNumber(band.stepGrams / 1000)} 公斤进位)`;
  const [rateEn, rateZh] =
    band.perKg !== undefined
      ? [
          `${band.perKg} ${currency}/kg × ${formatNumber(billedGrams / 1000)} kg${step}`,
          `${band.perKg} ${currency}/公斤 × ${formatNumber(billedGrams / 1000)} 公斤${stepZh}`,
        ]
      : [
          `${band.perGram ?? 0} ${currency}/g × ${billedGrams} g`,
          `${band.perGram ?? 0} ${currency}/克 × ${billedGrams} 克`,
        ];
  const total = `${amount.toFixed(2)} ${currency}`;
  return localized(
    `${range} band (${rate.key}): ${rateEn} + ${band.perParcelFee} ${currency} per parcel = ${total}`,
    `${range} 区间(${rate.key}):${rateZh} + 每件 ${band.perParcelFee} ${currency} = ${total}`,
  );
}

/** "… + fuel surcharge 20% (assumed; it changes weekly) = 120.00 CNY". */
function withFuel(
  breakdown: CostEstimate['breakdown'],
  percent: number,
  amount: number,
  currency: string,
): CostEstimate['breakdown'] {
  if (percent === 0) return breakdown;
  const total = `${amount.toFixed(2)} ${currency}`;
  return localized(
    `${breakdown.en} + fuel surcharge ${percent}% (assumed; it changes weekly) = ${total}`,
    `${breakdown['zh-CN']} + 燃油附加费 ${percent}%(估计值,每周调整)= ${total}`,
  );
}

export interface CostInput {
  channel: Channel;
  rate: RateMatch;
  actualGrams: number;
  dimensions: Dimensions | null;
  rates: CurrencyRates;
  displayCurrency: string;
}

/**
 * Volumetric grams when the card charges them for this parcel: it has a divisor, the size
 * is known, a side reaches the card's trigger (EMS, SpeedPAK) and the volume outweighs the
 * actual weight by the card's ratio (SpeedPAK: 130%).
 */
function chargedVolumetric(
  card: Channel['rateCard'],
  dimensions: Dimensions | null,
  actualGrams: number,
): number | null {
  if (card.volumetricDivisor === undefined || dimensions === null) return null;
  const longest = Math.max(dimensions.lengthCm, dimensions.widthCm, dimensions.heightCm);
  if (card.volumetricFromSideCm !== undefined && longest < card.volumetricFromSideCm) return null;
  const grams = volumetricGrams(dimensions, card.volumetricDivisor);
  const ratio = card.volumetricOverActualRatio;
  return ratio !== undefined && grams <= actualGrams * ratio ? null : grams;
}

/** The estimate, or null when no band of the destination's card holds the chargeable weight. */
export function estimateCost(input: CostInput): CostEstimate | null {
  const { channel, rate, actualGrams, dimensions, rates, displayCurrency } = input;
  return priceParcel(channel, rate, actualGrams, dimensions, rates, displayCurrency);
}

/**
 * estimateCost with its input as arguments, for the engine, which prices every channel of
 * every order: no input object allocated each time (the bytes allocated per order show in
 * `evaluate()`'s time, `npm run bench`).
 */
export function priceParcel(
  channel: Channel,
  rate: RateMatch,
  actualGrams: number,
  dimensions: Dimensions | null,
  rates: CurrencyRates,
  displayCurrency: string,
): CostEstimate | null {
  const card = channel.rateCard;
  const volumetric = chargedVolumetric(card, dimensions, actualGrams);
  const minimum = rate.entry.minChargeableGrams ?? card.minChargeableGrams;
  const chargeableGrams = Math.max(actualGrams, volumetric ?? 0, minimum);
  const band = findBand(rate.entry.bands, chargeableGrams);
  if (band === null) return null;
  const { billedGrams, amount: freight } = bandPrice(band, chargeableGrams);
  const fuel = card.fuelSurchargePercent ?? 0;
  const amount = roundMoney(freight * (1 + fuel / 100));
  const converted = convert(amount, card.currency, displayCurrency, rates);
  return {
    amount,
    currency: card.currency,
    converted:
      converted === null
        ? null
        : { amount: roundMoney(converted), currency: displayCurrency, rateDate: rates.date },
    chargeableGrams: billedGrams,
    actualGrams,
    volumetricGrams: volumetric,
    breakdown: lazyLocalized(() =>
      withFuel(
        describe(band, billedGrams, roundMoney(freight), card.currency, rate),
        fuel,
        amount,
        card.currency,
      ),
    ),
    sampleRates: card.sample,
  };
}
