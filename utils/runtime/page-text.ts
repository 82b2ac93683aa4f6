/**
 * Text nodes of the console's page worth scanning for tracking numbers: visible text, not
 * inside scripts, form controls, our own elements or fields the adapter already covers.
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

function skipped(element: Element, covered: readonly Element[]): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (skippedTags.has(current.tagName) || current.localName.startsWith('shiplens-')) return true;
    // Hidden holders: eBay's unplaced fragments, closed dialogs.
    if (current.hasAttribute('hidden') || (current as HTMLElement).style?.display === 'none') {
      return true;
    }
  }
  return covered.some((field) => field.contains(element));
}

export function scannableTextNodes(root: Element, covered: readonly Element[]): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const value = text.data;
    if (value.length < MIN_LENGTH || !/\d/.test(value)) continue;
    const parent = text.parentElement;
    if (!parent || skipped(parent, covered)) continue;
    nodes.push(text);
  }
  return nodes;
}
