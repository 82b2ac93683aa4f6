/**
 * A shipment as a content script reports it to the background for the compliance ledger
 * (docs/compliance.md). It holds no buyer data: no name, address, phone or items — only
 * what the platforms' shares count. Validated with zod on arrival (shipment-schema.ts, checked
 * by utils/messaging.ts in the background).
 */
import type { z } from 'zod/mini';
import type { OrderFacts } from '../order-facts';
import { detectTracking, trackingMatchesCarrier } from '../tracking';
import type { ShipmentReportSchema } from './shipment-schema';

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
