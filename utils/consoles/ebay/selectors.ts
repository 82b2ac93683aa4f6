/**
 * Seller Hub selectors and label texts, as data. Each spec lists alternatives in priority
 * order (the first that matches anything wins, as `queryFirst`/`queryAll` read them), with
 * where it comes from and how sure we are. Specs marked "ALL OF" are read as a union instead.
 *
 * Sources (docs/consoles/ebay.md; § = its sections): "saved page" = the real mesh order-details page saved in
 * arthurperch/syndrax-sync `Order details.html` (de23a4e, 2026-05-20) — CONFIRMED; file ids
 * are index numbers (docs/consoles/README.md#sources-and-index-numbers).
 */

// ---------------------------------------------------------------------------------------
// Order details (/mesh/ord/details). The page arrives as Marko async fragments: the body
// first holds `<noscript id="afmeshorderphN">` placeholders and hidden
// `<div id="afmeshorderN" style="display:none">` fragments after the footer; the page's own
// script moves each fragment's children into place and leaves the emptied div (§2.3, saved
// page; see detail.ts). Everything below is read inside `detailRoot`, so a fragment that has
// not been placed yet is never read as if it were.
// ---------------------------------------------------------------------------------------

export const detailRoot = [
  'main#mainContent', // saved page: `main#mainContent > .container__content > .wrapper`
] as const;

/** Fragments still waiting to be placed: any of these means the page is not ready. ALL OF. */
export const unplacedWidget = [
  'div[id^="afmeshorder"] .order-info', // saved page: fragment afmeshorder10
  'div[id^="afmeshorder"] .shipping-info', // saved page: fragment afmeshorder17
  'div[id^="afmeshorder"] .item-info', // saved page: fragment afmeshorder9
  'div[id^="afmeshorder"] .payment-info', // saved page: fragment afmeshorder11
  'div[id^="afmeshorder"] .status-summary', // saved page: fragment afmeshorder6
] as const;

/** The details page is ready to read once its items are placed inside `main`. */
export const readyDetail = [
  'main#mainContent #itemInfo', // saved page: `.item-info#itemInfo` (fragment afmeshorder9, placed last of the order widgets)
  'main#mainContent .lineItemCard', // saved page; syndrax overlay waits for `.lineItemCard`
] as const;

/** `div.`: the list's order rows are `tr.order-info`. */
export const orderInfo = [
  'div.order-info dl.info-wrapper', // saved page: `.widget > .order-info > dl.info-wrapper`
  'div.order-info', // saved page; FunkyDrama `ebay_parser.py` reads the first `dd.info-value` in it
] as const;

export const statusHeading = [
  '.status-summary .summary-info h2', // saved page: h2 > span.sh-bold "Shipped on Apr 16"
  '.status-summary h2', // same widget, in case `.summary-info` is renamed
] as const;

/** More-actions menu items whose ids say whether the order is shipped. */
export const shippedAction = [
  '[data-action-id="MARK_NOT_SHIPPED"]', // saved page (a shipped order's menu)
] as const;
export const unshippedAction = [
  '[data-action-id="MARK_SHIPPED"]', // ebaypickandpack `userscript.js`: `div[data-action-id="MARK_SHIPPED"] a`
] as const;

/** Actions only the seller's own shipping offers: evidence the seller fulfils the order. ALL OF. */
export const sellerShippingAction = [
  'a[href*="/lbr/go?t="]', // saved page: "Get another label" links /lbr/go?t={orderId}
  '[data-action-id="MARK_SHIPPED"]', // ebaypickandpack
  '[data-action-id="MARK_NOT_SHIPPED"]', // saved page
  '.shipping-info .line-actions button.default-action', // saved page: "Add tracking"
] as const;

export const shippingInfo = [
  '.shipping-info', // saved page: `.widget > .shipping-info`; DE GLS tool [file id 4611796089] mounts in `div.shipping-info`
] as const;

/** One element per address line: name | street | city, state zip | country. */
export const shipToLines = [
  '.shipping-address .address > div', // saved page: `.address` is a sibling of `.ship-to` inside `.shipping-address`
  '.ship-to .address > div', // docs/consoles/ebay.md §2.5 sketch reads it as nested; kept in case it is
] as const;

/** Parts of a line's text that are not the value: tooltips and screen-reader text. ALL OF. */
export const hiddenText = [
  '.tooltip__overlay', // saved page: every address value carries a "Copy name"/"Copy country/region" tooltip
  '.clipped', // eBay Skin screen-reader text ("opens in a new window or tab"), saved page
] as const;

export const buyerSelectedServiceFallback = [
  'dl.ship-itm:not(.phone) dd.info-value', // saved page; NOT the first `dl.ship-itm`, which is the phone
] as const;

/** Tracking values shown on a details page, order level then per item. ALL OF. */
export const detailTrackingValue = [
  '.shipping-info .tracking-info .value', // saved page ("--" before tracking); FunkyDrama reads `div.value`
  '.lineItemCardInfo__tracking .tracking-info .value', // saved page (holds the "Add tracking" edit-link)
] as const;

export const lineItems = [
  '#itemInfo .lineItemCard', // saved page: `.item-info#itemInfo > .item-card > .lineItemCard`
  '.item-info .lineItemCard', // saved page; syndrax overlay mounts per `.lineItemCard`
] as const;

export const itemTitle = [
  '.lineItemCardInfo__content .details a[href*="/itm/"] .PSEUDOLINK', // saved page
  '.details a[href*="/itm/"]', // saved page, without the inner span; FunkyDrama `span.PSEUDOLINK`
] as const;

export const itemLink = [
  'a[href*="/itm/"]', // saved page: the item title links to /itm/{itemId}; list rows too [file id 24089017105]
] as const;

export const itemSku = [
  '.lineItemCardInfo__sku', // saved page: "Custom label (SKU): " + value span
] as const;

export const itemIdLine = [
  '.lineItemCardInfo__itemId', // saved page: "Item ID: " + value span; ebaypickandpack reads its last span
] as const;

export const itemQuantity = [
  '.quantity__value .sh-bold', // saved page ("1" then "(1 available)"); FunkyDrama
] as const;

export const itemPrice = [
  '.soldPrice__value', // saved page: "Item price" (one unit)
] as const;

export const buyerPaid = [
  '.payment-info .buyer-paid', // saved page: "What your buyer paid" (Subtotal, Shipping, Sales tax…)
  '.payment-info', // saved page, whole widget
] as const;

/** Where the recommendation panel goes: after the status summary, else atop the content column. */
export const panelAfter = [
  'main#mainContent .status-summary', // saved page
] as const;
export const panelPrepend = [
  'main#mainContent .wrapper > .content', // saved page: `.wrapper > .content | .side`
  'main#mainContent .container__content', // saved page, one level up
] as const;

// ---------------------------------------------------------------------------------------
// Order list (/sh/ord). No saved page exists; code from 2023–26 agrees on the table rows.
// ---------------------------------------------------------------------------------------

export const listRow = [
  'tr.order-info', // [file ids 63324058824, 15536706606, 27247899713, 71290742093, 61978834126]
  'tr[id^="orderid_"][id$="__order-info"]', // [file ids 61978834126, 17140852317]: the row id, should the class change
] as const;

// Cells of an order row are found as data (../cells.ts): the row's child cell by the class it
// carries, then inside it; a plain selector (anywhere in the row) is the last resort, should
// the cells be renamed. Cell classes named only by the reconstruction of the list row are GUESS.

export const rowCheckbox = [
  // GUESS cell class (reconstruction); the input: [file id 61978834126]
  { cell: 'td.checkbox-cell', inside: 'input[data-ordernumber]' },
  'input[data-testid="order-checkbox"][data-ordernumber]', // [file id 61978834126]
  'input.checkbox__control[data-ordernumber]', // [file id 63324058824]
] as const;

export const rowOrderLink = [
  // GUESS cell class (reconstruction); the link: [file ids 24089017105, 56761179067]
  { cell: 'td.order-details-cell', inside: 'a[href*="/mesh/ord/details"]' },
  'a[href*="/mesh/ord/details"]', // [file ids 24089017105, 56761179067]
  '.order-details a', // [file ids 15536706606, 27247899713] `div.order-details a`
] as const;

/**
 * The buyer's postcode under the buyer's name: the list shows no country, so the destination
 * is inferred from it with the site (docs/consoles/ebay.md, "Destination on the list"). GUESS
 * class, from the reconstruction of the list row, in the order-details cell (GUESS as above).
 */
export const rowPostcode = [
  { cell: 'td.order-details-cell', inside: '.user-details .zip-code' },
  '.user-details .zip-code',
] as const;

export const rowStatus = [
  // GUESS cell class (reconstruction), as rowOrderLink; inside it as below
  { cell: 'td.order-details-cell', inside: '.order-status .sh-bold' },
  { cell: 'td.order-details-cell', inside: '.order-status' },
  '.order-status .sh-bold', // [file id 27247899713] "Ship by …"
  '.order-status', // [file ids 61978834126 ("Ship by Nov 27", "Shipping overdue"), 15536706606]
] as const;

export const rowDate = [
  { cell: 'td.date-column', inside: 'span.sh-default' }, // [file id 63324058824]: date, then time
  { cell: 'td.date-column' }, // [file ids 63324058824, 15536706606]
  'td.date-column span.sh-default', // the same, should the cell sit deeper than the row's children
  'td.date-column',
] as const;

/** One element per purchased item, in the order row or the item rows after it. */
export const purchaseDetails = [
  { cell: 'td.order-purchase-details', inside: '.purchase-details' }, // [file id 63324058824] inside [18004877208]
  { cell: 'td.order-purchase-details' }, // [file ids 18004877208, 15536706606]
  '.purchase-details', // [file id 63324058824], wherever the cell went
] as const;

export const listItemTitle = [
  '.item-title a', // [file id 63324058824]; joetech/cardsales `span.item-title a`
  '.item-title', // [file ids 63324058824, 18004877208]
] as const;

export const listItemId = [
  '.item-itemID', // [file ids 63324058824, 15536706606] — text may be "(123456789012)"
] as const;

export const listItemSku = [
  '.item-custom-sku-pair .sh-bold', // [file ids 15536706606, 27247899713]; 18004877208 reads the pair's text
  '.item-custom-sku .sh-bold', // [file ids 63324058824, 17140852317]
] as const;

export const listItemQuantity = [
  // An order row's quantity cell, GUESS class (reconstruction): `.quantity strong` [file id 63324058824]
  { cell: 'td.quantity', inside: 'strong' },
  // An item row's quantity cell [file id 71290742093], `div.quantity strong` inside
  { cell: 'td.item-quantity', inside: '.quantity strong' },
  { cell: 'td.item-quantity' }, // [file id 71290742093]: the cell's own text
  '.quantity strong', // [file id 63324058824]; `div.quantity-mod strong` [file id 15536706606]
] as const;

export const listItemPrice = [
  // GUESS cell class (reconstruction); the price: [file ids 63324058824, 24089017105] "Sold for"
  { cell: 'td.price-column', inside: '.price-column-item' },
  '.price-column-item', // [file ids 63324058824, 24089017105]
] as const;

/** Tracking numbers shown in list rows. SINGLE SOURCE (older code), ALL OF. */
export const listTrackingValue = [
  'tr a.trackingOverlay', // [file id 15536706606] reads the item row's `a.trackingOverlay`
] as const;

export const listToolbarBefore = [
  'table.table-grid-component', // [file id 15536706606]: `table.table-grid-component tr.order-info`
] as const;
export const listToolbarAfter = [
  '#summaryText', // [file id 18004877208] `span#summaryText` ("… of N")
] as const;

// ---------------------------------------------------------------------------------------
// Add-tracking forms (/ship/trk/trackings, /ship/tr/update). The carrier is a combobox
// (free text with suggestions), never a <select> (§2.6).
// ---------------------------------------------------------------------------------------

export const trackingInput = [
  'input[id^="trkNum_"]', // /ship/tr/update, one per line: ebaypickandpack `userscript.js`
  '.add-tracking-control__input .textbox__control', // /ship/trk/trackings: ebaypickandpack
  'input[id$="-textbox"]', // /ship/trk/trackings in the details-page iframe: [file id 55275152630] (2026-06), SINGLE SOURCE
] as const;

/** The carrier combobox of one /ship/tr/update line: in the cell after the tracking cell. */
export const lineTrackingCell = [
  'td.textbox', // ebaypickandpack: `input.closest('td.textbox')?.nextElementSibling`
] as const;
export const carrierCombobox = [
  // ebaypickandpack; [file id 55275152630]. The global header's search box (#gh-ac) is a
  // combobox too (saved page), hence the exclusion.
  'input[role="combobox"]:not(#gh-ac)',
] as const;

export const submitButton = [
  'button.btn--primary', // ebaypickandpack: "Save" is `button.btn.btn--primary`; matched by label below
  'button', // [file ids 55275152630, 67327051768] find "Save and continue" by text alone
] as const;

// ---------------------------------------------------------------------------------------
// Label texts. Seller Hub is localised (a DE seller's code reads "von", "Verkauft", "Okt",
// [file id 71290742093]), but no source shows the German/French details-page labels, so only
// the English ones are listed; the extractor falls back to structure where it can.
// en-GB/en-AU wording ("postage") is from an AU details-page reader [file id 62994852338].
// ---------------------------------------------------------------------------------------

export const labels = {
  orderNumber: ['Order', 'Order number'], // saved page: dt "Order"
  sold: ['Sold', 'Date sold'], // saved page: dt "Sold"
  buyerSelectedService: [
    'Buyer selected shipping service', // saved page
    'Buyer selected postage service', // [file id 62994852338] (AU)
  ],
  subtotal: ['Subtotal'], // saved page: `.buyer-paid` dt "Subtotal"
  sku: ['Custom label (SKU)'], // saved page; list pages too [file id 18004877208]
  itemId: ['Item ID'], // saved page
  submit: ['Save and continue', 'Save'], // [file ids 55275152630, 67327051768]; ebaypickandpack
  /** Tracking-field texts that are not tracking numbers. */
  noTracking: ['--', 'Add tracking'], // saved page
} as const;

/**
 * Status texts by prefix, first match wins. "Shipped on …" is from the saved page and
 * "Ship by …" / "Shipping overdue" from list code [file ids 61978834126, 27247899713]; that a
 * details page's summary says "Ship by …" for an unshipped order is a GUESS (§2.5), as are
 * the dispatch/post wordings of the UK and AU sites and "Delivered"/"Canceled".
 */
export const statusPrefixes = [
  { status: 'delivered', prefixes: ['Delivered'] },
  { status: 'shipped', prefixes: ['Shipped', 'Dispatched', 'Posted'] },
  {
    status: 'unshipped',
    prefixes: ['Ship by', 'Dispatch by', 'Post by', 'Shipping overdue', 'Dispatch overdue'],
  },
  { status: 'cancelled', prefixes: ['Canceled', 'Cancelled', 'Cancellation'] },
] as const;

/** The status prefixes that carry the ship-by date after them. */
export const shipByPrefixes = ['Ship by', 'Dispatch by', 'Post by'] as const;
