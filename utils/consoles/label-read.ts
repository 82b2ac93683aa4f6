/**
 * The second read of an order: from its visible labels and their values, for when a console's
 * hooks (`data-test-id`s, classes) are missing or renamed. The labels are the words a seller
 * sees ("Order ID", "Ship to", "SKU:", "数量" …, label-words.ts) and the items are the links to
 * their listings, which every console shows. Hooks first, labels second: the extractors call
 * `withLabelRead` only with what their hooks gave, and a label read says so (`readVia`).
 */
import type { ConsoleId, ExtractResult, OrderItem, PageKind } from '../order-facts';
import { factNames, unreadOrder, validateOrderFacts, type FactName } from '../order-facts';
import { countryCode } from '../parse/country';
import { labelledOrderId, valuesAfterLabel } from './content-kind';
import { destinationFacts } from './destination';
import { elementText, isLabel, valuesAfterLabels } from './dom';
import { labelWords } from './label-words';

export interface LabelReadSpec {
  console: ConsoleId;
  /** A whole order id of the console (anchored). */
  orderId: RegExp;
  /** A link to one of the console's listings; group 1 is the listing id. */
  listingLink: RegExp;
  /** The destination when the address has no country line (Amazon: the sales channel's). */
  impliedDestination?: (doc: Document) => string | null;
}

const SKIP = 'script, style, template, noscript, option, select';

function leaves(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter(
    (el) => el.children.length === 0 && !el.closest(SKIP) && elementText(el) !== '',
  );
}

/** The value of the first leaf under `root` labelled with one of `labels`. */
export function labelValue(root: Element, labels: readonly string[]): string | null {
  for (const leaf of leaves(root)) {
    const value = valuesAfterLabel(leaf, labels);
    if (value) return value;
  }
  // "<span>SKU</span>: ABC": the value is a text node beside the label.
  return valuesAfterLabels(root, { value: labels }).value;
}

/** A phone number's labels: where an address block ends, and where its phone is read. */
const phoneWords = [
  'Phone',
  'Phone number',
  'Mobile',
  '电话',
  '联系电话',
  'Telefon',
  'Téléphone',
  'Telefono',
  'Teléfono',
  '電話番号',
];
const nextFacts = [
  ...phoneWords,
  'Contact Buyer',
  'Address Type',
  ...labelWords.shippingService,
  ...labelWords.tracking,
  'Buyer selected shipping service',
];

/** A country named in the address block after a "Ship to" label, read from its end. */
function addressCountry(body: Element): string | null {
  const all = leaves(body);
  const start = all.findIndex((leaf) => isLabel(elementText(leaf), labelWords.shipTo));
  if (start < 0) return null;
  const after = all.slice(start + 1, start + 17).map(elementText);
  // The address ends where the next fact's label starts ("Phone", "Shipping service" …).
  const end = after.findIndex((text) => isLabel(text, nextFacts));
  const block = end < 0 ? after : after.slice(0, end);
  for (const line of block.reverse()) {
    const parts = line.split(/[,，]/u).map((part) => part.trim());
    for (const part of parts.reverse()) {
      // Two-letter parts are US states and provinces ("IL", "OH"), not countries.
      if (part.length < 4 || part.includes('*')) continue;
      const code = countryCode(part);
      if (code) return code;
    }
  }
  return null;
}

/** The column of a table cell under a header whose text is one of `labels`, for `row`. */
function columnValue(row: Element, labels: readonly string[]): string | null {
  const table = row.closest('table');
  const header = table
    ? [...table.querySelectorAll('th')].find((th) => isLabel(elementText(th), labels))
    : null;
  if (!header?.parentElement) return null;
  const index = [...header.parentElement.children].indexOf(header);
  return elementText(row.children[index]) || null;
}

function quantityOf(container: Element, row: Element | null): number {
  const text =
    (row ? columnValue(row, labelWords.quantity) : null) ??
    labelValue(container, labelWords.quantity) ??
    '';
  const digits = /\d+/.exec(text)?.[0];
  return digits ? Number(digits) : 1;
}

/** Items: one per listing linked on the page, each read inside its own block. */
function readItems(body: Element, spec: LabelReadSpec): OrderItem[] {
  const links = [...body.querySelectorAll('a[href]')].flatMap((link) => {
    const id = spec.listingLink.exec(link.getAttribute('href') ?? '')?.[1];
    return id ? [{ link, id }] : [];
  });
  const ids = [...new Set(links.map((entry) => entry.id))];
  const boundary = [...labelWords.orderId, ...labelWords.shipTo];
  return ids.map((id) => {
    const own = links.filter((entry) => entry.id === id);
    const first = own[0]?.link as Element;
    // The item's block: the largest ancestor that links to no other listing and holds no
    // order-level label (the order summary is not part of any item).
    const row = first.closest('tr');
    let container: Element = row ?? first;
    for (let up = first.parentElement; !row && up && up !== body; up = up.parentElement) {
      const others = links.some((entry) => entry.id !== id && up.contains(entry.link));
      const orderLevel = leaves(up).some((leaf) => isLabel(elementText(leaf), boundary));
      if (others || orderLevel) break;
      container = up;
    }
    const title = own
      .map((entry) => elementText(entry.link))
      .reduce((longest, text) => (text.length > longest.length ? text : longest), '');
    const sku = labelValue(container, labelWords.sku);
    return {
      title: title || id,
      sku: sku ? sku.replace(/^[:：]\s*/u, '') : null,
      listingId: id,
      quantity: quantityOf(container, row),
      unitPrice: null,
      unitWeightGrams: null,
    };
  });
}

/**
 * The order read from labels alone, or why it could not be. `addressed` is the order the URL
 * names, when it names one.
 */
export function readByLabels(
  doc: Document,
  pageKind: PageKind,
  spec: LabelReadSpec,
  addressed: string | null,
): ExtractResult {
  const body = doc.body;
  const orderId = labelledOrderId(body, spec.orderId);
  if (!body || !orderId) {
    return { ok: false, reason: 'No order number next to an "Order ID" label on this page' };
  }
  // A page still showing another order than the one its URL names is not read.
  if (addressed && addressed !== orderId) {
    return { ok: false, reason: `The page still shows order ${orderId}, not ${addressed}` };
  }
  const items = readItems(body, spec);
  // An order page shows what was ordered; a home page's "latest order" line does not.
  if (items.length === 0) return { ok: false, reason: 'No ordered items next to the order number' };
  const destination = destinationFacts(
    addressCountry(body) ?? spec.impliedDestination?.(doc) ?? null,
    () => ({
      phone: labelValue(body, phoneWords),
    }),
  );
  const buyerSelectedService = labelValue(body, labelWords.shippingService);
  const known: Partial<Record<FactName, boolean>> = {
    destinationCountry: destination.destinationCountry !== null,
    items: items.length > 0,
    buyerSelectedService: buyerSelectedService !== null,
  };
  // Labels give the id, the destination, the items and the service; the rest stays unknown.
  return validateOrderFacts({
    ...unreadOrder(spec.console, pageKind, orderId),
    ...destination,
    items,
    buyerSelectedService,
    missing: factNames.filter((name) => !known[name]),
    readVia: 'labels',
  });
}

/**
 * Hooks first, labels second: the hook read when it found the order and its items, else the
 * label read — whole when the hooks found nothing, or only its items when they found the
 * order but not what is in it.
 */
export function withLabelRead(hooks: ExtractResult, labels: () => ExtractResult): ExtractResult {
  if (hooks.ok && hooks.facts.items.length > 0) return hooks;
  const read = labels();
  if (!read.ok) return hooks;
  if (!hooks.ok) return read;
  if (read.facts.items.length === 0) return hooks;
  return validateOrderFacts({
    ...hooks.facts,
    items: read.facts.items,
    missing: hooks.facts.missing.filter((name) => name !== 'items'),
    readVia: 'labels',
  });
}
