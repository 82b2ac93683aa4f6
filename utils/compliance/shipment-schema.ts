/**
 * The shipment report's schema (shipment.ts), checked by the background when a content
 * script reports: apart from the report code, so content scripts, which only build reports,
 * do not carry it.
 */
// zod/mini, as the message schemas it joins (utils/messaging.ts).
import { z } from 'zod/mini';
import { ConsoleIdSchema, CountryCodeSchema, MoneySchema } from '../order-facts';

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
