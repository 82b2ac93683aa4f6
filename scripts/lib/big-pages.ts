/**
 * Console pages far larger than the saved samples, built from them: a Seller Central order
 * list with thousands of rows, and an order page whose text holds thousands of tracking
 * numbers. The end-to-end tests and the benchmark load them to check that ShipLens stays out
 * of the way on big pages. Order ids and numbers are generated; buyers are the samples'
 * invented ones.
 */
import { readFixture } from './console-browser';

/** The sample list, its rows repeated to `count` with order ids of their own. */
export function bigAmazonList(count: number): string {
  const html = readFixture('amazon/order-list.us-mixed.html');
  const start = html.indexOf('<tbody>') + '<tbody>'.length;
  const end = html.indexOf('</tbody>');
  const rows = html.slice(start, end).match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
  if (rows.length === 0) throw new Error('The sample list has no rows');
  const made: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const row = rows[i % rows.length] as string;
    const id = `11${String(i % 10)}-${String(1000000 + i).slice(-7)}-${String(5000000 + i).slice(-7)}`;
    made.push(row.replace(/\d{3}-\d{7}-\d{7}/g, id));
  }
  return `${html.slice(0, start)}\n${made.join('\n')}\n${html.slice(end)}`;
}

/** A UPU S10 number (two letters, eight digits, check digit, country) for serial `n`. */
export function s10Number(n: number, prefix = 'LX', country = 'CN'): string {
  const digits = String(10_000_000 + n).slice(-8);
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return `${prefix}${digits}${check === 10 ? 0 : check === 11 ? 5 : check}${country}`;
}

/** A shipped Seller Central order page with `count` tracking numbers in a notes block. */
export function orderWithTrackingNumbers(count: number): string {
  const html = readFixture('amazon/order-detail.us-shipped.html');
  const lines = Array.from(
    { length: count },
    (_, i) => `<p>Parcel ${i + 1} of ${count}: sent with China Post, tracking ${s10Number(i)}</p>`,
  );
  return html.replace('</body>', `<section id="notes">${lines.join('\n')}</section>\n</body>`);
}
