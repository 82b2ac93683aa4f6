import type { ScanMatch } from '../tracking';

const none: readonly ScanMatch[] = [];

/**
 * Tracking numbers found in the page's text nodes, remembered per node together with the
 * text they were found in. A pass after a change scans only the text nodes that are new or
 * whose text changed: a console re-rendering one row of a long list, or a status line
 * ticking, changes a few text nodes, not the thousands already scanned. Nodes the page
 * removes are forgotten with them (a WeakMap).
 */
export function createTextScanMemo(
  scan: (text: string) => readonly ScanMatch[],
): (node: Text) => readonly ScanMatch[] {
  const known = new WeakMap<Text, { data: string; matches: readonly ScanMatch[] }>();
  return (node) => {
    const data = node.data;
    const entry = known.get(node);
    if (entry?.data === data) return entry.matches;
    const found = scan(data);
    const matches = found.length > 0 ? found : none;
    known.set(node, { data, matches });
    return matches;
  };
}
