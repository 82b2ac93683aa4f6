import type { PageKind } from '../../order-facts';
import type { PageUrlTable } from '../types';

/**
 * AliExpress seller portals (docs/consoles/aliexpress.md#hosts). `gsp` is the older Global
 * Seller Portal, `csp` the current cross-border portal (every page carries `channelId=`, one
 * login switching stores); both serve the old `/apps/…` and the new `/m_apps/…` pages.
 * The logistics hosts (sg-cgmp, cgmp, cainiao) are left out: we read no page there.
 */
export const hosts = ['gsp.aliexpress.com', 'csp.aliexpress.com'] as const;

export const matches = hosts.map((host) => `https://${host}/*`);

const orderIdParam = /^\d{15,20}$/;

function hasOrderId(url: URL, param: string): boolean {
  return orderIdParam.test(url.searchParams.get(param) ?? '');
}

function onPortal(url: URL): boolean {
  return url.protocol === 'https:' && (hosts as readonly string[]).includes(url.hostname);
}

/** Old `/apps/order/index` (Greasyfork 437404, 403265) and new m_apps list [52021828623]. */
export const isOrderList = (url: URL): boolean =>
  onPortal(url) &&
  (url.pathname === '/apps/order/index' || url.pathname === '/m_apps/order-manage/orderList');

/** Old `/apps/order/detail?orderId=` [12933898446] and new m_apps detail [52255667242]. */
export const isOrderDetail = (url: URL): boolean =>
  onPortal(url) &&
  (url.pathname === '/apps/order/detail' || url.pathname === '/m_apps/order-manage/orderDetail') &&
  hasOrderId(url, 'orderId');

/**
 * Declare shipment (self-ship "填写发货通知", `tradeOrderId=`) and online-logistics order
 * creation (`trade_order_id=`), both from Greasyfork 437404's router. The ship LIST
 * `/m_apps/logistic/ship_cn` is not a form and is not read (its DOM differs from the order list).
 */
export const isShipForm = (url: URL): boolean =>
  onPortal(url) &&
  ((url.pathname === '/apps/cn/singleDeclareShippingLogistic' && hasOrderId(url, 'tradeOrderId')) ||
    (url.pathname === '/m_apps/logistic/create_ship_cn' && hasOrderId(url, 'trade_order_id')));

export function detectPage(url: URL): PageKind | null {
  if (isOrderDetail(url)) return 'order-detail';
  if (isOrderList(url)) return 'order-list';
  if (isShipForm(url)) return 'ship-form';
  return null;
}

export const pageUrls = {
  'order-detail': [
    'https://gsp.aliexpress.com/apps/order/detail?orderId=8123456789012345',
    'https://gsp.aliexpress.com/apps/order/detail?orderId=8123456789012345&step=4',
    'https://csp.aliexpress.com/apps/order/detail?orderId=3047718290561234',
    'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8190456612873401&channelId=2388105',
    'https://gsp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=5000481033994782',
  ],
  'order-list': [
    'https://gsp.aliexpress.com/apps/order/index',
    'https://csp.aliexpress.com/apps/order/index?orderStatus=WAIT_SELLER_SEND_GOODS',
    'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2388105',
    'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2388105&tab=WAIT_SELLER_SEND_GOODS',
  ],
  'ship-form': [
    'https://csp.aliexpress.com/apps/cn/singleDeclareShippingLogistic?tradeOrderId=8123456789012345',
    'https://gsp.aliexpress.com/apps/cn/singleDeclareShippingLogistic?tradeOrderId=3047718290561234',
    'https://csp.aliexpress.com/m_apps/logistic/create_ship_cn?trade_order_id=8190456612873401&shipType=3PL&channelId=2388105',
  ],
  none: [
    'https://csp.aliexpress.com/apps/home?channelId=2388105',
    'https://gsp.aliexpress.com/apps/product/publish',
    'https://gsp.aliexpress.com/apps/fund/report',
    'https://csp.aliexpress.com/m_apps/logistic/ship_cn?channelId=2388105&tab=WAIT_TO_PACKAGE',
    // A detail or form without its order id is an error page of the portal, not an order.
    'https://gsp.aliexpress.com/apps/order/detail',
    'https://csp.aliexpress.com/apps/cn/singleDeclareShippingLogistic?tradeOrderId=',
    // Look-alike paths.
    'https://csp.aliexpress.com/apps/order/indexes',
    'https://csp.aliexpress.com/m_apps/order-manage/orderDetailPrint?orderId=8123456789012345',
  ],
} as const satisfies PageUrlTable;

/**
 * Not ours although on aliexpress.com: the BUYER's order page (dropshipping tools use it,
 * docs/consoles/aliexpress.md#hosts). Kept apart from `none` because our `matches` do not even cover its host.
 */
export const foreignUrls = [
  'https://trade.aliexpress.com/order_detail.htm?orderId=8123456789012345',
  'https://www.aliexpress.com/p/order/detail.html?orderId=8123456789012345',
  'https://sg-cgmp.aliexpress.com/aex-seller-center/logistic/createLogistic',
] as const;
