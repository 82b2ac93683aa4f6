/**
 * The background's side of the message protocol (messaging.ts): the schema of every request
 * and `listen`. Only the background, the popup and the options page import this module, so
 * content scripts do not carry the schemas of requests they never receive.
 */
// zod/mini, like the rest of the protocol.
import { z } from 'zod/mini';
import { ShipmentReportSchema } from './compliance/shipment-schema';
import { answer, tabRequests, type Handler } from './messaging';
import {
  ConsoleIdSchema,
  ConsolePageKindSchema,
  CountryCodeSchema,
  MoneySchema,
} from './order-facts';
import { MAX_SKU_GRAMS, MAX_SKU_LENGTH } from './sku-weights';

const count = z.int().check(z.nonnegative());

/** What a tab's content script answers to 'get-page-state' (the popup shows it). */
export const PageStateSchema = z.object({
  console: ConsoleIdSchema,
  pageKind: z.nullable(ConsolePageKindSchema),
  url: z.string(),
  /** Null when the page kind has no single order (lists) or nothing was read yet. */
  order: z.nullable(
    z.object({
      read: z.boolean(),
      orderId: z.nullable(z.string()),
      reason: z.nullable(z.string()),
      missing: z.array(z.string()),
      recommended: z.nullable(z.string()),
      /** The platform ships it (FBA, AliExpress Choice): there is no channel to choose. */
      platformShips: z.boolean(),
      warnings: count,
    }),
  ),
  rows: count,
  errors: z.array(z.string()),
});
export type PageState = z.infer<typeof PageStateSchema>;

export const RequestSchema = z.discriminatedUnion('type', [
  /** `knownRevision`: the snapshot the tab already has; unchanged, it is not sent again. */
  z.object({ type: z.literal('get-snapshot'), knownRevision: z.optional(z.string()) }),
  /** The seller's weights for the SKUs one page shows: never the whole table. */
  z.object({
    type: z.literal('get-sku-weights'),
    console: ConsoleIdSchema,
    skus: z
      .array(z.string().check(z.minLength(1), z.maxLength(MAX_SKU_LENGTH)))
      .check(z.maxLength(5000)),
  }),
  z.object({
    type: z.literal('save-sku-weight'),
    console: ConsoleIdSchema,
    sku: z.string().check(z.minLength(1), z.maxLength(MAX_SKU_LENGTH)),
    grams: z.number().check(z.positive(), z.maximum(MAX_SKU_GRAMS)),
  }),
  /** Shipments a page showed, for the compliance ledger (docs/compliance.md). */
  z.object({
    type: z.literal('record-shipments'),
    shipments: z.array(ShipmentReportSchema).check(z.maxLength(500)),
  }),
  /** The below-target tallies an order about to ship falls under: the panel's nudge. */
  z.object({
    type: z.literal('compliance-nudges'),
    console: ConsoleIdSchema,
    destination: z.nullable(CountryCodeSchema),
    origin: z.nullable(CountryCodeSchema),
    orderValue: z.nullable(MoneySchema),
  }),
  /** Cost an FBA first leg with the active pack; the plan is validated by the handler. */
  z.object({ type: z.literal('plan-first-leg'), plan: z.unknown() }),
  /** The same for the shipment a Send to Amazon page shows; validated by the handler. */
  z.object({ type: z.literal('plan-inbound'), page: z.unknown() }),
  /** The seller folded or opened the docked panel on a console. */
  z.object({
    type: z.literal('set-dock-collapsed'),
    console: ConsoleIdSchema,
    collapsed: z.boolean(),
  }),
  /** Check the rules feeds now (one, or all when `url` is absent). Extension pages only. */
  z.object({ type: z.literal('update-feeds'), url: z.optional(z.string()) }),
  ...tabRequests,
]);

/** Answer every request a tab or an extension page sends (the background). */
export function listen(handlers: Partial<Handler>): void {
  answer(RequestSchema, handlers);
}
