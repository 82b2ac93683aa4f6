/**
 * Two orders of the merchant dashboard's Unfulfilled Orders list (`data-cy` cells,
 * docs/consoles/wish.md §4.2) as its markup shows them, with invented orders:
 * 6b0329235e07b8a1d46c93f2 (three units, with a Confirmed Delivery badge in its order id cell)
 * and 6b04482d9b12f6c0a37e5d84 (no badge) of test/fixtures/wish/order-list.unfulfilled.html,
 * with the columns ShipLens does not read (selection, variation, costs, total, actions), the
 * images and the page around the table left out but its heading, which says every order of
 * the list awaits fulfilment. The Unfulfilled list, not the history: it is the one a merchant
 * works in. Read at idle so the code that reads a list is compiled before the console's list
 * arrives (utils/runtime/warm-up.tsx); the console suite checks that these rows read as the
 * fixture's rows do.
 */
import type { ListSample } from '../types';

export const listSample: ListSample = {
  url: 'https://merchant.wish.com/orders/unfulfilled',
  html: `<h1>Unfulfilled Orders</h1>
<table data-cy="orders-table"><tbody>
<tr data-cy="order-row"><td data-cy="column-date">2026-11-22 17:40:51</td><td data-cy="column-order-id"><div><span>6b0329235e07b8a1d46c93f2</span><div data-cy="confirmed-delivery-badge">Confirmed Delivery</div></div></td><td data-cy="column-days-to-fulfill"><span>2</span></td><td data-cy="column-product"><div><a href="/products/edit/66ac21803f9d5e27b4c1a860">Shockproof Clear Silicone Phone Case for iPhone 15</a><div>SKU: PC-IP15-CLR</div></div></td><td data-cy="column-price">$2.99</td><td data-cy="column-shipping">$0.40</td><td data-cy="column-quantity">3</td><td data-cy="column-ship-to">France (<a href="#" role="button">view</a>)</td></tr>
<tr data-cy="order-row"><td data-cy="column-date">2026-11-23 14:05:33</td><td data-cy="column-order-id"><div><span>6b04482d9b12f6c0a37e5d84</span></div></td><td data-cy="column-days-to-fulfill"><span>3</span></td><td data-cy="column-product"><div><a href="/products/edit/678c40807a2e93c1d5f8b046">LED Desk Lamp with USB Charging Port, 3 Color Modes</a><div>SKU: DL-USB-WHT</div></div></td><td data-cy="column-price">$6.00</td><td data-cy="column-shipping">$3.99</td><td data-cy="column-quantity">1</td><td data-cy="column-ship-to">Germany (<a href="#" role="button">view</a>)</td></tr>
</tbody></table>`,
};
