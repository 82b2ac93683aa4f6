/**
 * Console pages far larger than the saved samples, built from them: Seller Central and Seller
 * Hub order lists with thousands of orders, and an order page whose text holds thousands of tracking
 * numbers. The end-to-end tests and the benchmark load them to check that ShipLens stays out
 * of the way on big pages. Order ids and numbers are generated; buyers are the samples'
 * invented ones.
 */
import { readFixture } from './console-browser';

/**
 * A saved list page with its orders repeated to `count`, each with an order id of its own:
 * the rows between `<tbody>` and `</tbody>`, an order being the rows from one matching
 * `startsOrder` to the next (eBay puts a multi-item order's items in the rows after it).
 */
function bigList(
  fixture: string,
  count: number,
  startsOrder: RegExp,
  orderId: RegExp,
  idOf: (i: number) => string,
  vary: (order: string, i: number) => string = (order) => order,
): string {
  const html = readFixture(fixture);
  const start = html.indexOf('<tbody>') + '<tbody>'.length;
  const end = html.indexOf('</tbody>', start);
  const rows = html.slice(start, end).match(/<tr[\s>][\s\S]*?<\/tr>/g) ?? [];
  const orders: string[][] = [];
  for (const row of rows) {
    if (startsOrder.test(row) || orders.length === 0) orders.push([row]);
    else orders.at(-1)?.push(row);
  }
  if (orders.length === 0) throw new Error(`The sample list ${fixture} has no rows`);
  const made: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const order = (orders[i % orders.length] as string[]).join('\n');
    made.push(vary(order.replace(orderId, idOf(i)), i));
  }
  return `${html.slice(0, start)}\n${made.join('\n')}\n${html.slice(end)}`;
}

/** The Seller Central sample list, its rows repeated to `count`. */
export function bigAmazonList(count: number): string {
  return bigList('amazon/order-list.us-mixed.html', count, /^<tr/, /\d{3}-\d{7}-\d{7}/g, (i) =>
    [`11${String(i % 10)}`, String(1000000 + i).slice(-7), String(5000000 + i).slice(-7)].join('-'),
  );
}

/**
 * The Seller Hub sample list, its orders (with their item and note rows) repeated to `count`.
 * Each buyer note (one order in five has one) ends with a tracking number of its own, which
 * only the scan of the page's running text finds.
 */
export function bigEbayList(count: number): string {
  return bigList(
    'ebay/order-list.all-orders.html',
    count,
    /^<tr[^>]*class="order-info/,
    /\d{2}-\d{5}-\d{5}/g,
    (i) =>
      `${String(10 + (i % 90))}-${String(10000 + (i % 90000))}-${String(i).padStart(5, '0').slice(-5)}`,
    (order, i) =>
      order.replace(
        /(Buyer note: <\/span>[^<]*)/,
        (note) => `${note} Sent ahead with China Post: ${s10Number(i)}.`,
      ),
  );
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
