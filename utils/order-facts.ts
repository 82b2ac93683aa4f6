// zod/mini: content scripts validate every extraction, and the full zod API would add ~25 KB
// gzip to each of them (see `npm run bench`).
import { z } from 'zod/mini';

/**
 * What every console's extractor produces: the order as read from the page, and nothing
 * guessed. A value that could not be read is `null` (or an empty list) AND its name is in
 * `missing`, so the engine and the panel can say what the recommendation rests on.
 */

export const consoleIds = ['aliexpress', 'amazon', 'ebay', 'wish'] as const;
export const ConsoleIdSchema = z.enum(consoleIds);
export type ConsoleId = z.infer<typeof ConsoleIdSchema>;

export const pageKinds = ['order-detail', 'order-list', 'ship-form'] as const;
export const PageKindSchema = z.enum(pageKinds);
export type PageKind = z.infer<typeof PageKindSchema>;

/**
 * Every kind of console page ShipLens works on: the order pages, and Amazon's Send to
 * Amazon workflow ('fba-inbound'), which shows no order but an inbound shipment.
 */
export const consolePageKinds = [...pageKinds, 'fba-inbound'] as const;
export const ConsolePageKindSchema = z.enum(consolePageKinds);
export type ConsolePageKind = z.infer<typeof ConsolePageKindSchema>;

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code'));
/** ISO 4217, upper case. */
export const CurrencyCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code'));

export const MoneySchema = z.object({
  amount: z.number().check(z.nonnegative('expected an amount ≥ 0')),
  currency: CurrencyCodeSchema,
});
export type Money = z.infer<typeof MoneySchema>;

/** A calendar date `YYYY-MM-DD` or an instant `YYYY-MM-DDTHH:mm[:ss][Z|±hh:mm]`. */
export const IsoDateSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/,
      'expected an ISO date',
    ),
  );

const text = z.string().check(z.minLength(1, 'expected text'));

export const OrderItemSchema = z.object({
  title: text,
  /** The seller's SKU ("Custom label", "商品编码"); null when the console does not show it. */
  sku: z.nullable(text),
  /** The platform's listing id: ASIN, eBay item id, AliExpress product id, Wish product id. */
  listingId: z.nullable(text),
  quantity: z.int().check(z.positive('expected a quantity ≥ 1')),
  unitPrice: z.nullable(MoneySchema),
  /** Weight of ONE unit in grams, when the page shows it (it rarely does). */
  unitWeightGrams: z.nullable(z.number().check(z.positive('expected grams > 0'))),
});
export type OrderItem = z.infer<typeof OrderItemSchema>;

export const orderStatuses = [
  'awaiting-payment',
  'unshipped',
  'shipped',
  'delivered',
  'cancelled',
  'unknown',
] as const;
export const OrderStatusSchema = z.enum(orderStatuses);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

/** The facts an extractor may fail to read; `missing` lists them by these names. */
export const factNames = [
  'destinationCountry',
  'items',
  'itemWeight',
  'orderValue',
  'buyerSelectedService',
  'shipBy',
  'orderedAt',
  'carrier',
  'trackingNumbers',
  'status',
  'fulfilledBy',
  'shipFromCountry',
] as const;
export const FactNameSchema = z.enum(factNames);
export type FactName = z.infer<typeof FactNameSchema>;

export const OrderFactsSchema = z.object({
  console: ConsoleIdSchema,
  pageKind: PageKindSchema,
  orderId: text,
  /**
   * Where the parcel goes: the address's country, else inferred from what the page shows
   * (`destinationSource`). Null when neither the address nor the signals tell it.
   */
  destinationCountry: z.nullable(CountryCodeSchema),
  /**
   * 'inferred' when the country was not on the page but inferred from the phone, postcode,
   * site or tags (utils/parse/destination.ts); absent or 'page' when the page states it.
   */
  destinationSource: z.optional(z.enum(['page', 'inferred'])),
  /** What an inferred destination rests on ("phone +34", "postcode 28…"). */
  destinationBasis: z.optional(z.array(text)),
  /**
   * 'labels' when the console's hooks were missing and the order was read from its visible
   * labels (utils/consoles/label-read.ts); absent or 'hooks' for the console's own markup.
   */
  readVia: z.optional(z.enum(['hooks', 'labels'])),
  items: z.array(OrderItemSchema),
  /** What the buyer paid for the goods (items subtotal), in the order's currency. */
  orderValue: z.nullable(MoneySchema),
  /** The shipping service the buyer chose at checkout, as the console words it. */
  buyerSelectedService: z.nullable(text),
  shipBy: z.nullable(IsoDateSchema),
  orderedAt: z.nullable(IsoDateSchema),
  /** The carrier already chosen or confirmed on the page (shipped orders, ship forms). */
  carrier: z.nullable(text),
  trackingNumbers: z.array(text),
  status: OrderStatusSchema,
  /** 'platform' for FBA and other platform-fulfilled orders: seller shipping rules do not apply. */
  fulfilledBy: z.nullable(z.enum(['seller', 'platform'])),
  /** Ship-from country when the page states it (Wish's fulfil form); else the seller's setting applies. */
  shipFromCountry: z.nullable(CountryCodeSchema),
  missing: z.array(FactNameSchema),
});
export type OrderFacts = z.infer<typeof OrderFactsSchema>;

export type ExtractResult =
  { ok: true; facts: OrderFacts } | { ok: false; reason: string; missing?: string[] };

/**
 * Validate what an extractor assembled. Never throws: a page that changed shape gives a
 * result that names the first problems, in words a seller can pass on in a bug report.
 */
export function validateOrderFacts(raw: unknown): ExtractResult {
  const parsed = OrderFactsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, facts: parsed.data };
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'order'}: ${issue.message}`);
  return { ok: false, reason: `The order on this page could not be read (${problems.join('; ')})` };
}

/**
 * An order of which nothing but its id is known: every fact null and listed as missing. For
 * pages that show only a form (an add-tracking page, a ship dialog), overridden with what
 * the form does show.
 */
export function unreadOrder(console: ConsoleId, pageKind: PageKind, orderId: string): OrderFacts {
  return {
    console,
    pageKind,
    orderId,
    destinationCountry: null,
    items: [],
    orderValue: null,
    buyerSelectedService: null,
    shipBy: null,
    orderedAt: null,
    carrier: null,
    trackingNumbers: [],
    status: 'unknown',
    fulfilledBy: null,
    shipFromCountry: null,
    missing: [...factNames],
  };
}
