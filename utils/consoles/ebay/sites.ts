/**
 * The eBay sites that serve Seller Hub, and the currency each one shows its amounts in.
 *
 * Hosts: exactly the eight a 2025–26 Seller Hub extension checks (docs/consoles/ebay.md#hosts,
 * [file id 63324058824]); AU, IT, DE and UK are also seen in other code there.
 * Currencies: each site's own currency. The pages write "$5.99" on ebay.com and "C $5.99" /
 * "AU $5.99" elsewhere ([file id 18004877208] reads "AU $", FunkyDrama/OrdersParserByDK
 * `marketplaces/ebay_parser.py` strips a "CA" prefix), so the site currency only decides what
 * a bare "$" means.
 */
export interface EbaySite {
  host: string;
  currency: string;
  /** The site's own country: a buyer postcode shared by several countries is read as this one. */
  country: string;
}

// prettier-ignore
export const sites: readonly EbaySite[] = [
  { host: 'www.ebay.com', currency: 'USD', country: 'US' },
  { host: 'www.ebay.co.uk', currency: 'GBP', country: 'GB' },
  { host: 'www.ebay.de', currency: 'EUR', country: 'DE' },
  { host: 'www.ebay.fr', currency: 'EUR', country: 'FR' },
  { host: 'www.ebay.it', currency: 'EUR', country: 'IT' },
  { host: 'www.ebay.es', currency: 'EUR', country: 'ES' },
  { host: 'www.ebay.ca', currency: 'CAD', country: 'CA' },
  { host: 'www.ebay.com.au', currency: 'AUD', country: 'AU' },
];

export function siteOf(url: URL): EbaySite | null {
  if (url.protocol !== 'https:') return null;
  return sites.find((site) => site.host === url.hostname) ?? null;
}
