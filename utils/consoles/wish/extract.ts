/**
 * Wish orders as `OrderFacts`: one per row of a list page, and the order of the fulfil page.
 * Both are read by one function from a field reader: list cells (table.ts) or the values next
 * to the fulfil page's labels. Wish orders are one product variation each (v2 order fields,
 * docs/consoles/wish.md#data-model), so `items` has one entry.
 */
import {
  validateOrderFacts,
  type ExtractResult,
  type FactName,
  type Money,
  type OrderItem,
  type OrderStatus,
  type PageKind,
} from '../../order-facts';
import { parseMoney } from '../../parse/money';
import { countryCode } from '../../parse/country';
import { parseDateTime } from '../../parse/date';
import { findLabel, isLabel, queryFirst, elementText, valueByLabel } from '../dom';
import { pageKind as kindOf } from './content';
import {
  css,
  labels,
  orderIdPattern,
  productIdPattern,
  stateLabels,
  unfulfilledViewLabels,
  type FieldName,
} from './selectors';
import { trackingTokens } from '../dom';
import { controlValue, findFulfilForm, type FulfilForm } from './ship-form';
import { findOrderTable } from './table';
import { orderListSource, readAllRows, type OrderList } from '../list-rows';

/** Where an order's fields are read from. */
interface OrderSource {
  pageKind: PageKind;
  field(name: FieldName): Element | null;
  /** The status every order of this view has (unfulfilled list, fulfil page), if known. */
  viewStatus: OrderStatus | null;
  /** The fulfil form: carrier, tracking number and origin are read from its controls. */
  form: FulfilForm | null;
  now: Date;
}

/** Wish merchant amounts are US dollars (merchantfaq 115005882948 prices them in "$"). */
const CURRENCY = 'USD';

const textOf = (el: Element | null): string | null => elementText(el) || null;

/**
 * An element's elementText, one line per text node (`elementText()` runs "6b01…56" and a badge's
 * "Confirmed Delivery" together), leaving out the elements matching `skip`.
 */
function linesOf(el: Element, skip?: string): string[] {
  const lines: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const line = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (line) lines.push(line);
    } else if (!(skip && node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(skip))) {
      node.childNodes.forEach(walk);
    }
  };
  el.childNodes.forEach(walk);
  return lines;
}

/**
 * The destination: a country shown in the Ship-to cell (GUESS: "United States (view)") or
 * the country line of the address it shows (fulfil page). The "view" trigger of the popup
 * (merchantfaq 204530038) is left out. The legacy list shows only "view", whose popup is
 * not in the page until clicked: then the destination is missing.
 */
function destinationOf(el: Element | null): string | null {
  return el ? countryCode(linesOf(el, css.popupTrigger.join(', ')).join('\n')) : null;
}

function moneyOf(el: Element | null): Money | null {
  const value = textOf(el);
  return value ? parseMoney(value, CURRENCY) : null;
}

function integerOf(el: Element | null): number | null {
  const digits = /\d+/.exec(elementText(el))?.[0];
  return digits === undefined ? null : Number.parseInt(digits, 10);
}

function itemOf(source: OrderSource, quantity: number | null): OrderItem | null {
  const product = source.field('product');
  if (!product || quantity === null || quantity < 1) return null;
  const link = queryFirst(product, css.productLink);
  const title = elementText(link) || linesOf(product)[0];
  if (!title) return null;
  return {
    title,
    sku: textOf(source.field('sku')) ?? valueByLabel(product, labels.sku),
    listingId: productIdPattern.exec(link?.getAttribute('href') ?? '')?.[1] ?? null,
    quantity,
    unitPrice: moneyOf(source.field('price')),
    unitWeightGrams: null,
  };
}

/**
 * The Confirmed Delivery policy's order value: quantity × (merchant price + merchant
 * shipping), both per unit (merchantfaq 115005882948, docs/policies.md on Wish). Summed in cents.
 */
function orderValueOf(
  quantity: number | null,
  price: Money | null,
  shipping: Money | null,
): Money | null {
  if (quantity === null || !price || !shipping || price.currency !== shipping.currency) return null;
  const cents = quantity * (Math.round(price.amount * 100) + Math.round(shipping.amount * 100));
  return { amount: cents / 100, currency: price.currency };
}

function statusOf(source: OrderSource): OrderStatus {
  const state = elementText(source.field('state'));
  for (const [status, words] of Object.entries(stateLabels)) {
    if (isLabel(state, words)) return status as OrderStatus;
  }
  return source.viewStatus ?? 'unknown';
}

/** "Days to Fulfill" counts calendar days left (merchantfaq 204530068): the UTC date that many days after now. */
function shipByOf(source: OrderSource): string | null {
  const days = integerOf(source.field('daysToFulfill'));
  if (days === null) return null;
  const due = new Date(source.now.getTime() + days * 86_400_000);
  return due.toISOString().slice(0, 10);
}

/** "Date (UTC)": the time is UTC, so an instant gets its `Z`. */
function orderedAtOf(source: OrderSource): string | null {
  const value = textOf(source.field('orderedAt'));
  const parsed = value ? parseDateTime(value, { now: source.now }) : null;
  return parsed?.includes('T') ? `${parsed}Z` : parsed;
}

function readOrder(source: OrderSource): ExtractResult {
  const idCell = source.field('orderId');
  const orderId = idCell ? linesOf(idCell).find((line) => orderIdPattern.test(line)) : undefined;
  if (!orderId) {
    return { ok: false, reason: 'No Wish order ID (24 hex digits) next to an "Order ID" label' };
  }
  const quantity = integerOf(source.field('quantity'));
  const item = itemOf(source, quantity);
  const status = statusOf(source);
  const { form } = source;
  const carrier = form ? controlValue(form.carrier) : textOf(source.field('carrier'));
  const trackingNumbers = trackingTokens(
    form ? controlValue(form.tracking) : textOf(source.field('trackingNumber')),
  );
  const facts = {
    console: 'wish',
    pageKind: source.pageKind,
    orderId,
    destinationCountry: destinationOf(source.field('shipTo')),
    items: item ? [item] : [],
    orderValue: orderValueOf(
      quantity,
      moneyOf(source.field('price')),
      moneyOf(source.field('shipping')),
    ),
    // Wish buyers pay the merchant's shipping price; they choose no service (merchantfaq 204530068).
    buyerSelectedService: null,
    shipBy: shipByOf(source),
    orderedAt: orderedAtOf(source),
    carrier,
    trackingNumbers,
    status,
    // An order waiting for the merchant to fulfil it is the merchant's to ship.
    fulfilledBy: status === 'unshipped' ? 'seller' : null,
    shipFromCountry: countryCode(controlValue(form?.origin ?? null) ?? ''),
  };

  // Only what the page could have told us counts as missing: an unshipped order has no
  // carrier or tracking yet, and a shipped or cancelled one no deadline left.
  const shipmentExpected = status === 'shipped' || status === 'delivered' || status === 'unknown';
  const missing: FactName[] = [];
  const note = (name: FactName, isMissing: boolean): void => {
    if (isMissing) missing.push(name);
  };
  note('destinationCountry', facts.destinationCountry === null);
  note('items', facts.items.length === 0);
  note('itemWeight', true); // Wish order pages show no weight (§4.2, §4.3).
  note('orderValue', facts.orderValue === null);
  note('shipBy', facts.shipBy === null && (status === 'unshipped' || status === 'unknown'));
  note('orderedAt', facts.orderedAt === null);
  note('carrier', carrier === null && shipmentExpected);
  note('trackingNumbers', trackingNumbers.length === 0 && shipmentExpected);
  note('status', status === 'unknown');
  note('fulfilledBy', facts.fulfilledBy === null);
  note('shipFromCountry', facts.shipFromCountry === null);
  return validateOrderFacts({ ...facts, missing });
}

/** The status the list's current tab or heading gives all its orders ("Unfulfilled Orders"). */
function viewStatusOf(doc: Document): OrderStatus | null {
  for (const selector of css.viewTitle) {
    for (const title of doc.querySelectorAll(selector)) {
      const words = elementText(title).toLowerCase();
      if (unfulfilledViewLabels.some((label) => words.includes(label.toLowerCase()))) {
        return 'unshipped';
      }
    }
  }
  return null;
}

/** The order of the fulfil page (the only single-order page modelled, pages.ts). */
export function extractOrder(doc: Document, url: URL, now: Date = new Date()): ExtractResult {
  const pageKind = kindOf(doc, url);
  if (pageKind !== 'ship-form') {
    return {
      ok: false,
      reason:
        pageKind === 'order-list'
          ? 'This is a Wish order list: its orders are read row by row'
          : 'This is not a Wish fulfil-order page',
    };
  }
  const scope = queryFirst(doc, css.main) ?? doc.body ?? doc.documentElement;
  return readOrder({
    pageKind,
    field(name) {
      const label = findLabel(scope, labels[name]);
      return label?.nextElementSibling ?? label?.parentElement?.nextElementSibling ?? null;
    },
    // "Fulfill" is offered on unfulfilled orders only (merchantfaq 204530068).
    viewStatus: 'unshipped',
    form: findFulfilForm(doc),
    now,
  });
}

export interface ListRowFacts {
  row: Element;
  facts: ExtractResult;
}

/** The orders of a list page's order table, in page order; [] when there is no order table. */
export function extractListRows(doc: Document, _url: URL, now: Date = new Date()): ListRowFacts[] {
  return readAllRows(orderListSource(orderList(doc), () => now));
}

/** The rows of the order table that hold an order id cell, each read on its own. */
export function orderList(doc: Document): OrderList {
  const table = findOrderTable(doc);
  if (!table) return { rows: [], continued: false, read: unreachable, mount: unreachable };
  const viewStatus = viewStatusOf(doc);
  return {
    rows: table.rows.filter((row) => table.cell(row, 'orderId')),
    continued: false,
    read: ({ row }, now) =>
      readOrder({
        pageKind: 'order-list',
        field: (name) => table.cell(row, name),
        viewStatus,
        form: null,
        now,
      }),
    // The badge goes next to the order id.
    mount: ({ row }) => ({ anchor: table.cell(row, 'orderId') ?? row, position: 'append' }),
  };
}

function unreachable(): never {
  throw new Error('No order table on this page');
}
