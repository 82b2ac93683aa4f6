/**
 * The page as one pass reads it. The runtime reads the console's page ONCE per pass — the
 * order, the list rows, the ship form and the tracking fields — and every feature draws
 * from this model, so no feature queries the page for facts another feature already read.
 */
import type {
  ConsoleAdapter,
  ListRow,
  MountPoint,
  ShipForm,
  TrackingField,
} from '../consoles/types';
import type { InboundResult } from '../consoles/inbound';
import type { ConsoleId, ConsolePageKind, ExtractResult, OrderFacts } from '../order-facts';
import { unreadOrder } from '../order-facts';
import { scanField, type ScanMatch } from '../tracking';
import { readFormState, type FormState } from './form-state';

/** A tracking field with the numbers found in it (every format applies in a field). */
export interface ScannedField extends TrackingField {
  readonly matches: readonly ScanMatch[];
}

export interface PageModel {
  readonly console: ConsoleId;
  readonly kind: ConsolePageKind;
  readonly url: URL;
  /** The order of a detail or ship-form page; null on lists. */
  readonly order: ExtractResult | null;
  /** Order rows of a list page, in page order. */
  readonly rows: readonly ListRow[];
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
  /** Where the panel goes on a detail or ship-form page; null when the console's anchor is missing. */
  readonly panelMount: MountPoint | null;
  /** Where "copy all tracking numbers" goes on a list page. */
  readonly listToolbarMount: MountPoint | null;
  /** The inbound shipment of a Send to Amazon page; null on every other page. */
  readonly inbound: InboundResult | null;
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

export function readPage(
  adapter: ConsoleAdapter,
  doc: Document,
  url: URL,
  kind: ConsolePageKind,
): PageModel {
  const part = reads[kind];
  const order = part.order ? adapter.extractOrder(doc, url) : null;
  const form = part.form ? adapter.shipForm(doc, url) : null;
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
    rows: part.rows ? adapter.listRows(doc, url) : [],
    form,
    formState: form ? readFormState(form) : null,
    formOrder,
    trackingFields: adapter
      .trackingFields(doc)
      .map((field) => ({ ...field, matches: scanField(field.text) })),
    panelMount: part.order ? adapter.panelMount(doc) : null,
    listToolbarMount: part.rows ? adapter.listToolbarMount(doc) : null,
    inbound: kind === 'fba-inbound' ? (adapter.readInbound?.(doc, url) ?? null) : null,
    inboundMount: kind === 'fba-inbound' ? (adapter.inboundMount?.(doc) ?? null) : null,
    doc,
  };
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
