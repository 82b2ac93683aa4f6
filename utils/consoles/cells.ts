/**
 * What a console's list row shows, found through the row's own cells. A list of thousands of
 * rows is read cell by cell on every pass: a selector such as `:scope > td:nth-child(3) a` is
 * matched against every element of the row (in Chromium ~0.3 ms a row for a dozen of them,
 * most of ShipLens' time on a 2,000-row Seller Central list), while the cells are the row's
 * children, at hand. So a row query names its cell as data — the hook the cell carries, or
 * its position — and only the small cell is searched.
 */
import { elementText } from './dom';

/**
 * One way to find something in a list row: in the row's child cell that matches `cell` (a
 * selector of the cell itself, such as its `data-test-id`) or sits at 1-based position
 * `cell` (as `:nth-child` counts), then `inside` that cell (the cell itself without it).
 * A plain string is a selector anywhere in the row, the last resort when the columns moved.
 */
export type RowQuery = string | { readonly cell: string | number; readonly inside?: string };

/** Where a hooked cell was found, per table body: the next row looks there first. */
const hookedColumns = new WeakMap<Element, Map<string, number>>();

function hookedCell(row: Element, hook: string): Element | null {
  const cells = row.children;
  const body = row.parentElement;
  const known = body ? hookedColumns.get(body)?.get(hook) : undefined;
  if (known !== undefined && cells[known]?.matches(hook)) return cells[known] ?? null;
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index] as Element;
    if (!cell.matches(hook)) continue;
    if (body) {
      const columns = hookedColumns.get(body) ?? new Map<string, number>();
      columns.set(hook, index);
      hookedColumns.set(body, columns);
    }
    return cell;
  }
  return null;
}

function cellOf(row: Element, cell: string | number): Element | null {
  return typeof cell === 'number' ? (row.children[cell - 1] ?? null) : hookedCell(row, cell);
}

function firstOf(row: Element, query: RowQuery): Element | null {
  if (typeof query === 'string') return row.querySelector(query);
  const cell = cellOf(row, query.cell);
  if (!cell || query.inside === undefined) return cell;
  return cell.querySelector(query.inside);
}

/** The first element found by the first alternative that finds one. */
export function queryRow(row: Element, queries: readonly RowQuery[]): Element | null {
  for (const query of queries) {
    const found = firstOf(row, query);
    if (found) return found;
  }
  return null;
}

/** The text of what `queryRow` finds, or null when it finds nothing or only blank text. */
export function rowText(row: Element, queries: readonly RowQuery[]): string | null {
  return elementText(queryRow(row, queries)) || null;
}

/** Every element of the first alternative that finds any (tests count them per row). */
export function queryRowAll(row: Element, queries: readonly RowQuery[]): Element[] {
  for (const query of queries) {
    if (typeof query === 'string') {
      const found = row.querySelectorAll(query);
      if (found.length > 0) return [...found];
      continue;
    }
    const cell = cellOf(row, query.cell);
    if (!cell) continue;
    const found = query.inside === undefined ? [cell] : [...cell.querySelectorAll(query.inside)];
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The same query as one CSS selector relative to the row, for checking selectors as data
 * against saved pages: `{ cell: 3, inside: 'a' }` is `:scope > :nth-child(3) a`.
 */
export function rowQueryCss(query: RowQuery): string {
  if (typeof query === 'string') return query;
  const cell = typeof query.cell === 'number' ? `:nth-child(${query.cell})` : query.cell;
  return `:scope > ${cell}${query.inside === undefined ? '' : ` ${query.inside}`}`;
}
