/**
 * The page as one pass reads it. The runtime reads the console's page ONCE per pass — the
 * order, the list rows, the ship form and the tracking fields — and every feature draws
 * from this model, so no feature queries the page for facts another feature already read.
 */
import type {
  ConsoleAdapter,
  ListRow,
  ListRowSource,
  MountPoint,
  ShipForm,
  TrackingField,
} from '../consoles/types';
import type { InboundPageRead } from '../consoles/inbound';
import type { ConsoleId, ConsolePageKind, ExtractResult, OrderFacts } from '../order-facts';
import { unreadOrder } from '../order-facts';
import { scanField, type ScanMatch } from '../tracking';
import { readFormState, type FormState } from './form-state';
import { placePanel, type PanelPlacement } from './panel-placement';

/** A tracking field with the numbers found in it (every format applies in a field). */
export interface ScannedField extends TrackingField {
  readonly matches: readonly ScanMatch[];
}

export interface ListSlice {
  readonly index: number;
  readonly last: boolean;
  /** Rows on the page in all. */
  readonly total: number;
}

export interface PageModel {
  readonly console: ConsoleId;
  readonly kind: ConsolePageKind;
  readonly url: URL;
  /** The order of a detail or ship-form page; null on lists. */
  readonly order: ExtractResult | null;
  /**
   * Order rows of a list page read in this slice of the pass: a long list is read a slice at
   * a time, rows on screen first (run-console.ts), so no task of ours runs long.
   */
  readonly rows: readonly ListRow[];
  /** Which slice of the list this is; a page without rows has one slice. */
  readonly slice: ListSlice;
  /** The ship form open on the page (a ship-form page, or a ship dialog over a list). */
  readonly form: ShipForm | null;
  /** The form's carrier and tracking numbers as they were when the pass read the page. */
  readonly formState: FormState | null;
  /**
   * The order the form is for: the page's order when it could be read, else an order known
   * only by its console (Wish's ship dialog over a list shows no readable order).
   */
  readonly formOrder: OrderFacts | null;
  readonly trackingFields: readonly ScannedField[];
  /**
   * Where the panel goes on a detail or ship-form page: the console's anchor, else beside
   * the order id, else docked (panel-placement.ts); null where a ship form's own warnings
   * stand in for it.
   */
  readonly panel: PanelPlacement | null;
  /** Where "copy all tracking numbers" goes on a list page. */
  readonly listToolbarMount: MountPoint | null;
  /**
   * The elements that hold a list's rows (a table body): all of the list, where the rows of
   * this slice are some of it. Empty on pages without rows.
   */
  readonly listBodies: readonly Element[];
  /** The inbound shipment of a Send to Amazon page; null on every other page. */
  readonly inbound: InboundPageRead | null;
  /** Where the first-leg advice goes on an inbound page. */
  readonly inboundMount: MountPoint | null;
  /** The document, for the one feature that reads the page's running text after paint. */
  readonly doc: Document;
}

/** Which page kinds show which parts; the others are not read. */
const reads: Readonly<Record<ConsolePageKind, { order: boolean; rows: boolean; form: boolean }>> = {
  'order-detail': { order: true, rows: false, form: false },
  'ship-form': { order: true, rows: false, form: true },
  // Wish's older "Ship" dialog opens on top of the order list.
  'order-list': { order: false, rows: true, form: true },
  'fba-inbound': { order: false, rows: false, form: false },
};

/** Whether pages of `kind` show order rows (lists). */
export function showsRows(kind: ConsolePageKind): boolean {
  return reads[kind].rows;
}

/**
 * Everything but the list rows: the pass reads the rows of `rowSource` in slices and puts
 * each slice's rows into the model (`withRows`).
 */
export function readPage(
  adapter: ConsoleAdapter,
  doc: Document,
  url: URL,
  kind: ConsolePageKind,
  rowSource: ListRowSource,
): PageModel {
  const part = reads[kind];
  const order = part.order ? adapter.extractOrder(doc, url) : null;
  const form = part.form ? adapter.shipForm(doc, url) : null;
  const formState = form ? readFormState(form) : null;
  // The order's carrier and destination decide between carriers that share a number's shape.
  const facts = order?.ok ? order.facts : null;
  const hints = {
    carrier: formState?.chosenCarrier ?? facts?.carrier ?? null,
    country: facts?.destinationCountry ?? null,
  };
  // An inbound page reads no form (`reads`); the test narrows the kind for `unreadOrder`.
  const formOrder =
    form && kind !== 'fba-inbound'
      ? order?.ok
        ? order.facts
        : unreadOrder(adapter.id, kind, 'unknown')
      : null;
  return {
    console: adapter.id,
    kind,
    url,
    order,
    rows: [],
    slice: { index: 0, last: true, total: rowSource.rows.length },
    form,
    formState,
    formOrder,
    trackingFields: adapter
      .trackingFields(doc)
      .map((field) => ({ ...field, matches: scanField(field.text, hints) })),
    panel: part.order ? panelFor(adapter, doc, kind, order, form) : null,
    listToolbarMount: part.rows ? adapter.listToolbarMount(doc) : null,
    listBodies: bodiesOf(rowSource.rows),
    inbound: kind === 'fba-inbound' ? (adapter.readInboundPage?.(doc, url) ?? null) : null,
    inboundMount: kind === 'fba-inbound' ? (adapter.inboundMount?.(doc) ?? null) : null,
    doc,
  };
}

/** The parents of `rows`, each once, in the order of their first row. */
function bodiesOf(rows: readonly Element[]): Element[] {
  const bodies = new Set<Element>();
  for (const row of rows) if (row.parentElement) bodies.add(row.parentElement);
  return [...bodies];
}

/**
 * A detail page always gets a panel. A ship form without the console's anchor for one (Wish's
 * old dialog) shows its checks in the form box instead, so nothing is drawn twice.
 */
function panelFor(
  adapter: ConsoleAdapter,
  doc: Document,
  kind: ConsolePageKind,
  order: ExtractResult | null,
  form: ShipForm | null,
): PanelPlacement | null {
  const anchor = adapter.panelMount(doc);
  if (kind === 'ship-form' && form && !anchor) return null;
  return placePanel(doc, anchor, order);
}

export function withRows(page: PageModel, rows: readonly ListRow[], slice: ListSlice): PageModel {
  return { ...page, rows, slice };
}

/** Every SKU the page shows, for asking the background for just those weights. */
export function skusOn(page: PageModel): string[] {
  const skus = new Set<string>();
  const add = (result: ExtractResult | null) => {
    if (!result?.ok) return;
    for (const item of result.facts.items) if (item.sku) skus.add(item.sku);
  };
  add(page.order);
  for (const row of page.rows) add(row.facts);
  return [...skus];
}
