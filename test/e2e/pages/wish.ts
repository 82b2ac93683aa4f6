import type { SamplePage } from './types';

/**
 * Wish pages for the end-to-end harness: each saved page is served at its URL (the list and
 * fulfil paths are GUESSES, see utils/consoles/wish/pages.ts) and must show what is listed
 * (test/fixtures/wish/fixtures.json describes each variant).
 */
export const wishPages: SamplePage[] = [
  {
    fixture: 'wish/order-list.unfulfilled.html',
    url: 'https://merchant.wish.com/orders/unfulfilled',
    kind: 'order-list',
    expectPanel: false,
    expectBadges: 5,
    trackingNumbers: [],
  },
  {
    fixture: 'wish/order-list.history.html',
    url: 'https://merchant.wish.com/orders/history',
    kind: 'order-list',
    expectPanel: false,
    expectBadges: 5,
    trackingNumbers: ['LZ718302646CN', 'LZ718305174CN', 'RB205188334CN', 'LX466127095CN'],
  },
  {
    fixture: 'wish/order-list.legacy-action.html',
    url: 'https://merchant.wish.com/transactions/action',
    kind: 'order-list',
    expectPanel: false,
    expectBadges: 3,
    trackingNumbers: [],
  },
  {
    // The old Ship modal is open over the list: its warnings go in the modal, no panel.
    fixture: 'wish/order-list.legacy-action-ship-modal.html',
    url: 'https://merchant.wish.com/transactions/action?sort=date&order=asc',
    kind: 'order-list',
    expectPanel: false,
    expectBadges: 3,
    trackingNumbers: [],
  },
  {
    fixture: 'wish/order-list.unfulfilled-zh-china-merchant.html',
    url: 'https://china-merchant.wish.com/orders/unfulfilled',
    kind: 'order-list',
    expectPanel: false,
    expectBadges: 3,
    trackingNumbers: [],
  },
  {
    fixture: 'wish/ship-form.fulfill-en.html',
    url: 'https://merchant.wish.com/orders/fulfill/6b04482d9b12f6c0a37e5d84',
    kind: 'ship-form',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'wish/ship-form.fulfill-zh-china-merchant.html',
    url: 'https://china-merchant.wish.com/orders/fulfill/6b02e10b83f6a0d5c29e174b',
    kind: 'ship-form',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    fixture: 'wish/not-order.products.html',
    url: 'https://merchant.wish.com/md/products',
    kind: null,
    expectPanel: false,
    expectBadges: 0,
    trackingNumbers: [],
  },
  {
    // At an /md/ path no URL table knows, without data-cy hooks: found by its content.
    fixture: 'wish/ship-form.fulfill-zh-md.html',
    url: 'https://china-merchant.wish.com/md/orders/6b02e10b83f6a0d5c29e174b/fulfill',
    kind: 'ship-form',
    expectPanel: true,
    expectBadges: 0,
    trackingNumbers: [],
  },
];
