/**
 * Reads the order rows of the Seller Hub order list (`/sh/ord`), docs/consoles/ebay.md#order-list.
 *
 * One order per `tr.order-info`; a multi-item order continues in the rows after it until the
 * next `tr.order-info` ([file ids 63324058824, 71290742093]). Items are read per row, each
 * with the quantity and price cells of its own row, so an order row that only sums up its
 * items (total quantity, order total) adds no item of its own. The list shows no ship-to
 * country, buyer-selected service or carrier (not found in any source): those are missing.
 */
import type { ExtractResult, FactName, OrderItem, OrderStatus } from '../../order-facts';
import { validateOrderFacts } from '../../order-facts';
import { parseDate, parseDateTime } from '../../parse/date';
import { parseMoney } from '../../parse/money';
import { queryRow, queryRowAll, rowText } from '../cells';
import { queryAll, queryFirst, elementText, textOf, trackingTokens } from '../dom';
import { orderListSource, readAllRows, type OrderList } from '../list-rows';
import { destinationFacts } from '../destination';
import { listStatusFilter, orderIdInText, orderIdPattern } from './pages';
import {
  afterLabel,
  listingIdOf,
  orderedMissing,
  statusFromText,
  sumOfItems,
  unionAll,
  visibleText,
} from './read';
import * as s from './selectors';
import { siteOf } from './sites';

export interface RowFacts {
  /** The `tr.order-info` row; the order's item and note rows follow it. */
  row: Element;
  facts: ExtractResult;
}

export function extractListRows(doc: Document, url: URL, now: Date = new Date()): RowFacts[] {
  return readAllRows(orderListSource(orderList(doc, url), () => now));
}

/** The order rows, each read with the item rows that follow it up to the next order row. */
export function orderList(doc: Document, url: URL): OrderList {
  const currency = siteOf(url)?.currency;
  return {
    rows: queryAll(doc, s.listRow),
    continued: true,
    read: (order, now) => readRow(order.row, order.parts, url, currency, now),
    // The badge goes in the order-number cell.
    mount({ row }) {
      const link = queryRow(row, s.rowOrderLink);
      const cell = link?.closest('td') ?? link ?? row.firstElementChild ?? row;
      return { anchor: cell, position: 'append' };
    },
  };
}

function readRow(
  row: Element,
  group: readonly Element[],
  url: URL,
  currency: string | undefined,
  now: Date,
): ExtractResult {
  const orderId = readOrderId(row);
  if (!orderId) return { ok: false, reason: 'No order number in this order row' };

  const destination = destinationFacts(null, () => ({
    postcode: rowText(row, s.rowPostcode),
    siteCountry: siteOf(url)?.country ?? null,
  }));
  const missing = new Set<FactName>([
    'buyerSelectedService',
    'fulfilledBy',
    'shipFromCountry',
    'itemWeight',
  ]);
  if (destination.destinationCountry === null) missing.add('destinationCountry');
  const items = readItems(row, group, currency, missing);
  const orderValue = sumOfItems(items);
  if (!orderValue) missing.add('orderValue');

  const summary = statusFromText(rowText(row, s.rowStatus) ?? '');
  const status: OrderStatus =
    summary?.status ??
    // Every row of the "Awaiting shipment" filter awaits shipment, whatever its label says.
    (listStatusFilter(url) === 'AWAITING_SHIPMENT' ? 'unshipped' : 'unknown');
  if (status === 'unknown') missing.add('status');
  const shipBy = summary?.shipByText ? parseDate(summary.shipByText, { now }) : null;
  if (!shipBy) missing.add('shipBy');

  const dateText = queryRowAll(row, s.rowDate).map(elementText).join(' ');
  const orderedAt = dateText ? parseDateTime(dateText, { now }) : null;
  if (!orderedAt) missing.add('orderedAt');

  const trackingNumbers = [
    ...new Set(
      group.flatMap((member) =>
        unionAll(member, s.listTrackingValue).flatMap((el) => trackingTokens(visibleText(el))),
      ),
    ),
  ];
  if (status === 'shipped' || status === 'delivered') {
    missing.add('carrier');
    if (trackingNumbers.length === 0) missing.add('trackingNumbers');
  }

  return validateOrderFacts({
    console: 'ebay',
    pageKind: 'order-list',
    orderId,
    ...destination,
    items,
    orderValue,
    buyerSelectedService: null,
    shipBy,
    orderedAt,
    carrier: null,
    trackingNumbers,
    status,
    fulfilledBy: null,
    shipFromCountry: null,
    missing: orderedMissing(missing),
  });
}

/** The checkbox's `data-ordernumber`, else the details link, else the row id. */
function readOrderId(row: Element): string | null {
  const candidates = [
    queryRow(row, s.rowCheckbox)?.getAttribute('data-ordernumber') ?? '',
    elementText(queryRow(row, s.rowOrderLink)),
    orderIdInText.exec(row.id)?.[0] ?? '',
  ];
  return candidates.map((c) => c.trim()).find((c) => orderIdPattern.test(c)) ?? null;
}

function readItems(
  row: Element,
  group: readonly Element[],
  currency: string | undefined,
  missing: Set<FactName>,
): OrderItem[] {
  // A multi-item order's own row may sum its items up ("3 items") without naming one.
  const withItems = group.filter((member) => {
    const block = queryRow(member, s.purchaseDetails);
    return block !== null && queryFirst(block, [...s.listItemTitle, ...s.itemLink]) !== null;
  });
  // A one-item order may keep its quantity only on the checkbox ([file id 63324058824]).
  const checkboxQuantity =
    withItems.length === 1 ? queryRow(row, s.rowCheckbox)?.getAttribute('data-quantity') : null;
  const items = withItems.map((member) => readItem(member, currency, checkboxQuantity ?? null));
  const read = items.filter((item): item is OrderItem => item !== null);
  if (withItems.length === 0 || read.length < withItems.length) missing.add('items');
  return read;
}

function readItem(
  member: Element,
  currency: string | undefined,
  fallbackQuantity: string | null,
): OrderItem | null {
  const block = queryRow(member, s.purchaseDetails);
  if (!block) return null;
  const title = visibleText(queryFirst(block, s.listItemTitle));
  const quantity = Number.parseInt(
    rowText(member, s.listItemQuantity) ?? fallbackQuantity ?? '',
    10,
  );
  if (!title || !(quantity > 0)) return null;
  const sku = afterLabel(textOf(block, s.listItemSku) ?? '', s.labels.sku);
  const price = rowText(member, s.listItemPrice);
  return {
    title,
    sku: sku || null,
    listingId: listingIdOf(textOf(block, s.listItemId) ?? '', queryFirst(block, s.itemLink)),
    quantity,
    unitPrice: price ? parseMoney(price, currency) : null,
    unitWeightGrams: null,
  };
}
