/**
 * Two orders of Seller Hub's order list (`/sh/ord`, `tr.order-info` rows, docs/consoles/ebay.md
 * §2.4) as its markup shows them, with invented orders: 08-11223-34455 (three items, which continue
 * in the rows after the order's row) and 21-40718-22953 (shipped, with its tracking link) of
 * test/fixtures/ebay/order-list.all-orders.html, with the cells ShipLens does not read (totals, the
 * first order's summed quantity, actions), images, the buyer note, and the buyer's name and user id
 * left out; the postcode stays, as the destination is read from it. Read at idle so the code that
 * reads a list is compiled before the console's list arrives (utils/runtime/warm-up.tsx); the
 * console suite checks that these rows read as the fixture's rows do.
 */
import type { ListSample } from '../types';

export const listSample: ListSample = {
  url: 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
  html: `<table><tbody>
<tr class="order-info"><td class="checkbox-cell"><input type="checkbox" data-ordernumber="08-11223-34455"></td><td class="order-details-cell"><div class="order-details"><a href="/mesh/ord/details?orderid=08-11223-34455">08-11223-34455</a></div><div class="user-details"><span class="zip-code">07001</span></div><div class="order-status"><span class="sh-bold">Ship by Nov 26</span></div></td><td class="order-purchase-details"><div class="multiple-items">3 items</div></td><td class="date-column"><span class="sh-default">Nov 22</span><span class="sh-default">9:15 PM</span></td></tr>
<tr class="item-info"><td class="order-purchase-details"><div class="purchase-details"><span class="item-title"><a href="https://www.ebay.com/itm/356120488213">Wireless Earbuds Bluetooth 5.3 Noise Cancelling Earphones with Charging Case Black</a></span> <span class="item-itemID">(356120488213)</span><div class="item-custom-sku"><span class="item-custom-sku-pair">Custom label (SKU): <span class="sh-bold">EB-BT53-BLK</span></span></div></td><td class="item-quantity"><div class="quantity"><strong>1</strong></div></td><td class="price-column"><div class="price-column-item">$18.99</div></td></tr>
<tr class="item-info"><td class="order-purchase-details"><div class="purchase-details"><span class="item-title"><a href="https://www.ebay.com/itm/356120491027">USB C to USB C Cable 60W Fast Charging Braided 1m 2-Pack</a></span> <span class="item-itemID">(356120491027)</span><div class="item-custom-sku"><span class="item-custom-sku-pair">Custom label (SKU): <span class="sh-bold">CB-CC60-1M</span></span></div></td><td class="item-quantity"><div class="quantity"><strong>2</strong></div></td><td class="price-column"><div class="price-column-item">$4.25</div></td></tr>
<tr class="item-info"><td class="order-purchase-details"><div class="purchase-details"><span class="item-title"><a href="https://www.ebay.com/itm/356120497735">Silicone Ear Tips Replacement S/M/L 3 Pairs</a></span> <span class="item-itemID">(356120497735)</span></div></td><td class="item-quantity"><div class="quantity"><strong>1</strong></div></td><td class="price-column"><div class="price-column-item">$9.99</div></td></tr>
<tr class="order-info"><td class="checkbox-cell"><input type="checkbox" data-ordernumber="21-40718-22953" data-quantity="2"></td><td class="order-details-cell"><div class="order-details"><a href="/mesh/ord/details?orderid=21-40718-22953">21-40718-22953</a></div><div class="user-details"><span class="zip-code">H0H 0H0</span></div><div class="order-status"><span class="sh-bold">Shipped</span> <span class="sh-secondary">Nov 20</span></div></td><td class="order-purchase-details"><div class="purchase-details"><span class="item-title"><a href="https://www.ebay.com/itm/204511873390">Clear Silicone Phone Case Shockproof Cover for Galaxy S24 Transparent</a></span> <span class="item-itemID">(204511873390)</span><div class="item-custom-sku"><span class="item-custom-sku-pair">Custom label (SKU): <span class="sh-bold">PC-S24-CLR</span></span></div><p class="item-tracking">Tracking number: <a class="trackingOverlay" href="#" role="button">LX419382700CN</a></p></div></td><td class="quantity"><div class="quantity-mod"><strong>2</strong></div></td><td class="price-column"><div class="price-column-item">$7.49</div></td><td class="date-column"><span class="sh-default">Nov 18</span><span class="sh-default">4:03 PM</span></td></tr>
</tbody></table>`,
};
