/**
 * Which Seller Central page a URL is: pure functions of the URL, each with its URL table
 * (`pageUrls`, walked with cross-negatives by the unit tests). All paths belong to the
 * "Manage Orders" app orders-v3 (docs/consoles/amazon.md#urls; § = its sections).
 */
import type { ConsolePageKind } from '../../order-facts';
import type { PageUrlTable } from '../types';
import { isInboundPage } from './inbound';
import { sellerCentralHosts } from './regions';

/** Chrome match patterns have no TLD wildcard, so every host is listed (§1.1). */
export const matches: string[] = sellerCentralHosts.map((host) => `https://${host}/*`);

/** Amazon order ids are 3-7-7 digits ("111-2223334-4445556"), §1.2 [file id 66703854200]. */
export const orderIdPattern = String.raw`\d{3}-\d{7}-\d{7}`;

const detailPath = new RegExp(`^/orders-v3/order/(${orderIdPattern})/?$`);

/**
 * Single-order forms: confirm-shipment [file ids 36124133813, 62562315865] and
 * edit-shipment [file id 36064494090]. The bulk form `/orders-v3/bulk-confirm-shipment/…`
 * is deliberately not a ship form: its per-row carrier pickers are AUI popovers whose markup
 * is only known from XPaths (§1.7), so it is left alone rather than half-read.
 */
const shipFormPath = new RegExp(
  `^/orders-v3/order/(${orderIdPattern})/(?:confirm|edit)-shipment/?$`,
);

/**
 * The order list: `/orders-v3`, the ref-suffixed link from the navigation
 * (`/orders-v3/ref=xx_myo_dnav_xx`), and the tabs `/orders-v3/mfn/unshipped`, `/mfn/shipped`,
 * `/mfn/canceled`, `/fba/all` and their sub-tabs (§1.2, §1.3 tab data-test-ids).
 */
const listPath = /^\/orders-v3(?:\/ref=[^/]*|\/(?:mfn|fba)(?:\/[\w-]+)*)?\/?$/;

const hostSet = new Set(sellerCentralHosts);

function onSellerCentral(url: URL): boolean {
  return url.protocol === 'https:' && hostSet.has(url.hostname);
}

export const isOrderDetail = (url: URL): boolean =>
  onSellerCentral(url) && detailPath.test(url.pathname);

export const isShipForm = (url: URL): boolean =>
  onSellerCentral(url) && shipFormPath.test(url.pathname);

export const isOrderList = (url: URL): boolean =>
  onSellerCentral(url) && listPath.test(url.pathname);

export function detectPage(url: URL): ConsolePageKind | null {
  if (isOrderDetail(url)) return 'order-detail';
  if (isShipForm(url)) return 'ship-form';
  if (isOrderList(url)) return 'order-list';
  if (isInboundPage(url)) return 'fba-inbound';
  return null;
}

/** The order id in a detail or ship-form URL. */
export function orderIdOfUrl(url: URL): string | null {
  return (detailPath.exec(url.pathname) ?? shipFormPath.exec(url.pathname))?.[1] ?? null;
}

export const pageUrls: PageUrlTable = {
  'order-detail': [
    'https://sellercentral.amazon.com/orders-v3/order/111-4820913-5627405',
    'https://sellercentral.amazon.com/orders-v3/order/114-3307152-8861940?ref=orddet',
    'https://sellercentral.amazon.de/orders-v3/order/302-7715029-3318746',
    'https://sellercentral.amazon.co.uk/orders-v3/order/203-3392817-6604351/',
    'https://sellercentral.amazon.co.jp/orders-v3/order/503-8816204-3375129',
    'https://sellercentral-europe.amazon.com/orders-v3/order/028-9917361-2054738',
    'https://sellercentral-japan.amazon.com/orders-v3/order/250-6637102-4410928',
    'https://sellercentral.amazon.com.sa/orders-v3/order/171-2209385-1174319',
  ],
  'order-list': [
    'https://sellercentral.amazon.com/orders-v3',
    'https://sellercentral.amazon.com/orders-v3/',
    'https://sellercentral.amazon.com/orders-v3?page=2',
    'https://sellercentral.amazon.com/orders-v3/ref=xx_myo_dnav_xx?page=3&date-range=1673550000000-1677697198000',
    'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?date-range=last-30&sort=order_date_desc&page=1',
    'https://sellercentral.amazon.de/orders-v3/mfn/unshipped?orderType=IBA&orderStatus=unshipped&fulfillmentType=mfn&page=1&date-range=last-30',
    'https://sellercentral.amazon.co.uk/orders-v3/mfn/shipped?page=1',
    'https://sellercentral.amazon.com/orders-v3/mfn/shipped/easyship/handover-done',
    'https://sellercentral.amazon.fr/orders-v3/mfn/canceled',
    'https://sellercentral.amazon.com/orders-v3/fba/all',
    'https://sellercentral.amazon.ie/orders-v3',
  ],
  'ship-form': [
    'https://sellercentral.amazon.com/orders-v3/order/112-9038471-2265934/confirm-shipment',
    'https://sellercentral.amazon.co.uk/orders-v3/order/204-8831706-5590712/confirm-shipment',
    'https://sellercentral.amazon.de/orders-v3/order/302-7715029-3318746/edit-shipment',
    'https://sellercentral.amazon.co.jp/orders-v3/order/503-8816204-3375129/confirm-shipment/',
  ],
  /** Send to Amazon workflow steps, as automation tools open them (docs/first-leg.md). */
  'fba-inbound': [
    'https://sellercentral.amazon.com/fba/sendtoamazon?wf=wf0a1b2c3d-1111-2222-3333-444455556666',
    'https://sellercentral.amazon.com/fba/sendtoamazon/confirm_shipping_step?wf=wf0a1b2c3d-1111-2222-3333-444455556666',
    'https://sellercentral.amazon.co.uk/fba/sendtoamazon/confirm_content_step?wf=wf999',
    'https://sellercentral.amazon.co.jp/fba/sendtoamazon/pack_later_confirm_shipments?wf=wf999',
  ],
  none: [
    'https://sellercentral.amazon.com/fba/sendtoamazon-help',
    'https://sellercentral.amazon.com/fba/inventory',
    'https://sellercentral.amazon.com/home',
    'https://sellercentral.amazon.com/',
    'https://sellercentral.amazon.com/orders-v3/bulk-confirm-shipment/111-4820913-5627405;112-9038471-2265934',
    'https://sellercentral.amazon.com/bulk-buy-shipping?orderIds=111-4820913-5627405',
    'https://sellercentral.amazon.com/orders-st/shipping-label?orderId=111-4820913-5627405',
    'https://sellercentral.amazon.com/orders/packing-slip?orderId=111-4820913-5627405',
    'https://sellercentral.amazon.com/orders-api/order/111-4820913-5627405',
    'https://sellercentral.amazon.com/orders-v3/order/111-4820913',
    'https://sellercentral.amazon.com/orders-v3/order/111-4820913-5627405/cancel-order',
    'https://sellercentral.amazon.com/orders-v3x',
    'https://sellercentral.amazon.com/gp/orders-v2/details?orderID=111-4820913-5627405',
    'https://sellercentral.amazon.de/myinventory/inventory?fulfilledBy=all&page=1',
    'https://sellercentral.amazon.com/messaging/reviews?orderId=111-4820913-5627405',
  ],
};
