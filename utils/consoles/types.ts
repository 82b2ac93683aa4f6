import type { ConsoleId, ConsolePageKind, ExtractResult, PageKind } from '../order-facts';
import type { InboundPageRead } from './inbound';

/**
 * The contract every console folder fulfils. An adapter only DECLARES what it knows about
 * its console (URLs, selectors, how to read an order, where things go); all behaviour —
 * evaluating rules, mounting UI, re-running on navigation — lives in `utils/runtime/`.
 *
 * Adapters must be side-effect free at import time: WXT imports entrypoints in Node at build
 * time to read `matches`.
 */

/** Where an injected element goes, relative to an element of the console's page. */
export interface MountPoint {
  anchor: Element;
  position: 'before' | 'after' | 'prepend' | 'append';
}

/**
 * The order rows of a list page: found cheaply, read one at a time, so the runtime can read
 * the rows on screen first, spread a long list over several tasks, and skip rows it read
 * before that have not changed.
 */
export interface ListRowSource {
  /** The rows, in page order. */
  readonly rows: readonly Element[];
  /** One row's facts and where its badge goes. */
  read(row: Element): ListRow;
}

/** One order row of a list page. */
export interface ListRow {
  /** The row element: the badge host is keyed to it so a re-render re-injects once. */
  row: Element;
  /** Every row the order spans, its own first (item rows after it): a change in any is its change. */
  parts?: readonly Element[];
  mount: MountPoint;
  facts: ExtractResult;
}

/** A confirm-shipment / add-tracking / fulfil form the seller is filling in. */
export interface ShipForm {
  /** Elements whose `input`/`change` events mean the carrier or tracking number changed. */
  watched: Element[];
  /** The carrier as the seller currently has it chosen ('Other' resolved to its free text). */
  readCarrier(): string | null;
  /** Tracking numbers typed so far, in form order, blanks dropped. */
  readTracking(): string[];
  /** Buttons that submit the form: a fined choice needs "ship anyway" before these act. */
  submitButtons: Element[];
  /** Where the live warnings go. */
  mount: MountPoint;
}

/** A field known to hold tracking numbers, with where the copy button goes. */
export interface TrackingField {
  element: Element;
  /** The field's text (may hold several numbers). */
  text: string;
}

/** A few orders of a console's list, and the address of the list page they were taken from. */
export interface ListSample {
  /** Read with this address whatever page the script is on: a reader may depend on it. */
  readonly url: string;
  readonly html: string;
}

export interface ConsoleAdapter {
  id: ConsoleId;
  label: string;
  /** Manifest match patterns of every host this console is served from. */
  matches: string[];
  /**
   * Which kind of page a URL is, or null for URLs not in the console's table. Pure; the fast
   * path, and the documentation of the console's known addresses.
   */
  detectPage(url: URL): ConsolePageKind | null;
  /**
   * Which kind of page a document is by what it shows (an order id with its label, rows of
   * order ids, a carrier choice + tracking input), null off the console's hosts or on pages
   * that show no order. Pure. Asked when `detectPage` knows no kind (`page-kind.ts`).
   */
  detectPageFromContent(doc: Document, url: URL): ConsolePageKind | null;
  /**
   * Selectors of landmarks per page kind: the page is ready to read once one matches (the
   * consoles render client-side or place deferred fragments after load).
   */
  ready: Record<ConsolePageKind, readonly string[]>;
  /** The order of a detail or ship-form page. */
  extractOrder(doc: Document, url: URL): ExtractResult;
  /** Where the recommendation panel goes on a detail page. */
  panelMount(doc: Document): MountPoint | null;
  /** Order rows of a list page, in page order. */
  listRows(doc: Document, url: URL): ListRowSource;
  /**
   * A few orders of the console's list in its markup (invented orders), which `listRows`
   * reads: read at idle so the reading code is compiled before a list arrives
   * (utils/runtime/warm-up.tsx).
   */
  listSample: ListSample;
  /** Where "copy all tracking numbers" goes on a list page. */
  listToolbarMount(doc: Document): MountPoint | null;
  /** The ship form on this page, or null. */
  shipForm(doc: Document, url: URL): ShipForm | null;
  /** Elements that hold tracking numbers (detail pages, list rows). */
  trackingFields(doc: Document): TrackingField[];
  /** A platform-fulfilment inbound page's shipment texts (Amazon only). */
  readInboundPage?(doc: Document, url: URL): InboundPageRead;
  /** Where the first-leg advice goes on an inbound page. */
  inboundMount?(doc: Document): MountPoint | null;
  /** Where the buyer's data is, for "Report this page" to scrub it (`utils/capture/`). */
  buyerData: BuyerDataSelectors;
}

export interface BuyerDataSelectors {
  /** Elements whose text is buyer data: names, address lines, phones, notes. */
  readonly values: readonly string[];
  /** The console's own text inside those (tooltips, screen-reader text): it stays. */
  readonly consoleText: readonly string[];
}

/** A page-kind → example URLs table: the detection tests walk it, with cross-negatives. */
export type PageUrlTable = Record<PageKind | 'none', readonly string[]> & {
  /** Only consoles with platform-fulfilment inbound pages (Amazon) have these. */
  'fba-inbound'?: readonly string[];
};
