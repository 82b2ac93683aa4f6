/**
 * The channel the panel must recommend on each sample order page, with the bundled pack and
 * default settings (ship from CN, objective balanced: the cheapest channel that keeps the
 * buyer's promise). Each is reasoned from the pack's channels and policies, not copied from
 * output; `null` means no channel may be recommended, and the comment says why.
 */
export const expectedChannels: Record<string, string | null> = {
  // Amazon FBM from China, buyer chose Standard: the cheapest tracked standard line on the
  // sample cards is YunExpress.
  'amazon/order-detail.us-unshipped.html': 'yunexpress',
  'amazon/order-detail.de-unshipped-multi.html': 'yunexpress',
  'amazon/order-detail.uk-shipped.html': 'yunexpress',
  'amazon/order-detail.jp-unshipped.html': 'yunexpress',
  'amazon/ship-form.confirm-dispatch-uk.html': 'yunexpress',
  // Buyer chose Expedited (premium): only the express couriers keep it; FedEx IP is the
  // cheapest of them on the sample cards.
  'amazon/order-detail.us-shipped.html': 'fedex-ip',
  // FBA: Amazon ships it, nothing to recommend.
  'amazon/order-detail.us-fba.html': null,
  // The form shows no destination: no channel can be judged.
  'amazon/ship-form.confirm-shipment-us.html': null,
  // US above US$5: only ePacket, AliExpress Standard or express; the buyer chose Standard and
  // ePacket is the cheaper of the two standard lines.
  'aliexpress/order-detail.old-en-us.html': 'epacket',
  // The declare form shows no amount, so the value rule cannot apply; ePacket is still the
  // cheapest standard line to the US.
  'aliexpress/ship-form.declare-zh.html': 'epacket',
  // France above US$5: only AliExpress Standard or express.
  'aliexpress/order-detail.new-en-shipped-fr.html': 'aliexpress-standard',
  // The buyer chose AliExpress Premium Shipping: only premium or express keep it, and the
  // Premium line is the cheapest of those.
  'aliexpress/ship-form.declare-en-other.html': 'aliexpress-premium',
  // Masked address, country masked too: Spain inferred from phone +34 and postcode 28…; the
  // buyer chose 菜鸟无忧物流-标准 (AliExpress Standard), which keeps the promise at the lowest cost.
  'aliexpress/order-detail.new-zh-masked-es.html': 'aliexpress-standard',
  // eBay from Greater China: SpeedPAK or an integrated service; the buyer chose economy
  // shipping, so SpeedPAK Economy keeps the promise at the lowest cost.
  'ebay/order-detail.unshipped.html': 'speedpak-economy',
  'ebay/order-detail.uk.html': 'speedpak-economy',
  // The buyer chose standard shipping: SpeedPAK Standard is the cheapest that keeps it.
  'ebay/order-detail.shipped.html': 'speedpak-standard',
  'ebay/order-detail.multi-item.html': 'speedpak-standard',
  // Wish from mainland China: WishPost only. Germany at US$9.99 is under the US$10 Confirmed
  // Delivery threshold, so WishPost Economy is allowed and cheapest; the US order at US$10
  // meets the threshold and needs a last-mile-tracked service (Premium is the cheaper).
  'wish/ship-form.fulfill-en.html': 'wishpost-economy',
  'wish/ship-form.fulfill-zh-china-merchant.html': 'wishpost-premium',
  'wish/ship-form.fulfill-zh-md.html': 'wishpost-premium',
};
