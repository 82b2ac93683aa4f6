/**
 * Selectors as data, checked as data: every CSS selector list a console exports, found by
 * walking its selectors module, with the number of elements it must match on each of the
 * console's saved pages (`test/fixtures/<console>/selector-counts.json`). A selector that
 * starts matching the wrong thing, or stops matching, fails; so does a selector or a saved
 * page that has no count. Counts live test-side, not in the bundle the seller downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rowQueryCss, type RowQuery } from '../../../utils/consoles/cells';

/** `test/fixtures/<console>/selector-counts.json`. */
export interface SelectorCounts {
  /** Exports of selectors.ts that hold words the page shows, not CSS: not counted. */
  texts: string[];
  /** Selector path (`summary.orderId`) → saved page file → elements matched. */
  counts: Record<string, Record<string, number>>;
}

export function readSelectorCounts(folder: string): SelectorCounts {
  const file = join(import.meta.dirname, '../../fixtures', folder, 'selector-counts.json');
  return JSON.parse(readFileSync(file, 'utf8')) as SelectorCounts;
}

const isStringList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');

const isRowQuery = (value: unknown): value is RowQuery =>
  typeof value === 'string' ||
  (typeof value === 'object' && value !== null && 'cell' in value && !Array.isArray(value));

/** Row queries (../../../utils/consoles/cells.ts), as the CSS each one stands for. */
const asRowQueries = (value: unknown): readonly string[] | null =>
  Array.isArray(value) && value.length > 0 && value.every(isRowQuery)
    ? value.map(rowQueryCss)
    : null;

/**
 * Every selector list in a selectors module, by path: string arrays, and `{ css: [...] }`
 * specs, and lists of row queries (as CSS), at any depth. Exports named in `texts` are skipped.
 */
export function selectorLists(
  module: Record<string, unknown>,
  texts: readonly string[],
): Map<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  const walk = (value: unknown, path: string): void => {
    const rowQueries = asRowQueries(value);
    if (isStringList(value)) found.set(path, value);
    else if (rowQueries) found.set(path, rowQueries);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const css = (value as { css?: unknown }).css;
      if (isStringList(css)) found.set(path, css);
      else for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    }
  };
  for (const [name, value] of Object.entries(module)) {
    if (!texts.includes(name)) walk(value, name);
  }
  return found;
}
