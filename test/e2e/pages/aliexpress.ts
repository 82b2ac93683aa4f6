import type { SamplePage } from './types';

/**
 * AliExpress seller-portal pages for the end-to-end harness: each saved page is served at its
 * real URL and must show what is listed (test/fixtures/aliexpress/fixtures.json describes each
 * variant). The panel also shows on ship forms, above the form; list rows get one badge each.
 */
export const aliexpressPages: SamplePage[] = [
  {
    fixture: 'aliexpress/order-detail.old-en-us.html',
    url: 'https://gsp.aliexpress.com/apps/order/detail?orderId=8123456789012345',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    // Address masked: the panel must say the destination is unknown.
    fixture: 'aliexpress/order-detail.new-zh-masked-es.html',
    url: 'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8190456612873401&channelId=2388105',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'aliexpress/order-detail.new-en-shipped-fr.html',
    url: 'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=3047718290561234&channelId=2388105',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: ['RK482157365CN'],
  },
  {
    fixture: 'aliexpress/order-list.old-en.html',
    url: 'https://gsp.aliexpress.com/apps/order/index',
    kind: 'order-list',
    expectPanel: false,
    expectBadges: 5,
    trackingNumbers: ['LX703182540CN'],
  },
  {
    fixture: 'aliexpress/order-list.new-zh.html',
    url: 'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2388105',
    kind: 'order-list',
    expectPanel: false,
    expectBadges: 5,
    trackingNumbers: ['RB931604275CN', 'UJ528471635CN'],
  },
  {
    fixture: 'aliexpress/ship-form.declare-zh.html',
    url: 'https://csp.aliexpress.com/apps/cn/singleDeclareShippingLogistic?tradeOrderId=8123456789012345',
    kind: 'ship-form',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'aliexpress/ship-form.declare-en-other.html',
    url: 'https://gsp.aliexpress.com/apps/cn/singleDeclareShippingLogistic?tradeOrderId=8123456790456712',
    kind: 'ship-form',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'aliexpress/ship-form.create-ship-cn-zh.html',
    url: 'https://csp.aliexpress.com/m_apps/logistic/create_ship_cn?trade_order_id=8190456612873401&shipType=3PL&channelId=2388105',
    kind: 'ship-form',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'aliexpress/not-order.home.html',
    url: 'https://csp.aliexpress.com/apps/home?channelId=2388105',
    kind: null,
    expectPanel: false,
    expectBadges: 0,
    trackingNumbers: [],
  },
];
