/**
 * The one message protocol between content scripts, popup and background. Every request is
 * validated with zod on arrival, and only our own extension's pages and scripts are heard:
 * a console page cannot talk to the background. The schemas of the requests the background
 * answers live in messaging-background.ts, which content scripts do not import.
 */
// zod/mini: this module is in every content script (see order-facts.ts).
import { z } from 'zod/mini';
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { FirstLegView } from '../components/first-leg-view';
import type { NudgeLine } from '../components/compliance-text';
import type { CapturedPage } from './capture/capture-page';
import type { FeedOutcome } from './feeds/check-feed';
import type { PageStateSchema, RequestSchema } from './messaging-background';
import type { RulesSnapshot } from './rules/pack/snapshot';
import type { MessageTable } from './translate';

export type PageState = z.infer<typeof PageStateSchema>;

/**
 * The requests a tab's content script answers (the popup asks them). Content scripts check
 * messages against these alone, so they do not carry the schemas of every background request.
 */
export const tabRequests = [
  z.object({ type: z.literal('get-page-state') }),
  /** "Report this page": the tab's page, scrubbed of buyer data, with what ShipLens read. */
  z.object({ type: z.literal('capture-page') }),
] as const;
const TabRequestSchema = z.discriminatedUnion('type', [...tabRequests]);
type TabRequestType = z.infer<typeof TabRequestSchema>['type'];

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

/** A content script answers the popup's requests only (`tabRequests`). */
export function listenInTab(handlers: Partial<Pick<Handler, TabRequestType>>): void {
  answer(TabRequestSchema, handlers);
}

/**
 * Answer requests with `handlers`. Requests that fail validation, or come from anywhere but
 * this extension, get an error envelope and run nothing.
 */
export function answer(
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
