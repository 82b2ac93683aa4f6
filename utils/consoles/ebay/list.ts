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
import { queryAll, queryFirst, elementText, textOf, trackingTokens } from '../dom';
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
  const source = listRowSource(doc, url);
  return source.rows.map((row) => ({ row, facts: source.read(row, now) }));
}

/** The order rows, each read with the item rows that follow it up to the next order row. */
export function listRowSource(
  doc: Document,
  url: URL,
): { rows: Element[]; read(row: Element, now: Date): ExtractResult } {
  const rows = queryAll(doc, s.listRow);
  const rowSet = new Set(rows);
  const currency = siteOf(url)?.currency;
  return {
    rows,
    read(row, now) {
      const group = [row];
      for (
        let next = row.nextElementSibling;
        next && !rowSet.has(next);
        next = next.nextElementSibling
      ) {
        group.push(next);
      }
      return readRow(row, group, url, currency, now);
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
    postcode: textOf(row, s.rowPostcode),
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

  const summary = statusFromText(textOf(row, s.rowStatus) ?? '');
  const status: OrderStatus =
    summary?.status ??
    // Every row of the "Awaiting shipment" filter awaits shipment, whatever its label says.
    (listStatusFilter(url) === 'AWAITING_SHIPMENT' ? 'unshipped' : 'unknown');
  if (status === 'unknown') missing.add('status');
  const shipBy = summary?.shipByText ? parseDate(summary.shipByText, { now }) : null;
  if (!shipBy) missing.add('shipBy');

  const dateText = queryAll(row, s.rowDate).map(elementText).join(' ');
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
    queryFirst(row, s.rowCheckbox)?.getAttribute('data-ordernumber') ?? '',
    elementText(queryFirst(row, s.rowOrderLink)),
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
    const block = queryFirst(member, s.purchaseDetails);
    return block !== null && queryFirst(block, [...s.listItemTitle, ...s.itemLink]) !== null;
  });
  // A one-item order may keep its quantity only on the checkbox ([file id 63324058824]).
  const checkboxQuantity =
    withItems.length === 1 ? queryFirst(row, s.rowCheckbox)?.getAttribute('data-quantity') : null;
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
  const block = queryFirst(member, s.purchaseDetails);
  if (!block) return null;
  const title = visibleText(queryFirst(block, s.listItemTitle));
  const quantity = Number.parseInt(
    textOf(member, s.listItemQuantity) ?? fallbackQuantity ?? '',
    10,
  );
  if (!title || !(quantity > 0)) return null;
  const sku = afterLabel(textOf(block, s.listItemSku) ?? '', s.labels.sku);
  const price = textOf(member, s.listItemPrice);
  return {
    title,
    sku: sku || null,
    listingId: listingIdOf(textOf(block, s.listItemId) ?? '', queryFirst(block, s.itemLink)),
    quantity,
    unitPrice: price ? parseMoney(price, currency) : null,
    unitWeightGrams: null,
  };
}
