/**
 * Text nodes of the console's page worth scanning for tracking numbers: visible text, not
 * inside scripts, form controls, our own elements or fields the adapter already covers.
 *
 * Cost matters: this runs on every pass over the whole page, and a 100-row order list has
 * ~3,500 text nodes under ~7,000 elements. The cheap test (long enough, has a digit) runs
 * first; only the few text nodes that pass it are placed, each by one native `closest()` and a
 * climb to the root through a set of covered fields. Nothing is remembered per element: on a
 * 5,000-row list a map of every element judged grew to 137,000 entries, and a step of the walk
 * that grew it past a power of two (a hash table doubling) took 55–70 ms (Chromium CPU profile,
 * test/e2e/big-pages.e2e.ts; docs/decisions.md#long-list-text-near-screen). Reading
 * `element.style` from a content script costs microseconds each, so it is read only on an
 * element whose inline style mentions `none`.
 */

/** Elements whose text is never a tracking number shown to the seller. */
const SKIPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  // Buttons hold actions ("Copy …"), except link-styled ones that SHOW a value: eBay prints a
  // shipped order's tracking number as `button.fake-link` (FunkyDrama/OrdersParserByDK
  // `marketplaces/ebay_parser.py`, docs/consoles/ebay.md).
  'button:not(.fake-link)',
  // Hidden holders: eBay's unplaced fragments, closed dialogs.
  '[hidden]',
  // Our own hosts (mount.ts marks each one).
  '[data-shiplens-kind]',
].join(', ');

/**
 * An inline style that may say `display: none` (or `DISPLAY : NONE`); the element's own
 * `style.display` decides, since `border: none` matches too.
 */
const MAYBE_UNDISPLAYED = '[style*="none" i]';
const HOLDERS = `${SKIPPED}, ${MAYBE_UNDISPLAYED}`;

/** Fewer characters than the shortest format (DHL Express, 10 digits) hold no number. */
const MIN_LENGTH = 10;

/**
 * Nodes walked between two pauses of `textNodesToScan` when none of them is worth scanning: a
 * 5,000-row list has long stretches of such text (dates, names, amounts), and a walk through
 * one of them was a single step of up to 20 ms.
 */
const PAUSE_EVERY = 1000;

export function scannableTextNodes(root: Element, covered: readonly Element[]): Text[] {
  return [...textNodesToScan(root, covered)].filter((node) => node !== null);
}

/**
 * `scannableTextNodes` one at a time, for a caller that walks a big page a piece at a time
 * (the walk resumes where it stopped; nodes the page removed meanwhile are not visited).
 * `null` is a pause, after every PAUSE_EVERY nodes passed over, so that the caller can stop
 * between any two. What is inside `unwalked` is not visited at all: the walk steps over it.
 */
export function* textNodesToScan(
  root: Element,
  covered: readonly Element[],
  unwalked: readonly Element[] = [],
): Generator<Text | null> {
  const inCovered = coveredTest(root, covered);
  const over = new Set(unwalked);
  // Elements are visited only to step over the unwalked ones.
  const show =
    over.size > 0 ? NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT : NodeFilter.SHOW_TEXT;
  const walker = root.ownerDocument.createTreeWalker(root, show);
  let passed = 0;
  let node = walker.nextNode();
  while (node) {
    const text = node.nodeType === Node.TEXT_NODE ? (node as Text) : null;
    const value = text?.data ?? '';
    const parent = value.length >= MIN_LENGTH && /\d/.test(value) ? node.parentElement : null;
    if (text && parent && !inHolder(root, parent) && !inCovered(parent)) {
      passed = 0;
      yield text;
    } else if (++passed === PAUSE_EVERY) {
      passed = 0;
      yield null;
    }
    node = over.has(node as Element) ? nextOutside(walker) : walker.nextNode();
  }
}

/** The node after the walker's current one and everything inside it; null at the end. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Whether `element` is inside (or is) a skipped holder or an undisplayed element under `root`. */
function inHolder(root: Element, element: Element): boolean {
  for (
    let holder = element.closest(HOLDERS);
    holder && holder !== root && root.contains(holder);
    holder = holder.parentElement?.closest(HOLDERS) ?? null
  ) {
    if ((holder as HTMLElement).style?.display === 'none' || holder.matches(SKIPPED)) return true;
  }
  return false;
}

/**
 * Whether an element is inside (or is) one of the covered fields: the way up from it to the
 * root, looked up in a set (a list's thousands of fields are one lookup per ancestor).
 */
function coveredTest(root: Element, covered: readonly Element[]): (element: Element) => boolean {
  if (covered.length === 0) return () => false;
  const fields = new Set(covered);
  return (element) => {
    for (let up: Element | null = element; up; up = up.parentElement) {
      if (fields.has(up)) return true;
      if (up === root) return false;
    }
    return false;
  };
}
