/**
 * Amazon's marketplaces as Seller Central shows them: the retail domain that names the
 * "Sales channel" ("Amazon.de"), the marketplace's country and the currency its amounts are
 * shown in. One table feeds the manifest hosts (pages.ts) and the extractor's fallbacks.
 *
 * Domains and Seller Central hosts: ScaleLeap/amazon-marketplaces `src/marketplaces/*.ts`
 * @ff64efc4 (`sellerCentralUri`), plus .eg and .ie from the apideck connector doc and the
 * SP-API "Ireland (IE) marketplace launch" changelog (docs/consoles/amazon.md#hosts).
 * Currencies: each marketplace's ISO 4217 currency (the same source's `currency` field).
 */
export interface AmazonRegion {
  /** Retail domain after "amazon.": 'com', 'co.uk', 'co.jp' … */
  domain: string;
  country: string;
  currency: string;
}

// prettier-ignore
export const regions: readonly AmazonRegion[] = [
  { domain: 'com', country: 'US', currency: 'USD' },
  { domain: 'ca', country: 'CA', currency: 'CAD' },
  { domain: 'com.mx', country: 'MX', currency: 'MXN' },
  { domain: 'com.br', country: 'BR', currency: 'BRL' },
  { domain: 'co.uk', country: 'GB', currency: 'GBP' },
  { domain: 'de', country: 'DE', currency: 'EUR' },
  { domain: 'fr', country: 'FR', currency: 'EUR' },
  { domain: 'it', country: 'IT', currency: 'EUR' },
  { domain: 'es', country: 'ES', currency: 'EUR' },
  { domain: 'nl', country: 'NL', currency: 'EUR' },
  { domain: 'se', country: 'SE', currency: 'SEK' },
  { domain: 'pl', country: 'PL', currency: 'PLN' },
  { domain: 'com.tr', country: 'TR', currency: 'TRY' },
  { domain: 'ae', country: 'AE', currency: 'AED' },
  { domain: 'sa', country: 'SA', currency: 'SAR' },
  { domain: 'eg', country: 'EG', currency: 'EGP' },
  { domain: 'in', country: 'IN', currency: 'INR' },
  { domain: 'co.jp', country: 'JP', currency: 'JPY' },
  { domain: 'com.au', country: 'AU', currency: 'AUD' },
  { domain: 'sg', country: 'SG', currency: 'SGD' },
  { domain: 'com.be', country: 'BE', currency: 'EUR' },
  { domain: 'co.za', country: 'ZA', currency: 'ZAR' },
  { domain: 'ie', country: 'IE', currency: 'EUR' },
];

/** Hosts that serve Seller Central but are not `sellercentral.amazon.<marketplace domain>`. */
const extraHosts: ReadonlyMap<string, AmazonRegion | null> = new Map([
  // Unified EU host, the fallback of the EU marketplaces (ScaleLeap
  // `europeanSellerCentralUriFactory()`; [file id 51911973662]): it serves every EU store.
  ['sellercentral-europe.amazon.com', null],
  // Legacy JP host, still in an extension's tab query [file id 48093067575].
  ['sellercentral-japan.amazon.com', byDomain('co.jp')],
  // GUESS: AppealDeck's host list spells Saudi Arabia ".com.sa" [file id 66580780056]
  // where ScaleLeap has ".sa"; both are listed.
  ['sellercentral.amazon.com.sa', byDomain('sa')],
]);

function byDomain(domain: string): AmazonRegion | null {
  return regions.find((m) => m.domain === domain) ?? null;
}

/** Every Seller Central host, for the manifest's match patterns. */
export const sellerCentralHosts: readonly string[] = [
  ...regions.map((m) => `sellercentral.amazon.${m.domain}`),
  ...extraHosts.keys(),
];

/** The marketplace a Seller Central host belongs to; null for the unified EU host. */
export function regionOfHost(host: string): AmazonRegion | null {
  const extra = extraHosts.get(host);
  if (extra !== undefined) return extra;
  const domain = /^sellercentral\.amazon\.(.+)$/.exec(host)?.[1];
  return domain === undefined ? null : byDomain(domain);
}

/**
 * The marketplace a "Sales channel" value names ("Amazon.co.uk" → GB). Null for values that
 * are not an Amazon store ("Non-Amazon", multi-channel orders).
 */
export function regionOfSalesChannel(value: string): AmazonRegion | null {
  const domain = /^amazon\.([a-z.]+)$/i.exec(value.trim())?.[1];
  return domain === undefined ? null : byDomain(domain.toLowerCase());
}
