import { countryCode } from '../../parse/country';
import { destinationFacts, type DestinationFacts } from '../destination';
import { isLabel, queryAll, queryFirst, elementText } from '../dom';
import { labelledValue } from './labelled';
import * as s from './selectors';

/**
 * The destination country, or null when no address is shown or it is masked. The csp detail
 * masks the address with `*` until the seller clicks the eye icon (docs/consoles/aliexpress.md#loading,
 * [52255667242]); a masked part is never read, so a fully masked address gives null and the
 * panel says the destination is unknown instead of guessing it.
 */
export function readDestination(doc: Document): string | null {
  return (
    countryOfAddress(oldDetailAddress(doc)) ??
    countryOfNewAddress(doc) ??
    countryOfAddress(labelledValue([doc], s.labels.address))
  );
}

/**
 * The destination of a detail page or ship form: the address's country, else inferred from
 * the phone code, the postcode and the IOSS tag the page still shows while the address is
 * masked (a Spanish phone and a 28… postcode: Spain).
 */
export function readDestinationFacts(doc: Document): DestinationFacts {
  return destinationFacts(readDestination(doc), () => ({
    phone: labelledValue([doc], s.labels.phone),
    postcode: labelledValue([doc], s.labels.postcode),
    tags: queryAll(doc, s.orderTag.css).map(elementText),
  }));
}

/** Old detail: the second `.address-desensitize > .content` child, with an inner `.content`. */
function oldDetailAddress(doc: Document): string | null {
  const line = queryAll(doc, s.oldAddressLine.css)[1];
  return elementText(line?.querySelector('.content') ?? line) || null;
}

/** New detail: a country row when there is one, else the address row. */
function countryOfNewAddress(doc: Document): string | null {
  const rows = queryAll(doc, s.addressItem.css).map((item) => ({
    label: elementText(queryFirst(item, s.addressLabel.css)),
    value: elementText(queryFirst(item, s.addressValue.css)),
  }));
  const country = rows.find((row) => isLabel(row.label, s.labels.country));
  const address = rows.find((row) => isLabel(row.label, s.labels.address));
  return countryOfAddress(country?.value ?? null) ?? countryOfAddress(address?.value ?? null);
}

/**
 * "Street, City, State, Country, Zip": 437404 takes the second-last comma-separated part as
 * the country; we try that part first, then the other unmasked parts from the end.
 */
export function countryOfAddress(address: string | null): string | null {
  if (!address) return null;
  const parts = address.split(/[,\n]/u).map((part) => part.trim());
  const unmasked = parts.filter((part) => part !== '' && !part.includes('*'));
  const secondLast = parts[parts.length - 2];
  const preferred = secondLast && !secondLast.includes('*') ? countryCode(secondLast) : null;
  return preferred ?? (unmasked.length > 0 ? countryCode(unmasked.join(', ')) : null);
}
