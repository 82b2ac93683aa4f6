/**
 * Reading helpers the eBay extractors share: Seller Hub-specific text handling on top of
 * `../dom.ts`. Like those helpers they never throw.
 */
import {
  factNames,
  type FactName,
  type Money,
  type OrderItem,
  type OrderStatus,
} from '../../order-facts';
import { hiddenText, statusPrefixes, shipByPrefixes } from './selectors';

const isElement = (node: Node): node is Element => node.nodeType === 1;
const isText = (node: Node): boolean => node.nodeType === 3;

const skipped = [...hiddenText, 'script', 'style'].join(', ');

/**
 * The text a seller sees in `el`: tooltips ("Copy country/region") and screen-reader-only
 * text left out, whitespace collapsed. Address values carry such tooltips (saved page).
 */
export function visibleText(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (isText(child)) parts.push(child.textContent ?? '');
      else if (isElement(child) && !child.matches(skipped)) walk(child);
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every element any of `selectors` matches, in document order (for "ALL OF" specs). */
export function unionAll(root: ParentNode, selectors: readonly string[]): Element[] {
  return [...root.querySelectorAll(selectors.join(', '))];
}

/** "Custom label (SKU): AB-12" → "AB-12": drops a leading label and its colon. */
export function afterLabel(text: string, labels: readonly string[]): string {
  const lower = text.toLowerCase();
  for (const label of labels) {
    if (lower.startsWith(label.toLowerCase())) {
      return text
        .slice(label.length)
        .replace(/^\s*[:：]?\s*/, '')
        .trim();
    }
  }
  return text.trim();
}

/** eBay item ids are 12 digits (saved page "156283516789"; list "(…)" [file id 15536706606]). */
function itemIdIn(text: string): string | null {
  return /(?<!\d)\d{12}(?!\d)/.exec(text)?.[0] ?? null;
}

/** The item id shown beside the item, else the one in its `/itm/{id}` link. */
export function listingIdOf(shownId: string, link: Element | null): string | null {
  const href = link?.getAttribute('href') ?? '';
  return itemIdIn(shownId) ?? itemIdIn(/\/itm\/(\d+)/.exec(href)?.[1] ?? '');
}

function startsWithWord(text: string, prefix: string): boolean {
  const lower = text.toLowerCase();
  const wanted = prefix.toLowerCase();
  return lower.startsWith(wanted) && !/[\p{L}\p{N}]/u.test(lower.charAt(wanted.length));
}

/**
 * An order status summary ("Ship by Nov 27", "Shipped on Apr 16", "Shipping overdue") read
 * by its prefix; `shipByText` is the text holding the ship-by date when there is one.
 */
export function statusFromText(
  text: string,
): { status: OrderStatus; shipByText: string | null } | null {
  const entry = statusPrefixes.find(({ prefixes }) =>
    prefixes.some((p) => startsWithWord(text, p)),
  );
  if (!entry) return null;
  const shipBy = shipByPrefixes.some((p) => startsWithWord(text, p)) ? text : null;
  return { status: entry.status, shipByText: shipBy };
}

/** `missing` in the contract's order, so the same page always gives the same list. */
export function orderedMissing(missing: ReadonlySet<FactName>): FactName[] {
  return factNames.filter((name) => missing.has(name));
}

/**
 * The items subtotal from the items' own prices: null unless every item shows a price, all
 * in one currency.
 */
export function sumOfItems(items: readonly OrderItem[]): Money | null {
  const first = items[0]?.unitPrice;
  if (!first) return null;
  let cents = 0;
  for (const item of items) {
    if (!item.unitPrice || item.unitPrice.currency !== first.currency) return null;
    cents += Math.round(item.unitPrice.amount * 100) * item.quantity;
  }
  return { amount: cents / 100, currency: first.currency };
}
