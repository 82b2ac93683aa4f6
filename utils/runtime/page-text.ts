/**
 * Text nodes of the console's page worth scanning for tracking numbers: visible text, not
 * inside scripts, form controls, our own elements or fields the adapter already covers.
 *
 * Cost matters: this runs on every pass over the whole page, and a 100-row order list has
 * ~3,500 text nodes under ~7,000 elements. The cheap test (long enough, has a digit) runs
 * first; only the few text nodes that pass it are placed, each by one native `closest()` per
 * parent element (remembered for its siblings). Reading `element.style` or attributes
 * element by element from a content script costs microseconds each (~30 ms on such a page,
 * measured in Chromium), so inline `display: none` is looked for once, with a selector.
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

/** Fewer characters than the shortest format (DHL Express, 10 digits) hold no number. */
const MIN_LENGTH = 10;

function undisplayed(root: Element): Element[] {
  return [...root.querySelectorAll<HTMLElement>('[style*="none" i]')].filter(
    (element) => element.style.display === 'none',
  );
}

/**
 * Text nodes walked between two pauses of `textNodesToScan` when none of them is worth
 * scanning: a 5,000-row list has long stretches of such text (dates, names, amounts), and a
 * walk through one of them was a single step of up to 20 ms.
 */
const PAUSE_EVERY = 1000;

export function scannableTextNodes(root: Element, covered: readonly Element[]): Text[] {
  return [...textNodesToScan(root, covered)].filter((node) => node !== null);
}

/**
 * `scannableTextNodes` one at a time, for a caller that walks a big page a piece at a time
 * (the walk resumes where it stopped; nodes the page removed meanwhile are not visited).
 * `null` is a pause: after the page-wide lookups the walk starts with, and after every
 * PAUSE_EVERY text nodes passed over, so that the caller can stop between any two.
 */
export function* textNodesToScan(
  root: Element,
  covered: readonly Element[],
): Generator<Text | null> {
  const excluded = new Set([...covered, ...undisplayed(root)]);
  const skipped = skippedUnder(root, excluded);
  yield null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let passed = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const value = text.data;
    const parent = value.length >= MIN_LENGTH && /\d/.test(value) ? text.parentElement : null;
    if (parent && !skipped(parent)) {
      passed = 0;
      yield text;
    } else if (++passed === PAUSE_EVERY) {
      passed = 0;
      yield null;
    }
  }
}

/**
 * Whether an element is inside a skipped holder or an excluded element (covered fields,
 * undisplayed ones), remembered per element: a list's thousands of covered fields are looked
 * up in a set on the way up from each parent, and the way up stops at the first element
 * already judged, so a page is judged in one visit per element, not one test per pair.
 */
function skippedUnder(root: Element, excluded: ReadonlySet<Element>): (parent: Element) => boolean {
  const verdicts = new Map<Element, boolean>();
  const inExcluded = (element: Element): boolean => {
    const path: Element[] = [];
    let verdict = false;
    for (let up: Element | null = element; up; up = up.parentElement) {
      const known = verdicts.get(up);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(up);
      if (excluded.has(up)) {
        verdict = true;
        break;
      }
      if (up === root) break;
    }
    // An element under an excluded one is excluded; an element on the way to a clear one is
    // clear only as far as exclusion goes: the holder test below is its own.
    for (const visited of path) verdicts.set(visited, verdict);
    return verdict;
  };
  const holders = new Map<Element, boolean>();
  return (parent) => {
    let verdict = holders.get(parent);
    if (verdict === undefined) {
      const holder = parent.closest(SKIPPED);
      verdict = (holder !== null && holder !== root && root.contains(holder)) || inExcluded(parent);
      holders.set(parent, verdict);
    }
    return verdict;
  };
}
