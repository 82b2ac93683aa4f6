/**
 * The ledger as CSV for the seller's own records: one line per shipment, the columns of
 * `LedgerRow`, RFC 4180 quoting. No buyer data is in the ledger, so none is in the file.
 */
import type { LedgerRow } from './ledger';

export const ledgerColumns = [
  'console',
  'site',
  'orderId',
  'destination',
  'origin',
  'carrier',
  'channels',
  'tracked',
  'trackingValid',
  'shipDate',
  'valueBand',
  'recordedAt',
] as const satisfies readonly (keyof LedgerRow)[];

function cell(value: string | string[] | boolean | null): string {
  const text = value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it behind an apostrophe.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function ledgerCsv(rows: readonly LedgerRow[]): string {
  const sorted = [...rows].sort(
    (a, b) => a.shipDate.localeCompare(b.shipDate) || a.orderId.localeCompare(b.orderId),
  );
  const lines = [
    ledgerColumns.join(','),
    ...sorted.map((row) => ledgerColumns.map((column) => cell(row[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
