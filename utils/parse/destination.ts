/**
 * The destination country when the page hides it (an AliExpress address masked until the
 * seller clicks the eye, an eBay list row that shows only the buyer's postcode), inferred
 * from what the page does show. Each signal narrows the countries the parcel can go to; the
 * inference is the one country they leave, with the signals it rests on. Signals that leave
 * several countries, or contradict each other, give no inference: a wrong country would
 * price and check the order against the wrong rules, which is worse than saying "unknown".
 *
 * Sources: ITU-T E.164 country calling codes (https://www.itu.int/pub/T-SP-E.164D);
 * postcode formats as the Universal Postal Union lists them
 * (https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions);
 * the EU's IOSS covers parcels to the 27 member states
 * (https://taxation-customs.ec.europa.eu/ioss_en). See docs/consoles/destination.md.
 */

export interface DestinationSignals {
  /** The buyer's phone as shown, masked digits included ("+34 6** *** *17"). */
  phone?: string | null;
  /** The postcode as shown, masked digits included ("28***", "M5V 2T6"). */
  postcode?: string | null;
  /** The country of the marketplace site the order was placed on (ebay.com → US). */
  siteCountry?: string | null;
  /** Tags the console puts on the order ("AE/IOSS", "VAT"). */
  tags?: readonly string[];
  /** The currency the buyer paid in, when it is the buyer's own (not the console's USD). */
  currency?: string | null;
}

export interface DestinationInference {
  country: string;
  /** 'high': two or more signals agree on it; 'medium': one signal, or one signal and the site. */
  confidence: 'high' | 'medium';
  /** What it rests on, in the words the panel shows ("phone +34", "postcode 28…"). */
  basis: string[];
}

/** E.164 codes of one country; +1 (NANP) and +7 are shared and name several. */
const callingCodes: Readonly<Record<string, readonly string[]>> = {
  '1': ['US', 'CA', 'PR'],
  '7': ['RU', 'KZ'],
  '20': ['EG'],
  '27': ['ZA'],
  '30': ['GR'],
  '31': ['NL'],
  '32': ['BE'],
  '33': ['FR'],
  '34': ['ES'],
  '36': ['HU'],
  '39': ['IT'],
  '40': ['RO'],
  '41': ['CH'],
  '43': ['AT'],
  '44': ['GB'],
  '45': ['DK'],
  '46': ['SE'],
  '47': ['NO'],
  '48': ['PL'],
  '49': ['DE'],
  '51': ['PE'],
  '52': ['MX'],
  '54': ['AR'],
  '55': ['BR'],
  '56': ['CL'],
  '57': ['CO'],
  '60': ['MY'],
  '61': ['AU'],
  '62': ['ID'],
  '63': ['PH'],
  '64': ['NZ'],
  '65': ['SG'],
  '66': ['TH'],
  '81': ['JP'],
  '82': ['KR'],
  '84': ['VN'],
  '86': ['CN'],
  '90': ['TR'],
  '91': ['IN'],
  '351': ['PT'],
  '352': ['LU'],
  '353': ['IE'],
  '358': ['FI'],
  '359': ['BG'],
  '370': ['LT'],
  '371': ['LV'],
  '372': ['EE'],
  '380': ['UA'],
  '385': ['HR'],
  '386': ['SI'],
  '420': ['CZ'],
  '421': ['SK'],
  '852': ['HK'],
  '886': ['TW'],
  '966': ['SA'],
  '971': ['AE'],
  '972': ['IL'],
};

/** Postcode shapes (masked digits as `*`), each with the countries that use it. */
const postcodeShapes: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i, ['CA']],
  [/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, ['GB']],
  [/^\d{4} ?[A-Z]{2}$/i, ['NL']],
  [/^[\d*]{5}-[\d*]{4}$/, ['US']],
  [/^[\d*]{3}-[\d*]{4}$/, ['JP']],
  [/^[\d*]{5}-[\d*]{3}$/, ['BR']],
  [/^[\d*]{4}-[\d*]{3}$/, ['PT']],
  [/^[\d*]{2}-[\d*]{3}$/, ['PL']],
  [/^[A-Z]\d{2} ?[A-Z\d]{4}$/i, ['IE']],
  [
    /^[\d*]{5}$/,
    [
      'US',
      'PR',
      'DE',
      'FR',
      'ES',
      'IT',
      'FI',
      'EE',
      'HR',
      'LT',
      'MX',
      'MY',
      'TH',
      'KR',
      'TR',
      'UA',
      'SA',
      'ID',
      'GR',
      'SE',
      'CZ',
      'SK',
      'MA',
    ],
  ],
  [
    /^[\d*]{4}$/,
    ['AT', 'BE', 'CH', 'DK', 'NO', 'AU', 'NZ', 'HU', 'BG', 'LU', 'SI', 'ZA', 'PH', 'LV', 'CY'],
  ],
  [/^[\d*]{6}$/, ['RU', 'CN', 'IN', 'SG', 'KZ', 'RO', 'CO', 'VN']],
];

const ioss = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/** Currencies a buyer pays in at home; the euro names its members, the dollar only the US. */
const currencyCountries: Readonly<Record<string, readonly string[]>> = {
  GBP: ['GB'],
  CAD: ['CA'],
  AUD: ['AU'],
  JPY: ['JP'],
  CHF: ['CH'],
  PLN: ['PL'],
  SEK: ['SE'],
  EUR: [
    'AT',
    'BE',
    'HR',
    'CY',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'IE',
    'IT',
    'LV',
    'LT',
    'LU',
    'MT',
    'NL',
    'PT',
    'SK',
    'SI',
    'ES',
  ],
};

interface Signal {
  countries: readonly string[];
  basis: string;
}

function phoneSignal(phone: string | null | undefined): Signal | null {
  const digits = /^\s*(?:\+|00)\s*(\d{1,3})/.exec(phone ?? '')?.[1];
  if (!digits) return null;
  // E.164 codes are prefix-free: the first prefix that is a code is the code.
  for (const length of [1, 2, 3]) {
    const code = digits.slice(0, length);
    const countries = callingCodes[code];
    if (countries) return { countries, basis: `phone +${code}` };
  }
  return null;
}

function postcodeSignal(postcode: string | null | undefined): Signal | null {
  const shown = (postcode ?? '').trim().toUpperCase();
  if (!shown || /^\*+$/.test(shown)) return null;
  const shape = postcodeShapes.find(([pattern]) => pattern.test(shown));
  if (!shape) return null;
  const masked = shown.indexOf('*');
  const basis = masked >= 0 ? `postcode ${shown.slice(0, masked)}…` : `postcode ${shown}`;
  return { countries: shape[1], basis };
}

function tagSignals(tags: readonly string[]): Signal[] {
  return tags.some((tag) => /\bIOSS\b/i.test(tag)) ? [{ countries: ioss, basis: 'IOSS tag' }] : [];
}

export function inferDestination(signals: DestinationSignals): DestinationInference | null {
  const evidence = [
    phoneSignal(signals.phone),
    postcodeSignal(signals.postcode),
    ...tagSignals(signals.tags ?? []),
    signals.currency ? currencySignal(signals.currency) : null,
  ].filter((signal): signal is Signal => signal !== null);
  if (evidence.length === 0) return null;
  let left: readonly string[] = evidence[0]?.countries ?? [];
  for (const signal of evidence.slice(1)) {
    left = left.filter((country) => signal.countries.includes(country));
  }
  const basis = evidence.map((signal) => signal.basis);
  const [only] = left;
  if (left.length === 1 && only) {
    return { country: only, confidence: evidence.length > 1 ? 'high' : 'medium', basis };
  }
  // Several left: the site's own country decides when it is one of them (ebay.com, 78701).
  const site = signals.siteCountry ?? null;
  if (site && left.includes(site)) {
    return { country: site, confidence: 'medium', basis: [...basis, `site ${site}`] };
  }
  return null;
}

function currencySignal(currency: string): Signal | null {
  const countries = currencyCountries[currency.toUpperCase()];
  return countries ? { countries, basis: `currency ${currency.toUpperCase()}` } : null;
}
