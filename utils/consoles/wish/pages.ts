/**
 * Which Wish merchant-dashboard page a URL is: pure functions of the URL, with the URL table
 * (`pageUrls`) the unit tests walk with cross-negatives.
 *
 * The evidence knows least about Wish (docs/consoles/wish.md#hosts): only the legacy order list
 * `/transactions/action` is attested. The current order pages' paths were not found in any
 * public code, so they are GUESSES, kept together in `listPaths` / `shipFormPaths` so that a
 * path captured from a real account is a one-line fix.
 */
import type { PageKind } from '../../order-facts';
import type { PageUrlTable } from '../types';

/** §4.1: the global and the China dashboards are the same app [file ids 22243989420, 32816059290]; the sandbox is in the V3 API docs [8644486093]. */
export const hosts = [
  'merchant.wish.com',
  'china-merchant.wish.com',
  'sandbox.merchant.wish.com',
] as const;

export const matches: string[] = hosts.map((host) => `https://${host}/*`);

/** Wish ids are 24-hex ObjectIds (product URLs `/products/edit/{id}`, §4.1); order ids too is a GUESS (§4.3). */
const objectId = '[0-9a-f]{24}';

const listPaths: readonly RegExp[] = [
  /^\/orders\/unfulfilled\/?$/, // GUESS: "Orders > Unfulfilled Orders" (merchantfaq 204530068); URL not found
  /^\/orders\/history\/?$/, // GUESS: "Orders > History" (merchantfaq 205211347, 115005882948); URL not found
  /^\/orders\/?$/, // GUESS: `merchant.wish.com/orders` in one unverified config [file id 58148884931]
  /^\/transactions\/action\/?$/, // legacy "Action Required": 2016 bookmark [25438051925] + old merchantfaq 204530068 — SINGLE SOURCE, dated
];

const shipFormPaths: readonly RegExp[] = [
  // GUESS: "Fulfill" opens "a different 'Fulfill order' page" (merchantfaq 204530068); its URL is unknown.
  new RegExp(`^/orders/fulfill/${objectId}/?$`, 'i'),
];

const hostSet = new Set<string>(hosts);

function onDashboard(url: URL): boolean {
  return url.protocol === 'https:' && hostSet.has(url.hostname);
}

export const isOrderList = (url: URL): boolean =>
  onDashboard(url) && listPaths.some((path) => path.test(url.pathname));

export const isShipForm = (url: URL): boolean =>
  onDashboard(url) && shipFormPaths.some((path) => path.test(url.pathname));

/**
 * No order detail page is modelled: none was found (§4.1), and "View details" on the
 * unfulfilled list (merchantfaq 115005882948) may well be a dialog. The old "Ship" modal on
 * the legacy list is found by `shipForm(doc)` on the list page, not by URL.
 */
export function detectPage(url: URL): PageKind | null {
  if (isShipForm(url)) return 'ship-form';
  if (isOrderList(url)) return 'order-list';
  return null;
}

export const pageUrls: PageUrlTable = {
  'order-detail': [],
  'order-list': [
    'https://merchant.wish.com/orders/unfulfilled',
    'https://merchant.wish.com/orders/unfulfilled?page=2&limit=50',
    'https://china-merchant.wish.com/orders/unfulfilled',
    'https://merchant.wish.com/orders/history',
    'https://merchant.wish.com/orders/history/?start=2026-11-01&end=2026-11-25',
    'https://merchant.wish.com/orders',
    'https://merchant.wish.com/transactions/action',
    'https://china-merchant.wish.com/transactions/action/',
    'https://sandbox.merchant.wish.com/orders/unfulfilled',
  ],
  'ship-form': [
    'https://merchant.wish.com/orders/fulfill/6b039f6d2a81c4e07f5d9b13',
    'https://china-merchant.wish.com/orders/fulfill/6b05ab26c07e4d19a2f3b856',
    'https://sandbox.merchant.wish.com/orders/fulfill/6b0329237d14e0b9c5a6f280/',
  ],
  none: [
    'https://merchant.wish.com/',
    'https://merchant.wish.com/login',
    'https://merchant.wish.com/md/login',
    'https://merchant.wish.com/md/home',
    'https://merchant.wish.com/md/products',
    'https://china-merchant.wish.com/products/edit/6410144e5f6671a76dc9227f',
    'https://merchant.wish.com/orders/fulfill',
    'https://merchant.wish.com/orders/fulfill/12345',
    'https://merchant.wish.com/orders/unfulfilled/export',
    'https://merchant.wish.com/transactions',
    'https://merchant.wish.com/documentation/confirmeddeliveryshippingcarriers',
  ],
};
