/**
 * A CSV file read as a table: the first record is the header, columns are found by name
 * (any order; English or Chinese names, compared without case, spaces or underscores), and
 * columns we do not know are listed rather than refused, so a forwarder's notes column does
 * not stop an import.
 */
import { localized } from '../rules/engine/text';
import type { LocalizedText } from '../rules/engine/types';
import { headerKey, parseCsv, type RowError } from './csv';
import { uncounted, type WorkCounter } from './work-counter';

export interface ColumnSpec {
  /** The documented name first, then accepted alternatives. */
  names: readonly string[];
  required: boolean;
}

export interface TableRow<C extends string> {
  line: number;
  /** The trimmed cell, '' when empty or absent. */
  cell(column: C): string;
}

export type TableRead<C extends string> =
  | {
      ok: true;
      rows: TableRow<C>[];
      rowErrors: RowError[];
      /** The known columns the header has. */
      columns: ReadonlySet<C>;
      ignoredColumns: string[];
    }
  | { ok: false; error: RowError };

export function readTable<C extends string>(
  input: string,
  columns: Readonly<Record<C, ColumnSpec>>,
  work: WorkCounter = uncounted,
): TableRead<C> {
  const parsed = parseCsv(input, work);
  if (!parsed.ok) return parsed;
  const [header, ...records] = parsed.records;
  if (!header) {
    return { ok: false, error: { line: 1, message: localized('the file is empty', '文件是空的') } };
  }
  const keys = header.fields.map(headerKey);
  const index = new Map<C, number>();
  const missing: string[] = [];
  for (const [column, spec] of Object.entries(columns) as [C, ColumnSpec][]) {
    const position = keys.findIndex((key) => spec.names.some((name) => headerKey(name) === key));
    if (position !== -1) index.set(column, position);
    else if (spec.required) missing.push(spec.names[0] ?? column);
  }
  if (missing.length > 0) {
    const list = missing.join(', ');
    return {
      ok: false,
      error: {
        line: header.line,
        message: localized(`the header has no column ${list}`, `表头缺少列 ${list}`),
      },
    };
  }
  const known = new Set(index.values());
  const ignoredColumns = header.fields.filter(
    (name, position) => !known.has(position) && name.trim() !== '',
  );
  const rows: TableRow<C>[] = [];
  const rowErrors: RowError[] = [];
  for (const record of records) {
    if (record.fields.length > header.fields.length) {
      const counts = `${record.fields.length} > ${header.fields.length}`;
      rowErrors.push({
        line: record.line,
        message: localized(
          `more cells than the header has columns (${counts}): is a value missing its quotes?`,
          `单元格数多于表头列数（${counts}）：是否有值缺少引号？`,
        ),
      });
      continue;
    }
    rows.push({
      line: record.line,
      cell: (column) => {
        const position = index.get(column);
        return position === undefined ? '' : (record.fields[position] ?? '').trim();
      },
    });
  }
  return { ok: true, rows, rowErrors, columns: new Set(index.keys()), ignoredColumns };
}

/** Cells as numbers: digits with an optional decimal point; no thousands separators. */
export function parseDecimal(cell: string): number | null {
  return /^\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : null;
}

export function parseWhole(cell: string): number | null {
  return /^\d+$/.test(cell) ? Number(cell) : null;
}

/** A row's verdict: what it gives, or why it gives nothing. */
export type RowCheck<T> = { ok: true; item: T } | { ok: false; message: LocalizedText };

export function rowError<T>(en: string, zh: string): RowCheck<T> {
  return { ok: false, message: localized(en, zh) };
}

export interface CheckedRows<T> {
  /** Every bad row, by line. */
  errors: RowError[];
  rowCount: number;
  ignoredColumns: string[];
  /** What the good rows give, in file order. */
  items: T[];
  /** Data lines left out. */
  skipped: number[];
}

/**
 * The loop of every import whose rows stand alone (SKU weights, first-leg lines): the table
 * read, each row checked in file order, every bad row named with its line, the good rows kept
 * for "skip the bad rows". `check` may remember earlier rows (duplicates).
 */
export function checkRows<C extends string, T>(
  input: string,
  columns: Readonly<Record<C, ColumnSpec>>,
  check: (row: TableRow<C>) => RowCheck<T>,
  work: WorkCounter = uncounted,
): CheckedRows<T> {
  const table = readTable(input, columns, work);
  if (!table.ok) {
    return { errors: [table.error], rowCount: 0, ignoredColumns: [], items: [], skipped: [] };
  }
  const errors: RowError[] = [...table.rowErrors];
  const items: T[] = [];
  for (const row of table.rows) {
    work.count();
    const checked = check(row);
    if (checked.ok) items.push(checked.item);
    else errors.push({ line: row.line, message: checked.message });
  }
  const bad = new Set(errors.map((error) => error.line));
  return {
    errors: errors.sort((a, b) => a.line - b.line),
    rowCount: table.rows.length + table.rowErrors.length,
    ignoredColumns: table.ignoredColumns,
    items,
    skipped: [...bad].sort((a, b) => a - b),
  };
}

/** A currency cell: an ISO 4217 code the active pack can convert, or why not. */
export function currencyCell(cell: string, currencies: readonly string[]): RowCheck<string> {
  const code = cell.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    return rowError(
      `"${cell}" is not a currency code such as CNY`,
      `“${cell}”不是币种代码（如 CNY）`,
    );
  }
  if (!currencies.includes(code)) {
    return rowError(`your rules have no exchange rate for ${code}`, `规则中没有 ${code} 的汇率`);
  }
  return { ok: true, item: code };
}
