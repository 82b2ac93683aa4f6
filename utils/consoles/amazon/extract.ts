/**
 * Amazon Seller Central pages → `OrderFacts`: the order detail page, the confirm/edit-shipment
 * form (which repeats the order summary) and the rows of the order list. Never throws: a page
 * that is not an order, or whose order number is gone, gives `{ok: false, reason}`.
 *
 * Never on Amazon's pages, so always in `missing`: item weights (only a bought label shows
 * one, and only under an absolute XPath, docs/consoles/amazon.md#order-detail; § = its sections) and the ship-from country.
 */
import {
  factNames,
  validateOrderFacts,
  type ExtractResult,
  type FactName,
  type OrderFacts,
  type OrderStatus,
} from '../../order-facts';
import { countryCode } from '../../parse/country';
import { parseDate, parseDateTime } from '../../parse/date';
import {
  queryAll,
  queryFirst,
  elementText,
  textOf,
  trackingTokens,
  valuesAfterLabels,
} from '../dom';
import { queryRow } from '../cells';
import { orderListSource, readAllRows, type OrderList } from '../list-rows';
import { rowBadgeMount } from './mounts';
import type { TrackingField } from '../types';
import { regionOfHost, regionOfSalesChannel, type AmazonRegion } from './regions';
import { detailItems, listItems } from './items';
import { pageKind as kindOf } from './content';
import { labelValue, readByLabels, withLabelRead, type LabelReadSpec } from '../label-read';
import { labelWords } from '../label-words';
import { orderIdOfUrl, orderIdPattern } from './pages';
import * as sel from './selectors';
import { findShipForm } from './ship-form';

const ORDER_ID = new RegExp(orderIdPattern);
const ORDER_ID_WHOLE = new RegExp(`^${orderIdPattern}$`);

/** A detail or ship-form page's order. `now` anchors dates printed without a year. */
export function extractOrder(doc: Document, url: URL, now: Date = new Date()): ExtractResult {
  const pageKind = kindOf(doc, url);
  if (pageKind !== 'order-detail' && pageKind !== 'ship-form') {
    return { ok: false, reason: `This Seller Central page is not an order page (${url.pathname})` };
  }
  const hooks = readByHooks(doc, url, now, pageKind);
  // A page that still has Seller Central's order layout but lost one hook is not read from
  // elsewhere (order-detail.changed-no-order-id): labels are for a page without the layout.
  if (queryFirst(doc, sel.mount.detailHeaderButtons)) return hooks;
  return withLabelRead(hooks, () => readByLabels(doc, pageKind, labelSpec, orderIdOfUrl(url)));
}

/** The label read's view of Seller Central: 3-7-7 order ids, `/dp/` links, the sales channel. */
const labelSpec: LabelReadSpec = {
  console: 'amazon',
  orderId: ORDER_ID_WHOLE,
  listingLink: /\/(?:dp|gp\/product)\/([A-Z0-9]{10})(?:[/?#]|$)/,
  impliedDestination: (doc) =>
    regionOfSalesChannel(labelValue(doc.body, labelWords.salesChannel) ?? '')?.country ?? null,
};

function readByHooks(
  doc: Document,
  url: URL,
  now: Date,
  pageKind: 'order-detail' | 'ship-form',
): ExtractResult {
  const orderId = ORDER_ID.exec(textOf(doc, sel.summary.orderId) ?? '')?.[0];
  if (!orderId) {
    return {
      ok: false,
      reason:
        'No order number on this page (data-test-id "order-id-value"): it is still loading, or Amazon changed the page',
    };
  }
  // The app re-renders in place when the seller opens another order: don't read the old one.
  const addressed = orderIdOfUrl(url);
  if (addressed !== null && orderId !== addressed) {
    return { ok: false, reason: `The page still shows order ${orderId}, not ${addressed}` };
  }

  const salesChannel = regionOf(textOf(doc, sel.summary.salesChannel));
  const form = pageKind === 'ship-form' ? findShipForm(doc) : null;
  return finish({
    pageKind,
    orderId,
    destinationCountry: readDestination(doc, salesChannel),
    ...detailItems(doc, currencyOf(salesChannel, url)),
    buyerSelectedService: textOf(doc, sel.summary.shippingService),
    shipBy: dateOf(textOf(doc, sel.summary.shipBy), now),
    orderedAt: dateTimeOf(textOf(doc, sel.summary.purchaseDate), now),
    // On a form, what the seller has picked and typed so far; else the confirmed shipment.
    carrier: form ? form.readCarrier() : readPackageCarrier(doc),
    trackingNumbers: [
      ...new Set(
        (form ? form.readTracking() : trackingFields(doc).map((field) => field.text)).flatMap(
          trackingTokens,
        ),
      ),
    ],
    status: statusOf(queryFirst(doc, sel.summary.status)),
    fulfilledBy: fulfilledByOf(textOf(doc, sel.summary.fulfillmentChannel)),
    shipFromCountry: null,
  });
}

/** Every row of the order list, in page order. */
export function extractListRows(doc: Document, url: URL, now: Date = new Date()): ExtractResult[] {
  return readAllRows(orderListSource(orderList(doc, url), () => now)).map((row) => row.facts);
}

/** The order list: one row per order, its badge right after the order link. */
export function orderList(doc: Document, url: URL): OrderList {
  return {
    rows: queryAll(doc, sel.list.rows),
    continued: false,
    read: ({ row }, now) => extractListRow(row, url, now),
    mount: ({ row }) => rowBadgeMount(row),
  };
}

/** The label lines of a list row's order cells. */
const rowLabels = {
  salesChannel: sel.labels.salesChannel,
  shipBy: sel.labels.shipByDate,
  fulfilledBy: sel.labels.fulfilmentMethod,
};

/**
 * One list row. The list shows no address, no shipping service and no tracking column (§1.4
 * lists none; none is invented here). The destination is the sales channel's country, the
 * same inference the order page makes when the address has no country line: seller-fulfilled
 * orders of a marketplace are delivered in its country; the order page has the final word.
 */
export function extractListRow(row: Element, url: URL, now: Date = new Date()): ExtractResult {
  const orderId = ORDER_ID.exec(elementText(queryRow(row, sel.list.orderLink)))?.[0];
  if (!orderId) return { ok: false, reason: 'This order row shows no order number' };

  const lines = valuesAfterLabels(row, rowLabels);
  const salesChannel = regionOf(lines.salesChannel);
  const orderDate = elementText(queryRow(row, sel.list.orderDate));
  return finish({
    pageKind: 'order-list',
    orderId,
    destinationCountry: salesChannel?.country ?? null,
    ...listItems(row, currencyOf(salesChannel, url)),
    buyerSelectedService: null,
    shipBy: dateOf(lines.shipBy, now),
    orderedAt: orderDate
      ? dateTimeOf(`${orderDate} ${elementText(queryRow(row, sel.list.orderTime))}`, now)
      : null,
    carrier: null,
    trackingNumbers: [],
    status: statusOf(queryRow(row, sel.list.status)),
    fulfilledBy: fulfilledByOf(lines.fulfilledBy),
    shipFromCountry: null,
  });
}

/** The tracking-number fields of a detail page (a link or a span, §1.5). */
export function trackingFields(doc: Document): TrackingField[] {
  return queryAll(doc, sel.shipment.tracking)
    .map((element) => ({ element, text: elementText(element) }))
    .filter((field) => field.text !== '');
}

type Facts = Omit<OrderFacts, 'console' | 'missing'>;

/** Names every fact that could not be read, then validates. */
function finish(facts: Facts): ExtractResult {
  const shipped = facts.status === 'shipped' || facts.status === 'delivered';
  const unread: Record<FactName, boolean> = {
    destinationCountry: facts.destinationCountry === null,
    items: facts.items.length === 0,
    itemWeight: facts.items.length === 0 || facts.items.some((i) => i.unitWeightGrams === null),
    orderValue: facts.orderValue === null,
    buyerSelectedService: facts.buyerSelectedService === null,
    shipBy: facts.shipBy === null,
    orderedAt: facts.orderedAt === null,
    // An order not yet shipped has no carrier or tracking number to read: none is a fact.
    carrier: shipped && facts.carrier === null,
    trackingNumbers: shipped && facts.trackingNumbers.length === 0,
    status: facts.status === 'unknown',
    fulfilledBy: facts.fulfilledBy === null,
    shipFromCountry: facts.shipFromCountry === null,
  };
  const missing = factNames.filter((name) => unread[name]);
  return validateOrderFacts({ console: 'amazon', ...facts, missing });
}

/**
 * Destination: the address block's last line when it names a country (international and
 * most EU addresses carry one, §1.5 [4611796089]). Amazon prints no country line for an
 * address in the order's own marketplace — a US order ends with the ZIP line [35295753986,
 * 8488153563] — so when the last line is a postal line (it has digits) the destination is
 * the country of the order's sales channel ("Amazon.com" → US), as the DE tool [4611796089]
 * derives it. Without a sales channel, or with a last line that is neither, it stays unknown.
 */
function readDestination(doc: Document, salesChannel: AmazonRegion | null): string | null {
  const lines = queryAll(doc, sel.address.lines).map(elementText).filter(Boolean);
  const last = lines.at(-1);
  if (last === undefined || lines.length < 2) return null;
  // No country name has digits: a postal line is not looked up (in every language) at all.
  return /\d/.test(last) ? (salesChannel?.country ?? null) : countryCode(last);
}

/** The carrier column of the first package box (shipped orders, §1.5 SINGLE SOURCE). */
function readPackageCarrier(doc: Document): string | null {
  const box = queryFirst(doc, sel.shipment.packageBox);
  return (box && elementText(queryAll(box, sel.shipment.packageColumns)[1])) || null;
}

function statusOf(status: Element | null): OrderStatus {
  if (!status) return 'unknown';
  const byClass = Object.entries(sel.statusClasses).find(([name]) =>
    status.classList.contains(name),
  );
  return byClass?.[1] ?? sel.statusLabels[elementText(status).toLowerCase()] ?? 'unknown';
}

function fulfilledByOf(value: string | null): 'seller' | 'platform' | null {
  const lower = value?.toLowerCase() ?? '';
  // Seller words first: a seller-fulfilled label may still mention Amazon (Buy Shipping).
  if (sel.fulfillmentWords.seller.some((word) => lower.includes(word))) return 'seller';
  if (sel.fulfillmentWords.platform.some((word) => lower.includes(word))) return 'platform';
  return null;
}

function regionOf(salesChannel: string | null): AmazonRegion | null {
  return salesChannel ? regionOfSalesChannel(salesChannel) : null;
}

/** Amounts are in the order's marketplace currency; the host's is the next best guess for "$". */
function currencyOf(salesChannel: AmazonRegion | null, url: URL): string | undefined {
  return (salesChannel ?? regionOfHost(url.hostname))?.currency;
}

function dateOf(value: string | null, now: Date): string | null {
  return value ? parseDate(value, { now }) : null;
}

function dateTimeOf(value: string | null, now: Date): string | null {
  return value ? parseDateTime(value, { now }) : null;
}
