/**
 * Text nodes of the console's page worth scanning for tracking numbers: visible text, not
 * inside scripts, form controls, our own elements or fields the adapter already covers.
 * Whole subtrees are skipped at once, so a list page costs one walk.
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

function skippedElement(element: Element, covered: ReadonlySet<Element>): boolean {
  return (
    skippedTags.has(element.tagName) ||
    element.localName.startsWith('shiplens-') ||
    covered.has(element) ||
    // Hidden holders: eBay's unplaced fragments, closed dialogs.
    element.hasAttribute('hidden') ||
    (element as HTMLElement).style?.display === 'none'
  );
}

export function scannableTextNodes(root: Element, covered: readonly Element[]): Text[] {
  const coveredSet = new Set(covered);
  const nodes: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE && skippedElement(node as Element, coveredSet)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    },
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const value = (node as Text).data;
    if (value.length >= MIN_LENGTH && /\d/.test(value)) nodes.push(node as Text);
  }
  return nodes;
}
