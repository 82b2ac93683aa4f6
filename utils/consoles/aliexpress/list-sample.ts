/**
 * Two orders of the Seller Center's order list (csp `/m_apps/order-manage/orderList`, each order
 * its own `table.next-table-row`, docs/consoles/aliexpress.md §3.3) as its markup shows them, with
 * invented orders: 8190456612873401 (three items, with the time left to ship) and 8190456614027753
 * (shipped, with its tracking number) of test/fixtures/aliexpress/order-list.new-zh.html, with the
 * cells ShipLens does not read (selection, order total, actions), images, spec values, tags and the
 * buyer's (masked) name left out. The new list, not the older `/apps/order/index`: it is the list
 * of the current portal, csp (docs/consoles/aliexpress.md §3.1), and the list reader reads both.
 * Read at idle so the code that reads a list is compiled before the console's list arrives
 * (utils/runtime/warm-up.tsx); the console suite checks that these orders read as the fixture's do.
 */
import type { ListSample } from '../types';

export const listSample: ListSample = {
  url: 'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2388105',
  html: `<table class="next-table-row"><tbody>
<tr class="next-table-group-header"><td><span class="header--valueHighLight--wCk3sLF">8190456612873401</span><span>下单时间：</span><span class="header--value--E2HYUZn">2026-11-24 02:41:17</span></td></tr>
<tr><td><a href="https://www.aliexpress.com/item/1005007123409876.html"><span class="productInfo--itemTitle--QshSnPH">925 Sterling Silver Round Spacer Beads 4mm 50pcs</span></a><div><span>商品编码：</span><span class="productInfo--skuCodeValue--FJA_1Ru">SS-SP-4MM</span></div></td><td><span class="productInfo--unitFee--mVPKC9G">US $4.20</span></td><td data-next-table-col="3"><div>2</div></td><td><div class="chc-state-label__stateText">等待发货</div><div>剩余发货时间：4天18小时19分</div></td></tr>
<tr><td><a href="https://www.aliexpress.com/item/1005005987612345.html"><span class="productInfo--itemTitle--QshSnPH">Natural Freshwater Pearl Strand White 6-7mm Potato Beads</span></a><div><span>商品编码：</span><span class="productInfo--skuCodeValue--FJA_1Ru">FWP-67-WHT</span></div></td><td><span class="productInfo--unitFee--mVPKC9G">US $9.80</span></td><td data-next-table-col="3"><div>1</div></td></tr>
<tr><td><a href="https://www.aliexpress.com/item/1005004456781230.html"><span class="productInfo--itemTitle--QshSnPH">Clear Elastic Beading Cord 0.8mm Stretch String 50m Roll</span></a><div><span>商品编码：</span><span class="productInfo--skuCodeValue--FJA_1Ru">EC-08-CLR</span></div></td><td><span class="productInfo--unitFee--mVPKC9G">US $2.35</span></td><td data-next-table-col="3"><div>3</div></td></tr>
</tbody></table>
<table class="next-table-row"><tbody>
<tr class="next-table-group-header"><td><span class="header--valueHighLight--wCk3sLF">8190456614027753</span><span>下单时间：</span><span class="header--value--E2HYUZn">2026-11-15 08:22:10</span></td></tr>
<tr><td><a href="https://www.aliexpress.com/item/1005005432109876.html"><span class="productInfo--itemTitle--QshSnPH">Stainless Steel Earring Hooks Hypoallergenic 200pcs</span></a><div><span>商品编码：</span><span class="productInfo--skuCodeValue--FJA_1Ru">EH-SS-GLD</span></div></td><td><span class="productInfo--unitFee--mVPKC9G">US $3.45</span></td><td data-next-table-col="3"><div>2</div></td><td><div class="chc-state-label__stateText">等待买家收货</div><div><span>运单号：</span><span>RB931604275CN</span></div></td></tr>
</tbody></table>`,
};
