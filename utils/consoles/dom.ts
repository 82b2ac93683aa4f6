/**
 * Small DOM reading helpers shared by every console's extractor. They never throw: a missing
 * element gives `null`/`''`/`[]`, and the extractor records the fact as missing.
 */

/** Collapsed, trimmed text of an element (`''` when there is none). */
export function elementText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** First element matched by the first selector alternative that matches anything. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements of the first selector alternative that matches anything. */
export function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** Text of the first match, or null when nothing matches or the text is empty. */
export function textOf(root: ParentNode, selectors: readonly string[]): string | null {
  return elementText(queryFirst(root, selectors)) || null;
}

function normaliseLabel(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/[:：]\s*$/, '')
    .trim()
    .toLowerCase();
}

/**
 * The value shown next to a visible label, for consoles whose markup has no stable hooks
 * (Wish, AliExpress' hashed classes). Finds the smallest element whose own text is one of
 * `labels` (case-insensitive, a trailing colon ignored), then reads, in order:
 * the text after the label inside the same element ("SKU: ABC"), the next element sibling,
 * or the parent's next element sibling (`<dt>`/`<dd>`, label cell/value cell).
 */
export function valueByLabel(root: ParentNode, labels: readonly string[]): string | null {
  const wanted = labels.map(normaliseLabel);
  const candidates = root.querySelectorAll('*');
  for (const el of candidates) {
    if (el.children.length > 0) continue;
    const own = elementText(el);
    if (!own) continue;
    const lower = own.toLowerCase();
    for (const label of wanted) {
      if (normaliseLabel(own) === label) {
        const sibling = elementText(el.nextElementSibling);
        if (sibling) return sibling;
        const parentSibling = elementText(el.parentElement?.nextElementSibling);
        if (parentSibling) return parentSibling;
      } else if (lower.startsWith(label) && /^[:：]/.test(own.slice(label.length).trim())) {
        const rest = own
          .slice(label.length)
          .trim()
          .replace(/^[:：]\s*/, '');
        if (rest) return rest;
      }
    }
  }
  return null;
}

/** A `labels` argument of `valuesAfterLabels`, prepared once for every row it reads. */
interface PreparedLabels {
  readonly entries: readonly (readonly [key: string, names: readonly string[]])[];
  /** The longest label: only that much of each text is compared. */
  readonly longest: number;
  /** Every label's first character in both cases: a text starting otherwise is passed over. */
  readonly firsts: ReadonlySet<string>;
}

const prepared = new WeakMap<object, PreparedLabels>();

function prepareLabels(labels: Readonly<Record<string, readonly string[]>>): PreparedLabels {
  const known = prepared.get(labels);
  if (known) return known;
  const entries = Object.entries(labels).map(
    ([key, names]) => [key, names.map((name) => name.toLowerCase())] as const,
  );
  const all = entries.flatMap(([, names]) => names);
  const made: PreparedLabels = {
    entries,
    longest: Math.max(0, ...all.map((name) => name.length)),
    firsts: new Set(all.flatMap((name) => [name.charAt(0), name.charAt(0).toUpperCase()])),
  };
  prepared.set(labels, made);
  return made;
}

/**
 * The values of "Label: value" lines, for consoles that print facts as one line per element
 * (`<div><span>SKU</span>: ABC-1</div>`, `<div>Ship by date: Nov 26, 2026</div>`). For each
 * entry of `labels`, reads the innermost element whose text starts with one of its labels
 * (case-insensitive) followed by a colon and a non-empty value, and returns that value; the
 * first such line wins, so a label repeated further down (another item's SKU) is not read.
 * Null for an entry without such a line. All entries are read in one walk of the text: a list
 * page reads several labels in each of its hundred rows, so pass `labels` as a constant (it is
 * prepared once per object).
 */
export function valuesAfterLabels<K extends string>(
  root: ParentNode,
  labels: Readonly<Record<K, readonly string[]>>,
): Record<K, string | null> {
  const { entries, longest, firsts } = prepareLabels(labels);
  const values = {} as Record<K, string | null>;
  for (const [key] of entries) values[key as K] = null;
  const document = root instanceof Document ? root : root.ownerDocument;
  if (!document) return values;
  let open = entries;
  // Walk the text, not the elements: a label starts a text node, and only from there do we
  // look at the elements around it. Most texts of a row (dates, names, amounts) do not start
  // with a label's first letter and are passed over without a copy: a list of thousands of
  // rows walks every text of every row.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && open.length > 0; node = walker.nextNode()) {
    const data = (node as Text).data;
    const start = data.search(/\S/);
    if (start === -1 || !firsts.has(data.charAt(start))) continue;
    const head = data.slice(start, start + longest).toLowerCase();
    for (const [key, wanted] of open) {
      if (!wanted.some((label) => head.startsWith(label))) continue;
      const value = valueAround(node, wanted, root);
      if (value === null) continue;
      values[key as K] = value;
      open = open.filter(([other]) => other !== key);
    }
  }
  return values;
}

/** The value of a "Label: value" line starting at text node `node` (see valuesAfterLabels). */
function valueAround(node: Node, wanted: readonly string[], root: ParentNode): string | null {
  // The smallest element around the label whose text goes on to "label: value".
  for (let el = node.parentElement; el; el = el.parentElement) {
    const own = elementText(el);
    const label = wanted.find((l) => own.toLowerCase().startsWith(l));
    if (label === undefined) break;
    const value = /^\s*[:：]\s*(.+)$/u.exec(own.slice(label.length))?.[1];
    if (value) return value;
    if (el === root) break;
  }
  return null;
}

/** Whether `value` is one of `labels`, compared as `valueByLabel` compares them. */
export function isLabel(value: string, labels: readonly string[]): boolean {
  const own = normaliseLabel(value);
  return own !== '' && labels.some((label) => normaliseLabel(label) === own);
}

/**
 * The innermost element whose whole text is one of `labels` (as `isLabel`): a field label, a
 * column header, a tab; the first in document order wins. For consoles without stable hooks
 * whose labels are not leaves (`<th>Order ID<svg/></th>`). Options and selects are skipped, so
 * a "search by: Order ID" picker is not taken for a label.
 */
export function findLabel(root: ParentNode, labels: readonly string[]): Element | null {
  let found: Element | null = null;
  for (const el of root.querySelectorAll('*')) {
    if (found && !found.contains(el)) break;
    if (el.matches('option, select, script, style, template')) continue;
    if (isLabel(elementText(el), labels)) found = el;
  }
  return found;
}

/**
 * Tokens of a tracking field that look like tracking numbers, for `OrderFacts.trackingNumbers`:
 * entries separated by spaces, commas or semicolons (also the Chinese ，、), trimmed of
 * surrounding punctuation, kept when 8+ letters and digits with at least one digit. "--",
 * "Add tracking" and carrier words fall away. Which carrier a number belongs to is
 * utils/tracking's job, not the extractor's.
 */
export function trackingTokens(value: string | null): string[] {
  return (value ?? '')
    .split(/[\s,;，、]+/u)
    .map((token) => token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''))
    .filter((token) => /^[A-Za-z0-9]{8,}$/.test(token) && /\d/.test(token));
}
