/**
 * The one message protocol between content scripts, popup and background. Every request is
 * validated with zod on arrival, and only our own extension's pages and scripts are heard:
 * a console page cannot talk to the background.
 */
// zod/mini: this module is in every content script (see order-facts.ts).
import { z } from 'zod/mini';
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { ShipmentReportSchema } from './compliance/shipment-schema';
import {
  ConsoleIdSchema,
  ConsolePageKindSchema,
  CountryCodeSchema,
  MoneySchema,
} from './order-facts';
import type { FirstLegView } from '../components/first-leg-view';
import type { NudgeLine } from '../components/compliance-text';
import type { CapturedPage } from './capture/capture-page';
import type { FeedOutcome } from './feeds/check-feed';
import { MAX_SKU_GRAMS, MAX_SKU_LENGTH } from './sku-weights';
import type { RulesSnapshot } from './rules/pack/snapshot';
import type { MessageTable } from './translate';

const count = z.int().check(z.nonnegative());

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

/**
 * The requests a tab's content script answers (the popup asks them). Content scripts check
 * messages against these alone, so they do not carry the schemas of every background request.
 */
const tabRequests = [
  z.object({ type: z.literal('get-page-state') }),
  /** "Report this page": the tab's page, scrubbed of buyer data, with what ShipLens read. */
  z.object({ type: z.literal('capture-page') }),
] as const;
const TabRequestSchema = z.discriminatedUnion('type', [...tabRequests]);
type TabRequestType = z.infer<typeof TabRequestSchema>['type'];

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
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

export interface SnapshotReply {
  /** Changes exactly when anything below changes: a tab that has it is not sent it again. */
  revision: string;
  snapshot: RulesSnapshot;
  /** Set when the database could not be opened or written: the bundled pack is in use. */
  storageError: string | null;
  /** The UI strings of the seller's language. */
  messages: MessageTable;
}

/** What one feed check did; the details are in the feed's database record. */
export interface FeedCheckSummary {
  url: string;
  outcome: FeedOutcome;
}

/** The tab's snapshot is still current. */
export interface SnapshotUnchanged {
  revision: string;
  unchanged: true;
}

/** Grams per unit by SKU. */
export type SkuWeights = Record<string, number>;

export interface Replies {
  'get-snapshot': SnapshotReply | SnapshotUnchanged;
  'get-sku-weights': SkuWeights;
  'save-sku-weight': null;
  'get-page-state': PageState | null;
  'set-dock-collapsed': null;
  'capture-page': CapturedPage;
  'update-feeds': FeedCheckSummary[];
  'record-shipments': { added: number };
  'compliance-nudges': NudgeLine[];
  'plan-first-leg': FirstLegView;
  /** The shipment in words ("40 boxes, 600 kg, 3.2 CBM to US") and its advice. */
  'plan-inbound': { shipment: string; view: FirstLegView };
}

type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export type Handler = {
  [K in RequestType]: (
    request: Extract<Request, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Promise<Replies[K]>;
};

/** Send a request to the background (or, with `tabId`, to a tab's content script). */
export async function send<T extends Request>(
  request: T,
  tabId?: number,
): Promise<Replies[T['type']]> {
  const envelope = (await (tabId === undefined
    ? browser.runtime.sendMessage(request)
    : browser.tabs.sendMessage(tabId, request))) as Envelope<Replies[T['type']]> | undefined;
  if (!envelope) throw new Error(`No answer to "${request.type}"`);
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}

/**
 * Answer requests with `handlers`. Requests that fail validation, or come from anywhere but
 * this extension, get an error envelope and run nothing.
 */
export function listen(handlers: Partial<Handler>): void {
  answer(RequestSchema, handlers);
}

/** A content script answers the popup's requests only (`tabRequests`). */
export function listenInTab(handlers: Partial<Pick<Handler, TabRequestType>>): void {
  answer(TabRequestSchema, handlers);
}

function answer(
  schema: { safeParse(message: unknown): { success: true; data: Request } | { success: false } },
  handlers: Partial<Handler>,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const parsed = schema.safeParse(message);
    if (!parsed.success || sender.id !== browser.runtime.id) return undefined;
    const handler = handlers[parsed.data.type] as
      ((request: Request, sender: Runtime.MessageSender) => Promise<unknown>) | undefined;
    if (!handler) return undefined;
    return handler(parsed.data, sender).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  });
}
