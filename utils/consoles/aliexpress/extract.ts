import type { ExtractResult } from '../../order-facts';
import { countryCode } from '../../parse/country';
import { parseCountdown } from '../../parse/countdown';
import { parseDateTime } from '../../parse/date';
import { queryFirst, elementText, textOf } from '../dom';
import { readDestinationFacts } from './address';
import { readByLabels, withLabelRead, type LabelReadSpec } from '../label-read';
import { isWarehouseStatus, readStatusText, statusOf, toFacts, type ReadFacts } from './facts';
import { itemsValue, readItems } from './items';
import { labelledValue } from './labelled';
import type { ListOrder } from '../list-rows';
import { listOrderId } from './list';
import { pageKind as kindOf } from './content';
import { readShipForm } from './ship-form';
import * as s from './selectors';
import { trackingTokens } from '../dom';
import { readTrackingNumbers } from './tracking';

/** AliExpress order ids have 15–20 digits (docs/consoles/aliexpress.md#hosts, [52699348535]). */
const ORDER_ID = /(?<!\d)\d{15,20}(?!\d)/u;

/** The order of a detail page or ship form. Never throws. */
export function extractOrder(doc: Document, url: URL, now: Date = new Date()): ExtractResult {
  const kind = kindOf(doc, url);
  if (kind === 'order-detail') {
    return withLabelRead(extractDetail(doc, url, now), () =>
      readByLabels(doc, kind, labelSpec, url.searchParams.get('orderId')),
    );
  }
  if (kind === 'ship-form') return extractShipForm(doc, url, now);
  return {
    ok: false,
    reason:
      'This AliExpress page is not an order detail page or a ship form: there is no order to read.',
  };
}

/** The label read's view of AliExpress: its order ids and its product pages (437404). */
const labelSpec: LabelReadSpec = {
  console: 'aliexpress',
  orderId: /^\d{15,20}$/,
  listingLink: /aliexpress\.[a-z.]+\/item\/(\d{10,20})\.html/,
};

/** One order of a list page: its order row and item rows (old list) or its table (new list). */
export function readListOrder(order: ListOrder, now: Date): ExtractResult {
  const orderId = ORDER_ID.exec(elementText(listOrderId(order)))?.[0];
  if (!orderId) {
    return {
      ok: false,
      reason: 'This order row shows no order number: the list layout may have changed.',
    };
  }
  const country = firstText(order.parts, s.buyerCountry.css);
  return toFacts({
    pageKind: 'order-list',
    orderId,
    destinationCountry: country ? countryCode(country) : null,
    ...readOrder(order.parts, now, true),
  });
}

function extractDetail(doc: Document, url: URL, now: Date): ExtractResult {
  const shown = orderIdOnPage(doc);
  if (!shown) {
    return {
      ok: false,
      reason:
        'No order number was found on this AliExpress order page: it may still be loading, or its layout changed.',
    };
  }
  const mismatch = idMismatch(shown, url.searchParams.get('orderId'));
  if (mismatch) return mismatch;
  return toFacts({
    pageKind: 'order-detail',
    orderId: shown,
    ...readDestinationFacts(doc),
    ...readOrder([doc], now, false),
  });
}

function extractShipForm(doc: Document, url: URL, now: Date): ExtractResult {
  // A form at a known URL names its order there; one known by its content shows it.
  const shown = orderIdOnPage(doc);
  const orderId =
    url.searchParams.get('tradeOrderId') ?? url.searchParams.get('trade_order_id') ?? shown ?? '';
  const mismatch = shown ? idMismatch(shown, orderId) : null;
  if (mismatch) return mismatch;
  const form = readShipForm(doc);
  if (!form) {
    return {
      ok: false,
      reason:
        'No carrier or tracking number field was found on this ship form: it may still be loading, or its layout changed.',
    };
  }
  const typed = form.readTracking().flatMap(trackingTokens);
  return toFacts({
    pageKind: 'ship-form',
    orderId,
    ...readDestinationFacts(doc),
    ...readOrder([doc], now, false),
    carrier: form.readCarrier(),
    trackingNumbers: [...new Set(typed)],
  });
}

/** Everything but the order id and destination, from the order's own elements. */
function readOrder(
  scopes: readonly ParentNode[],
  now: Date,
  scanStatus: boolean,
): Omit<
  ReadFacts,
  'pageKind' | 'orderId' | 'destinationCountry' | 'destinationSource' | 'destinationBasis'
> {
  const { items, complete } = readItems(scopes);
  const statusText = readStatusText(scopes, scanStatus);
  const countdown = firstText(scopes, s.countdown.css) ?? labelledValue(scopes, s.labels.countdown);
  // The label first: hashed `header--value--` spans also hold other header values.
  const ordered = labelledValue(scopes, s.labels.orderedAt) ?? firstText(scopes, s.orderedAt.css);
  const total =
    firstText(scopes, s.productTotal.css) ?? labelledValue(scopes, s.labels.productTotal);
  return {
    items,
    itemsComplete: complete,
    orderValue: itemsValue(total, items),
    // Per item on the old pages; the first item's choice stands for the order (437404 ranks
    // them instead, with its own table of service levels).
    buyerSelectedService:
      firstText(scopes, s.buyerService.css) ?? labelledValue(scopes, s.labels.buyerService),
    shipBy: countdown ? parseCountdown(countdown, { now }) : null,
    orderedAt: ordered ? parseDateTime(ordered, { now }) : null,
    carrier: labelledValue(scopes, s.labels.carrier),
    trackingNumbers: readTrackingNumbers(scopes),
    status: (statusText === null ? null : statusOf(statusText)) ?? 'unknown',
    warehouse: isWarehouseStatus(statusText),
  };
}

function orderIdOnPage(doc: Document): string | null {
  const shown =
    elementText(queryFirst(doc, s.orderId.css)) || labelledValue([doc], s.labels.orderId);
  return ORDER_ID.exec(shown ?? '')?.[0] ?? null;
}

/** The SPA swaps orders in place: a page still showing the previous order must not be read. */
function idMismatch(shown: string, expected: string | null): ExtractResult | null {
  if (!expected || expected === shown) return null;
  return {
    ok: false,
    reason: `The page shows order ${shown} but its address is for order ${expected}: it is probably still loading.`,
  };
}

function firstText(scopes: readonly ParentNode[], selectors: readonly string[]): string | null {
  for (const scope of scopes) {
    const found = textOf(scope, selectors);
    if (found) return found;
  }
  return null;
}
