/**
 * Which Seller Hub page a URL is: pure functions of the URL, each with its URL table
 * (`pageUrls`, walked with cross-negatives by the unit tests). URL shapes: docs/consoles/ebay.md
 * §2.2.
 */
import type { PageKind } from '../../order-facts';
import type { PageUrlTable } from '../types';
import { sites } from './sites';

export const hosts: readonly string[] = sites.map((site) => site.host);

/**
 * Only the paths ShipLens acts on, on every host (Chrome match patterns have no TLD
 * wildcard): `/sh/*` (the order list, and other Seller Hub tabs the list can be reached from
 * without a reload, §2.3), `/mesh/ord/*` (order details) and `/ship/*` (add-tracking forms).
 * The rest of eBay — buying, listing pages — never loads the content script. The add-tracking
 * form also opens in an iframe on the details page ([file id 55275152630], "Verified flow
 * (2026-06)"), so the entrypoint should run in all frames.
 */
const matchedPaths = ['/sh/*', '/mesh/ord/*', '/ship/*'] as const;
export const matches: string[] = hosts.flatMap((host) =>
  matchedPaths.map((path) => `https://${host}${path}`),
);

/** eBay order numbers: "27-13984-70927" (§2.1, [file id 24089017105]). */
const orderIdSource = String.raw`\d{2}-\d{5}-\d{5}`;
export const orderIdPattern = new RegExp(`^${orderIdSource}$`);
/** An order number inside longer text ("orderid_27-13984-70927__order-info"). */
export const orderIdInText = new RegExp(`(?<!\\d)${orderIdSource}(?!\\d)`);

const hostSet = new Set(hosts);
const onSellerHub = (url: URL): boolean => url.protocol === 'https:' && hostSet.has(url.hostname);

/**
 * `/mesh/ord/details?orderid=…` (current, saved page) and the older Seller Hub
 * `/sh/ord/details?orderid=…`, still linked widely (GLDN-Ops `extension/ebay.js` l.11030
 * treats both as details pages).
 */
const detailPath = /^\/(?:mesh|sh)\/ord\/details\/?$/;
/** `/sh/ord` and `/sh/ord/?filter=status:…` (§2.2, many sources). */
const listPath = /^\/sh\/ord\/?$/;
/** Single-line add-tracking form `?itemid=&transid=` (saved page JSON; ebaypickandpack). */
const trackingsPath = /^\/ship\/trk\/trackings\/?$/;
/** Multi-line form `?orders=…`, legacy `?transactions={itemId}-{transId}` (§2.2). */
const updatePath = /^\/ship\/tr\/update\/?$/;

function param(url: URL, ...names: string[]): string | null {
  for (const name of names) {
    const value = url.searchParams.get(name)?.trim();
    if (value) return value;
  }
  return null;
}

export const isOrderList = (url: URL): boolean => onSellerHub(url) && listPath.test(url.pathname);

export const isOrderDetail = (url: URL): boolean =>
  onSellerHub(url) && detailPath.test(url.pathname) && param(url, 'orderid', 'orderId') !== null;

export const isShipForm = (url: URL): boolean => onSellerHub(url) && shipFormOrderKey(url) !== null;

export function detectPage(url: URL): PageKind | null {
  if (isOrderDetail(url)) return 'order-detail';
  if (isShipForm(url)) return 'ship-form';
  if (isOrderList(url)) return 'order-list';
  return null;
}

/** The list's status filter: `filter=status:AWAITING_SHIPMENT,timerange:…` → the status. */
export function listStatusFilter(url: URL): string | null {
  const filter = url.searchParams.get('filter') ?? '';
  return /(?:^|,)status:([A-Z_]+)/.exec(filter)?.[1] ?? null;
}

/**
 * Which order a ship form is for. `/ship/tr/update?orders=` names the order number; a form
 * for several orders gives null (one order is read at a time). The single-line form
 * `/ship/trk/trackings` only names the line (`itemid`, `transid`) and its page shows no order
 * number, so the line's own key `{itemId}-{transactionId}` is used — the same key eBay's
 * legacy form takes (`/ship/tr/update?transactions={itemId}-{transId}`, §2.1).
 */
export function shipFormOrderKey(url: URL): string | null {
  if (trackingsPath.test(url.pathname)) {
    const itemId = param(url, 'itemid', 'itemId');
    const transId = param(url, 'transid', 'transId');
    return itemId && transId && /^\d+$/.test(itemId) && /^\d+$/.test(transId)
      ? `${itemId}-${transId}`
      : null;
  }
  if (updatePath.test(url.pathname)) {
    const orders = param(url, 'orders');
    return orders !== null
      ? onlyOne(orders, orderIdPattern)
      : onlyOne(param(url, 'transactions'), /^\d+-\d+$/);
  }
  return null;
}

/** The value when the list holds exactly one entry of the expected shape. */
function onlyOne(list: string | null, pattern: RegExp): string | null {
  const entries = (list ?? '').split(/[,;\s]+/).filter(Boolean);
  const [first] = entries;
  return entries.length === 1 && first !== undefined && pattern.test(first) ? first : null;
}

export const pageUrls: PageUrlTable = {
  'order-detail': [
    'https://www.ebay.com/mesh/ord/details?orderid=12-13579-24680&mode=SH',
    'https://www.ebay.com/mesh/ord/details?orderid=21-14492-71846&mode=ME',
    'https://www.ebay.com/mesh/ord/details?mode=SH&orderid=08-11223-34455&source=Orders',
    'https://www.ebay.com/sh/ord/details?orderid=27-13984-70927&srn=1024',
    'https://www.ebay.co.uk/mesh/ord/details?orderid=16-12345-67890',
    'https://www.ebay.de/mesh/ord/details?orderid=03-10428-55310&mode=SH',
    'https://www.ebay.com.au/sh/ord/details?orderid=19-10957-20418',
    'https://www.ebay.ca/mesh/ord/details?orderId=14-22018-90317',
  ],
  'order-list': [
    'https://www.ebay.com/sh/ord',
    'https://www.ebay.com/sh/ord/',
    'https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT',
    'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
    'https://www.ebay.com/sh/ord/?filter=status:PAID_SHIPPED,timerange:PREVIOUSYEAR',
    'https://www.ebay.com/sh/ord?limit=200&filter=status%3AALL_ORDERS',
    'https://www.ebay.co.uk/sh/ord/?filter=status:AWAITING_SHIPMENT',
    'https://www.ebay.com.au/sh/ord/?filter=status:AWAITING_SHIPMENT',
    'https://www.ebay.de/sh/ord/?filter=status:ALL_ORDERS&limit=200&offset=200',
    'https://www.ebay.fr/sh/ord',
    'https://www.ebay.it/sh/ord/?filter=status:AWAITING_SHIPMENT',
    'https://www.ebay.es/sh/ord',
    'https://www.ebay.ca/sh/ord/?filter=status:AWAITING_SHIPMENT',
  ],
  'ship-form': [
    'https://www.ebay.com/ship/trk/trackings?itemid=356120488213&transid=2841930174016',
    'https://www.ebay.co.uk/ship/trk/trackings?itemid=204511873390&transid=1938840275011',
    'https://www.ebay.com/ship/tr/update?orders=12-13579-24680',
    'https://www.ebay.de/ship/tr/update?orders=03-10428-55310',
    'https://www.ebay.com/ship/tr/update?transactions=373450609329-1270968908024&from=1',
  ],
  none: [
    'https://www.ebay.com/',
    'https://www.ebay.com/itm/356120488213',
    'https://www.ebay.com/sh/ovw',
    'https://www.ebay.com/sh/lst/active',
    'https://www.ebay.com/mys/sold',
    'https://www.ebay.com/ship/single/12-13579-24680',
    'https://www.ebay.com/ship/bulk',
    'https://www.ebay.com/ship/trk/tracking-details?itemid=356120488213&transid=2841930174016',
    'https://www.ebay.com/ship/trk/trackings',
    'https://www.ebay.com/ship/tr/update?orders=12-13579-24680,12-13579-24681',
    'https://www.ebay.com/mesh/ord/details',
    'https://www.ebay.com/sh/ord/prt/widget?orderId=12-13579-24680&module=PACKING_SLIP_MODULE&mode=ME',
    'https://www.ebay.com/lbr/go?t=12-13579-24680',
    'https://www.ebay.com/om/shipment/update?orderId=12-13579-24680&action=1&pagetype=1883',
    'https://www.ebay.com/mes/transactionlist?limit=30&offset=0&sh=true&searchQuery=orderId:12-13579-24680',
    'https://www.ebay.nl/sh/ord',
    'http://www.ebay.com/sh/ord',
    'https://gslblui.ebay.com/gslblui/bulk',
  ],
};
