import type { OrderFacts } from '../order-facts';
import { inferDestination, type DestinationSignals } from '../parse/destination';

export type DestinationFacts = Pick<
  OrderFacts,
  'destinationCountry' | 'destinationSource' | 'destinationBasis'
>;

/**
 * The destination facts of an order: the country the page shows, else the one its signals
 * leave (phone code, postcode shape with the site, IOSS tag…), marked as inferred with what
 * it rests on, else none. Every console's extractor ends its destination here, so a masked
 * address and a list of postcodes read the same way on every console.
 */
export function destinationFacts(
  shown: string | null,
  signals: () => DestinationSignals,
): DestinationFacts {
  if (shown) return { destinationCountry: shown };
  const inferred = inferDestination(signals());
  return inferred
    ? {
        destinationCountry: inferred.country,
        destinationSource: 'inferred',
        destinationBasis: inferred.basis,
      }
    : { destinationCountry: null };
}
