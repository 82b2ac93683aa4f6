/**
 * Text nodes of the console's page worth scanning for tracking numbers: visible text, not
 * inside scripts, form controls, our own elements or fields the adapter already covers.
 * The cheap test (long enough, has a digit) runs first; only the few text nodes that pass it
 * have their ancestors checked, and each ancestor's verdict is remembered for the walk.
 */
const skippedTags = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
]);

/** Fewer characters than the shortest format (DHL Express, 10 digits) hold no number. */
const MIN_LENGTH = 10;

export function scannableTextNodes(root: Element, covered: readonly Element[]): Text[] {
  const coveredSet = new Set(covered);
  const verdicts = new Map<Element, boolean>();
  const skipped = (element: Element | null): boolean => {
    if (!element || element === root) return false;
    const known = verdicts.get(element);
    if (known !== undefined) return known;
    const verdict =
      skippedTags.has(element.tagName) ||
      element.localName.startsWith('shiplens-') ||
      coveredSet.has(element) ||
      // Hidden holders: eBay's unplaced fragments, closed dialogs.
      element.hasAttribute('hidden') ||
      (element as HTMLElement).style?.display === 'none' ||
      skipped(element.parentElement);
    verdicts.set(element, verdict);
    return verdict;
  };
  const nodes: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const value = text.data;
    if (value.length < MIN_LENGTH || !/\d/.test(value)) continue;
    if (!skipped(text.parentElement)) nodes.push(text);
  }
  return nodes;
}
