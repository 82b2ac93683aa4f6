/**
 * Currency data for `parseMoney`: which text tokens name which ISO 4217 currency, and how
 * many minor units a currency has (which decides how "1.234" reads).
 */

/**
 * ISO codes accepted when written out ("USD 5.99", "5,99 EUR"). Deliberately a list of
 * currencies the supported consoles show, not all of ISO 4217: codes such as ALL, TOP, CUP
 * or BOB are ordinary upper-case words in English text.
 */
// prettier-ignore
const ISO_CODES = [
  'AED', 'ARS', 'AUD', 'BGN', 'BHD', 'BRL', 'CAD', 'CHF', 'CLP', 'CNY', 'COP', 'CZK', 'DKK',
  'EGP', 'EUR', 'GBP', 'HKD', 'HUF', 'IDR', 'ILS', 'INR', 'ISK', 'JOD', 'JPY', 'KRW', 'KWD',
  'MXN', 'MYR', 'NOK', 'NZD', 'OMR', 'PEN', 'PHP', 'PLN', 'QAR', 'RON', 'RUB', 'SAR', 'SEK',
  'SGD', 'THB', 'TND', 'TRY', 'TWD', 'UAH', 'USD', 'VND', 'ZAR',
] as const;

/**
 * Symbols and prefixed symbols. Keys have no spaces; the matcher also accepts one space
 * between a letter prefix and its symbol ("US $", "C $", "AU $"). The bare "$", "¥" and "kr"
 * are shared by several currencies and resolved with the fallback (`SHARED` below).
 */
const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  USD$: 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  CAD$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  AUD$: 'AUD',
  NZ$: 'NZD',
  MX$: 'MXN',
  Mex$: 'MXN',
  R$: 'BRL',
  S$: 'SGD',
  SG$: 'SGD',
  HK$: 'HKD',
  NT$: 'TWD',
  '€': 'EUR',
  '£': 'GBP',
  'JP¥': 'JPY',
  円: 'JPY',
  'CN¥': 'CNY',
  RMB: 'CNY',
  元: 'CNY',
  人民币: 'CNY',
  人民幣: 'CNY',
  美元: 'USD',
  欧元: 'EUR',
  歐元: 'EUR',
  英镑: 'GBP',
  英鎊: 'GBP',
  日元: 'JPY',
  日圓: 'JPY',
  Euro: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  EURO: 'EUR',
  zł: 'PLN',
  Kč: 'CZK',
  Ft: 'HUF',
  lei: 'RON',
  '₹': 'INR',
  Rs: 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  TL: 'TRY',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
  '₪': 'ILS',
  '₴': 'UAH',
  RM: 'MYR',
  Rp: 'IDR',
  'Fr.': 'CHF',
};

/** Token (no spaces) → ISO currency code, for tokens that name exactly one currency. */
const EXPLICIT: ReadonlyMap<string, string> = new Map([
  ...ISO_CODES.map((code): [string, string] => [code, code]),
  ...Object.entries(SYMBOLS),
]);

/**
 * Symbols several currencies share: the fallback wins when it is one of them (a console
 * knows its market: Amazon.com.mx shows "$120.00" for pesos, a Chinese AliExpress portal
 * shows "¥" for yuan), else the first listed is the default.
 */
const SHARED: Readonly<Record<string, readonly string[]>> = {
  $: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'TWD', 'ARS', 'CLP', 'COP'],
  '¥': ['JPY', 'CNY'],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  Kr: ['SEK', 'NOK', 'DKK', 'ISK'],
};

/** Every token the matcher looks for, spaces removed. */
export const CURRENCY_TOKENS: readonly string[] = [...EXPLICIT.keys(), ...Object.keys(SHARED)];

/** The currency a matched token (spaces removed) stands for, given the console's fallback. */
export function currencyOfToken(token: string, fallback: string | undefined): string | undefined {
  const shared = SHARED[token];
  if (shared) return fallback !== undefined && shared.includes(fallback) ? fallback : shared[0];
  return EXPLICIT.get(token);
}

/** ISO 4217 minor units where they differ from 2 (data: ISO 4217 list, 2024). */
// prettier-ignore
const MINOR_UNITS: Record<string, number> = {
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLP: 0, ISK: 0, JPY: 0, KRW: 0, PYG: 0, UGX: 0, VND: 0, XAF: 0, XOF: 0,
  // ISO says 2, but these are shown without decimals everywhere a console shows them.
  HUF: 0, IDR: 0, TWD: 0,
};

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}
