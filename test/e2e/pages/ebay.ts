import type { SamplePage } from './types';

/**
 * eBay Seller Hub pages for the end-to-end harness: each saved page is served at its real URL
 * and must show what is listed (test/fixtures/ebay/fixtures.json describes each variant).
 */
export const ebayPages: SamplePage[] = [
  {
    // Served without eBay's scripts, its deferred fragments are never placed: nothing shows.
    fixture: 'ebay/order-detail.pre-placement.html',
    url: 'https://www.ebay.com/mesh/ord/details?orderid=12-13579-24680&mode=SH',
    kind: 'order-detail',
    expectPanel: false,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'ebay/order-detail.unshipped.html',
    url: 'https://www.ebay.com/mesh/ord/details?orderid=12-13579-24680&mode=SH',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    // The number is shown for the order and again on the item card: one button each.
    fixture: 'ebay/order-detail.shipped.html',
    url: 'https://www.ebay.com/mesh/ord/details?orderid=21-40718-22953&mode=SH',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: ['LX419382700CN', 'LX419382700CN'],
  },
  {
    // Shipped from a UK warehouse with Yodel: the carrier is read from the number alone.
    fixture: 'ebay/order-detail.uk-shipped.html',
    url: 'https://www.ebay.co.uk/mesh/ord/details?orderid=18-51234-70861&mode=SH',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: ['JJD0002198834602117', 'JJD0002198834602117'],
    trackingCarriers: ['Yodel', 'Yodel'],
  },
  {
    fixture: 'ebay/order-detail.multi-item.html',
    url: 'https://www.ebay.com/mesh/ord/details?orderid=08-11223-34455',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'ebay/order-detail.uk.html',
    url: 'https://www.ebay.co.uk/mesh/ord/details?orderid=16-12345-67890',
    kind: 'order-detail',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'ebay/order-list.all-orders.html',
    url: 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
    kind: 'order-list',
    expectPanel: false,
    expectBadges: 5,
    trackingNumbers: ['LX419382700CN'],
  },
  {
    fixture: 'ebay/ship-form.trackings.html',
    url: 'https://www.ebay.com/ship/trk/trackings?itemid=356120488213&transid=2841930174016',
    kind: 'ship-form',
    expectPanel: false,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'ebay/ship-form.update.html',
    url: 'https://www.ebay.com/ship/tr/update?orders=19-24680-13579',
    kind: 'ship-form',
    expectPanel: false,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'ebay/not-order.seller-hub-overview.html',
    url: 'https://www.ebay.com/sh/ovw',
    kind: null,
    expectPanel: false,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'ebay/not-order.listings-active.html',
    url: 'https://www.ebay.com/sh/lst/active',
    kind: null,
    expectPanel: false,
    expectBadges: 0,
    trackingNumbers: [],
  },
];
