/**
 * A shipment as a content script reports it to the background for the compliance ledger
 * (docs/compliance.md). It holds no buyer data: no name, address, phone or items — only
 * what the platforms' shares count. Validated with zod on arrival (utils/messaging.ts).
 */
// zod/mini: this module is in every content script (see order-facts.ts).
import { z } from 'zod/mini';
import { ConsoleIdSchema, CountryCodeSchema, MoneySchema, type OrderFacts } from '../order-facts';
import { detectTracking, trackingMatchesCarrier } from '../tracking';

const shortText = z.string().check(z.minLength(1), z.maxLength(200));

export const ShipmentReportSchema = z.object({
  console: ConsoleIdSchema,
  /** The console's host: www.ebay.co.uk, sellercentral.amazon.de… */
  site: shortText,
  orderId: shortText,
  destination: z.nullable(CountryCodeSchema),
  /** Null when the page does not say: the background applies the seller's setting. */
  origin: z.nullable(CountryCodeSchema),
  /** As the page or the form names it, else as the tracking number's format says. */
  carrier: z.nullable(shortText),
  tracked: z.boolean(),
  /** Every number fits a known format (check digit included) and the carrier named. */
  trackingValid: z.boolean(),
  /** The day ShipLens first saw the order shipped (the consoles rarely show a ship date). */
  shipDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')),
  /** Only its band is stored (ledger.ts). */
  orderValue: z.nullable(MoneySchema),
});
export type ShipmentReport = z.infer<typeof ShipmentReportSchema>;

/** Whether the platform counts this order as a seller shipment ShipLens has seen. */
export function isSellerShipment(facts: OrderFacts): boolean {
  return (
    (facts.status === 'shipped' || facts.status === 'delivered') && facts.fulfilledBy !== 'platform'
  );
}

function trackingValid(numbers: readonly string[], carrier: string | null): boolean {
  if (numbers.length === 0) return false;
  return numbers.every(
    (number) =>
      detectTracking(number) !== null &&
      (carrier === null || trackingMatchesCarrier(number, carrier) !== 'mismatch'),
  );
}

export interface ShipmentContext {
  /** The page's address: its host is the site. */
  url: URL;
  now: Date;
}

/**
 * The ledger report for an order read from the page (a shipped order on a detail or list
 * page, or a ship form's order with the carrier and tracking it was submitted with). Null
 * for orders that are not seller shipments: unshipped, cancelled, fulfilled by the platform.
 */
export function shipmentFromFacts(
  facts: OrderFacts,
  context: ShipmentContext,
): ShipmentReport | null {
  if (!isSellerShipment(facts)) return null;
  const numbers = facts.trackingNumbers;
  const first = numbers[0];
  const carrier =
    facts.carrier ?? (first === undefined ? null : (detectTracking(first)?.carrier ?? null));
  return {
    console: facts.console,
    site: context.url.hostname,
    orderId: facts.orderId,
    destination: facts.destinationCountry,
    origin: facts.shipFromCountry,
    carrier,
    tracked: numbers.length > 0,
    trackingValid: trackingValid(numbers, facts.carrier),
    shipDate: context.now.toISOString().slice(0, 10),
    orderValue: facts.orderValue,
  };
}
