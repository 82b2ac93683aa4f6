import type { SamplePage } from './types';

/**
 * Amazon Seller Central pages for the end-to-end harness: each saved page is served at its
 * real URL and must show what is listed (test/fixtures/amazon/fixtures.json describes each
 * variant). The order panel also shows on ship forms: they repeat the order summary.
 */
export const amazonPages: SamplePage[] = [
  {
    fixture: 'amazon/order-detail.us-unshipped.html',
    url: 'https://sellercentral.amazon.com/orders-v3/order/111-4820913-5627405?ref=orddet',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    // USPS label bought on Amazon: the number is a popover link.
    fixture: 'amazon/order-detail.us-shipped.html',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3307152-8861940',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: ['9400111899223847165208'],
  },
  {
    // Amazon.ca with a Canada Post label: 16 digits, which only the Canadian carrier reads.
    fixture: 'amazon/order-detail.ca-shipped.html',
    url: 'https://sellercentral.amazon.ca/orders-v3/order/702-5518830-4417726',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: ['4026610731958486'],
    trackingCarriers: ['Canada Post'],
  },
  {
    fixture: 'amazon/order-detail.de-unshipped-multi.html',
    url: 'https://sellercentral.amazon.de/orders-v3/order/302-7715029-3318746',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    // Label bought outside Amazon: the number is a plain span.
    fixture: 'amazon/order-detail.uk-shipped.html',
    url: 'https://sellercentral.amazon.co.uk/orders-v3/order/203-3392817-6604351',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: ['LX583029175CN'],
  },
  {
    fixture: 'amazon/order-detail.jp-unshipped.html',
    url: 'https://sellercentral.amazon.co.jp/orders-v3/order/503-8816204-3375129',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    // No header button bar: the panel goes before the first box.
    fixture: 'amazon/order-detail.us-fba.html',
    url: 'https://sellercentral.amazon.com/orders-v3/order/113-6609281-4417952',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    // The order id hook is gone: the panel still shows, saying the order could not be read.
    fixture: 'amazon/order-detail.changed-no-order-id.html',
    url: 'https://sellercentral.amazon.com/orders-v3/order/111-9903471-2208813',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    // The list shows no tracking column: nothing to copy.
    fixture: 'amazon/order-list.us-mixed.html',
    url: 'https://sellercentral.amazon.com/orders-v3?page=1',
    kind: 'order-list',
    expectPanel: false,
    expectBadges: 5,
    trackingNumbers: [],
  },
  {
    fixture: 'amazon/ship-form.confirm-shipment-us.html',
    url: 'https://sellercentral.amazon.com/orders-v3/order/112-9038471-2265934/confirm-shipment',
    kind: 'ship-form',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'amazon/ship-form.confirm-dispatch-uk.html',
    url: 'https://sellercentral.amazon.co.uk/orders-v3/order/204-8831706-5590712/confirm-shipment',
    kind: 'ship-form',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'amazon/not-order.home.html',
    url: 'https://sellercentral.amazon.com/home',
    kind: null,
    expectPanel: false,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'amazon/not-order.inventory.html',
    url: 'https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all',
    kind: null,
    expectPanel: false,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    // A reconstruction (thin evidence): the first-leg advice shows, no order panel.
    fixture: 'amazon/fba-inbound.send-to-amazon-us.html',
    url: 'https://sellercentral.amazon.com/fba/sendtoamazon/confirm_shipping_step?wf=wf0a1b2c3d-1111-2222-3333-444455556666',
    kind: 'fba-inbound',
    expectPanel: false,
    expectBadges: 0,
    trackingNumbers: [],
  },
];
