/**
 * Which kind of order page a document is, from what it shows rather than from its address:
 * the consoles move pages to new paths (Wish's dashboard now lives under `/md/…`, see
 * docs/consoles/wish.md), so on a console host whose URL is not in a console's table the
 * page's content decides. Pure: a Document in, a kind or null out.
 *
 * - a list: rows each holding an order id (a column headed by an order-id label, rows of
 *   labelled ids, or — where the id's shape is the console's alone — table rows holding ids);
 * - a ship form: a tracking-number input and a carrier choice, found by their labels;
 * - an order detail: exactly one order id next to its label, and an address or item labels.
 *
 * Each console adds its own hooks (selectors only its order pages carry) as a first, cheap
 * test. Product, listing, home, payment and report pages show none of these combinations.
 */
import type { PageKind } from '../order-facts';
import { elementText, isLabel, queryFirst } from './dom';
import { labelWords } from './label-words';

export interface ContentSigns {
  /** A whole order id of this console (anchored). */
  orderId: RegExp;
  /**
   * Whether the id's shape alone tells an order id from any other number on the page
   * (Amazon's 3-7-7, eBay's 2-5-5); AliExpress' 16 digits and Wish's 24 hex are shared
   * with product ids, so there only a labelled id counts.
   */
  distinctiveId: boolean;
  /** Selectors only this console's pages of a kind carry, checked before the content. */
  hooks: Readonly<Partial<Record<PageKind, readonly string[]>>>;
}

/** Checked in this order: a list may carry a ship dialog, a ship form repeats its order's facts. */
const kindOrder: readonly PageKind[] = ['order-list', 'ship-form', 'order-detail'];

const skipped = 'option, select, script, style, template, noscript, datalist';
const rowSelector = 'tr, [role="row"]';

export function kindFromContent(doc: Document, signs: ContentSigns): PageKind | null {
  const body = doc.body;
  if (!body) return null;
  for (const kind of kindOrder) {
    const hooks = signs.hooks[kind];
    if (hooks && queryFirst(body, hooks)) return kind;
  }
  // Most pages of a console show no order id at all: one scan of the text settles those.
  if (!unanchored(signs.orderId).test(body.textContent ?? '')) {
    return hasShipForm(body) ? 'ship-form' : null;
  }
  const labelled = labelledIds(body, signs.orderId);
  if (labelled.size >= 2 || columnIds(body, signs.orderId).size >= 1) return 'order-list';
  if (signs.distinctiveId && rowIds(body, signs.orderId).size >= 2) return 'order-list';
  if (hasShipForm(body)) return 'ship-form';
  if (labelled.size === 1 && (hasLabel(body, labelWords.shipTo) || hasItemLabels(body))) {
    return 'order-detail';
  }
  return null;
}

/** First token of a text, without surrounding punctuation ("#123-…," → "123-…"). */
function firstToken(value: string): string {
  const token = value.trim().split(/\s+/u)[0] ?? '';
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Short leaf texts: labels and values are leaves; paragraphs are not read. */
function* leaves(root: Element): Generator<[Element, string]> {
  for (const el of root.querySelectorAll('*')) {
    if (el.children.length > 0 || el.closest(skipped)) continue;
    const text = elementText(el);
    if (text && text.length <= 80) yield [el, text];
  }
}

function labelPrefix(text: string, labels: readonly string[]): string | null {
  const lower = text.toLowerCase();
  for (const label of labels) {
    const l = label.toLowerCase();
    if (lower.startsWith(l) && /^\s*[:：#]/u.test(text.slice(l.length))) {
      return text.slice(l.length).replace(/^\s*[:：#]\s*/u, '');
    }
  }
  return null;
}

/** Order ids shown as "Order ID: 123" or a label element followed by its value. */
function labelledIds(root: Element, shape: RegExp): Set<string> {
  const ids = new Set<string>();
  const labels = labelWords.orderId;
  for (const [el, text] of leaves(root)) {
    const inline = labelPrefix(text, labels);
    const candidates = inline ? [inline] : isLabel(text, labels) ? valuesAfter(el) : [];
    for (const value of candidates) {
      const token = firstToken(value);
      if (shape.test(token)) ids.add(token);
    }
  }
  return ids;
}

/**
 * The value a leaf labels: "Label: value" in the leaf itself, or the text after a leaf whose
 * whole text is one of `labels`; null when the leaf is not such a label.
 */
export function valuesAfterLabel(leaf: Element, labels: readonly string[]): string | null {
  const text = elementText(leaf);
  const inline = labelPrefix(text, labels);
  if (inline) return inline;
  return isLabel(text, labels) ? (valuesAfter(leaf)[0] ?? null) || null : null;
}

/** The one order id shown next to its label, or null when there is none or several. */
export function labelledOrderId(root: Element | null, shape: RegExp): string | null {
  const ids = root ? labelledIds(root, shape) : new Set<string>();
  return ids.size === 1 ? ([...ids][0] ?? null) : null;
}

/** The texts that follow a label: its next sibling, else its parent's next sibling. */
function valuesAfter(label: Element): string[] {
  const values: string[] = [];
  for (let el: Element | null = label; el && values.length === 0; el = el.parentElement) {
    let next = el.nextElementSibling;
    // A colon of its own between label and value (eBay: "Quantity" ":" "2").
    while (next && /^[:：]$/u.test(elementText(next))) next = next.nextElementSibling;
    if (next) values.push(elementText(next));
    if (el.parentElement?.children.length !== 1) break;
  }
  return values;
}

/** Ids in the cells of a table column whose header is an order-id label. */
function columnIds(root: Element, shape: RegExp): Set<string> {
  const ids = new Set<string>();
  for (const header of root.querySelectorAll('th, [role="columnheader"]')) {
    if (header.closest(skipped) || !isLabel(elementText(header), labelWords.orderId)) continue;
    const index = [...(header.parentElement?.children ?? [])].indexOf(header);
    const table = header.closest('table, [role="table"], [role="grid"]');
    if (!table || index < 0) continue;
    for (const row of table.querySelectorAll(rowSelector)) {
      if (row.contains(header)) continue;
      const token = firstToken(elementText(row.children[index]));
      if (shape.test(token)) ids.add(token);
    }
  }
  return ids;
}

/** An anchored id shape as a pattern that finds the id inside running text. */
function unanchored(shape: RegExp): RegExp {
  return new RegExp(
    `(?<![\\w-])${shape.source.replace(/^\^|\$$/g, '')}(?![\\w-])`,
    `${shape.flags.replace('u', '')}u`,
  );
}

/** Ids of a distinctive shape anywhere in table rows, one row holding one id. */
function rowIds(root: Element, shape: RegExp): Set<string> {
  const inText = unanchored(shape);
  const ids = new Set<string>();
  for (const row of root.querySelectorAll(rowSelector)) {
    if (row.querySelector(rowSelector)) continue;
    const found = inText.exec(elementText(row))?.[0];
    if (found) ids.add(found);
  }
  return ids;
}

function hasLabel(root: Element, labels: readonly string[]): boolean {
  for (const [, text] of leaves(root)) {
    if (isLabel(text, labels) || labelPrefix(text, labels) !== null) return true;
  }
  return false;
}

function hasItemLabels(root: Element): boolean {
  return hasLabel(root, [...labelWords.sku, ...labelWords.listingId]);
}

const textInputs =
  'input:not([type]), input[type="text"], input[type="tel"], input[type="number"], textarea';
const choices = 'select, [role="combobox"], input:not([type]), input[type="text"]';

/**
 * What a form control is called, every way a console says it: ARIA, a `<label>` for it or for
 * the widget around it (Fusion selects label their wrapper), its placeholder, or the short
 * text just before it.
 */
export function controlLabels(control: Element): string[] {
  const doc = control.ownerDocument;
  const found: string[] = [];
  const add = (text: string | null | undefined) => {
    if (text) found.push(text.replace(/\s+/g, ' ').trim());
  };
  add(control.getAttribute('aria-label'));
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) add(elementText(doc.getElementById(labelledBy)));
  add(control.getAttribute('placeholder'));
  add(elementText(control.closest('label')));
  let preceding = false;
  for (let el: Element | null = control, depth = 0; el && depth < 5; el = el.parentElement) {
    const id = el.getAttribute('id');
    if (id) add(elementText(labelFor(doc, id)));
    if (depth >= 3) preceding = true;
    for (
      let prev = el.previousElementSibling;
      prev && !preceding;
      prev = prev.previousElementSibling
    ) {
      const text = elementText(prev);
      if (!text) continue;
      preceding = true;
      if (text.length <= 60) add(text);
    }
    depth += 1;
  }
  return found;
}

/** The `<label for>` of an id (no `CSS.escape`: the fixture command runs outside a browser). */
function labelFor(doc: Document, id: string): Element | null {
  return [...doc.querySelectorAll('label[for]')].find((l) => l.getAttribute('for') === id) ?? null;
}

function labelled(control: Element, words: readonly string[]): boolean {
  const lower = words.map((word) => word.toLowerCase());
  return controlLabels(control).some((label) =>
    lower.some((word) => label.toLowerCase().includes(word)),
  );
}

/** A tracking-number input and a carrier choice, each known by its label. */
function hasShipForm(root: Element): boolean {
  const tracking = [...root.querySelectorAll(textInputs)].find((input) =>
    labelled(input, labelWords.tracking),
  );
  if (!tracking) return false;
  return [...root.querySelectorAll(choices)].some(
    (choice) => choice !== tracking && labelled(choice, labelWords.carrier),
  );
}

/**
 * A console's content detector: null off its hosts (and off https), else what its content
 * shows. The adapters' `detectPageFromContent`.
 */
export function contentDetector(
  hosts: readonly string[],
  signs: ContentSigns,
): (doc: Document, url: URL) => PageKind | null {
  const hostSet = new Set(hosts);
  return (doc, url) =>
    url.protocol === 'https:' && hostSet.has(url.hostname) ? kindFromContent(doc, signs) : null;
}
