/**
 * Reads the order on a Seller Hub order-details page (`/mesh/ord/details`, `/sh/ord/details`),
 * modelled on the saved page described in docs/consoles/ebay.md#order-detail.
 *
 * Only widgets placed inside `main#mainContent` are read. The page is Marko-rendered with
 * async fragments: each arrives in a hidden `div#afmeshorderN` and Marko's client-reorder
 * runtime (`$af`, marko-js/marko `client-reorder-runtime`, index file id 452708912) moves its
 * children over the placeholder, leaving the emptied div behind. While any order widget is
 * still inside such a div the result is `{ok: false}` with a "Not ready" reason (the runtime
 * waits for the `ready` landmark and reads again): reading hidden fragments would give facts
 * for a page the seller cannot see yet, and a partly placed page would give an order with its
 * address or items silently missing.
 */
import type { ExtractResult, FactName, Money, OrderItem, OrderStatus } from '../../order-facts';
import { validateOrderFacts } from '../../order-facts';
import { countryCode } from '../../parse/country';
import { parseDate, parseDateTime } from '../../parse/date';
import { parseMoney } from '../../parse/money';
import { queryAll, queryFirst, textOf, trackingTokens, valueByLabel } from '../dom';
import { orderIdInText, orderIdPattern } from './pages';
import {
  afterLabel,
  listingIdOf,
  orderedMissing,
  sumOfItems,
  statusFromText,
  unionAll,
  visibleText,
} from './read';
import * as s from './selectors';
import { siteOf } from './sites';

/** Whether eBay still holds order widgets in hidden fragments, to place after load. */
export function placementPending(doc: Document): boolean {
  return unionAll(doc, s.unplacedWidget).length > 0;
}

export function extractDetail(doc: Document, url: URL, now: Date): ExtractResult {
  if (placementPending(doc)) {
    return {
      ok: false,
      reason: 'Not ready: eBay has not placed the order details on the page yet',
    };
  }
  const root = queryFirst(doc, s.detailRoot);
  const orderInfo = root && queryFirst(root, s.orderInfo);
  if (!root || !orderInfo) {
    return { ok: false, reason: 'No eBay order on this page: the order summary is missing' };
  }
  const orderId = readOrderId(orderInfo);
  if (!orderId) {
    return { ok: false, reason: 'The order number could not be found in the order summary' };
  }

  const currency = siteOf(url)?.currency;
  const missing = new Set<FactName>(['shipFromCountry']);
  const note = <T>(value: T | null, fact: FactName): T | null => {
    if (value === null) missing.add(fact);
    return value;
  };

  const shipping = queryFirst(root, s.shippingInfo);
  const { status, shipBy } = readStatus(root, now);
  const items = readItems(root, currency, missing);
  const trackingFields = unionAll(root, s.detailTrackingValue);
  const shippedAlready = status === 'shipped' || status === 'delivered';
  if (trackingFields.length === 0) missing.add('trackingNumbers');
  // No source shows a carrier name on the details page; once shipped, it is unknown.
  if (shippedAlready) missing.add('carrier');
  if (status === 'unknown') missing.add('status');

  return validateOrderFacts({
    console: 'ebay',
    pageKind: 'order-detail',
    orderId,
    destinationCountry: note(shipping && readDestination(shipping), 'destinationCountry'),
    items,
    orderValue: note(readOrderValue(root, items, currency), 'orderValue'),
    buyerSelectedService: note(
      shipping && readBuyerSelectedService(shipping),
      'buyerSelectedService',
    ),
    shipBy: note(shipBy, 'shipBy'),
    orderedAt: note(readOrderedAt(orderInfo, now), 'orderedAt'),
    carrier: null,
    trackingNumbers: [
      ...new Set(trackingFields.flatMap((field) => trackingTokens(visibleText(field)))),
    ],
    status,
    fulfilledBy: note(
      unionAll(root, s.sellerShippingAction).length > 0 ? 'seller' : null,
      'fulfilledBy',
    ),
    shipFromCountry: null,
    missing: orderedMissing(missing),
  });
}

/** The "Order" line of the order summary, else any order number written in it. */
function readOrderId(orderInfo: Element): string | null {
  const labelled = valueByLabel(orderInfo, s.labels.orderNumber);
  if (labelled && orderIdPattern.test(labelled)) return labelled;
  return orderIdInText.exec(visibleText(orderInfo))?.[0] ?? null;
}

function readStatus(root: Element, now: Date): { status: OrderStatus; shipBy: string | null } {
  const fromHeading = statusFromText(textOf(root, s.statusHeading) ?? '');
  if (fromHeading) {
    const shipBy = fromHeading.shipByText ? parseDate(fromHeading.shipByText, { now }) : null;
    return { status: fromHeading.status, shipBy };
  }
  // The summary is worded differently (another language, a new phrase): the More-actions
  // menu ids still say which side of "shipped" the order is on.
  if (queryFirst(root, s.shippedAction)) return { status: 'shipped', shipBy: null };
  if (queryFirst(root, s.unshippedAction)) return { status: 'unshipped', shipBy: null };
  return { status: 'unknown', shipBy: null };
}

/** The last "Ship to" line is the country (a "United States" line even for US buyers). */
function readDestination(shipping: Element): string | null {
  const lines = queryAll(shipping, s.shipToLines);
  const last = lines[lines.length - 1];
  return last ? countryCode(visibleText(last)) : null;
}

/** By its label: the first `dl.ship-itm` is the phone when one is shown (§2.5). */
function readBuyerSelectedService(shipping: Element): string | null {
  return (
    valueByLabel(shipping, s.labels.buyerSelectedService) ??
    textOf(shipping, s.buyerSelectedServiceFallback)
  );
}

function readOrderedAt(orderInfo: Element, now: Date): string | null {
  const sold = valueByLabel(orderInfo, s.labels.sold);
  return sold ? parseDateTime(sold, { now }) : null;
}

function readItems(
  root: Element,
  currency: string | undefined,
  missing: Set<FactName>,
): OrderItem[] {
  const cards = queryAll(root, s.lineItems);
  const items = cards.map((card) => readItem(card, currency));
  const read = items.filter((item): item is OrderItem => item !== null);
  if (cards.length === 0 || read.length < cards.length) missing.add('items');
  // Weight is never on the details page (§2.5): the panel asks for it per SKU.
  missing.add('itemWeight');
  return read;
}

function readItem(card: Element, currency: string | undefined): OrderItem | null {
  const title = visibleText(queryFirst(card, s.itemTitle));
  const quantity = Number.parseInt(textOf(card, s.itemQuantity) ?? '', 10);
  if (!title || !(quantity > 0)) return null;
  const sku = afterLabel(visibleText(queryFirst(card, s.itemSku)), s.labels.sku);
  const idLine = afterLabel(visibleText(queryFirst(card, s.itemIdLine)), s.labels.itemId);
  const price = textOf(card, s.itemPrice);
  return {
    title,
    sku: sku || null,
    listingId: listingIdOf(idLine, queryFirst(card, s.itemLink)),
    quantity,
    unitPrice: price ? parseMoney(price, currency) : null,
    unitWeightGrams: null,
  };
}

/** "Subtotal" of what the buyer paid; else the items' own prices, when every one is shown. */
function readOrderValue(
  root: Element,
  items: readonly OrderItem[],
  currency: string | undefined,
): Money | null {
  const paid = queryFirst(root, s.buyerPaid);
  const subtotal = paid && valueByLabel(paid, s.labels.subtotal);
  const parsed = subtotal ? parseMoney(subtotal, currency) : null;
  return parsed ?? sumOfItems(items);
}
