/**
 * Amazon Seller Central (orders-v3, the React "MYO" app) selectors and label texts, as data.
 * Each spec lists alternatives in priority order (dom.ts takes the first that matches), one
 * comment per alternative with its source and how sure it is. Sources are sections of
 * docs/consoles/amazon.md ("§1.5" = its section 1.5) and the repositories and index numbers cited there.
 * Anchors are data-test-id hooks wherever Amazon has them: its labels follow the account's UI
 * language (§1.5), and its layout is only ever known from automation code, never a saved page.
 */
import { inboundReady } from './inbound';
import type { OrderStatus } from '../../order-facts';

/** Order summary of the detail page; the ship form repeats it (GUESS: same hooks there). */
export const summary = {
  orderId: [
    // §1.5 CONFIRMED (code, 6+): FunkyDrama/OrdersParserByDK amazon_parser.py, ids 43385378919, 4611796089, 8488153563; JP 26998474831
    '[data-test-id="order-id-value"]',
  ],
  purchaseDate: [
    // §1.5 CONFIRMED: ids 23947975696 ("Wed, Dec 4, 2019, 8:27 AM PST"), 26998474831 (JP), 49380307082 (DE)
    '[data-test-id="order-summary-purchase-date-value"]',
  ],
  shipBy: [
    // §1.5 CONFIRMED: ids 23947975696 ("Thu, Dec 5, 2019" / "Thu, 5 Dec 2019"), 43385378919, 38353055695
    '[data-test-id="order-summary-shipby-value"]',
  ],
  shippingService: [
    // §1.5 CONFIRMED: ids 38353055695, 49380307082, 66703854200; FunkyDrama amazon_parser.py
    '[data-test-id="order-summary-shipping-service-value"]',
  ],
  fulfillmentChannel: [
    // §1.5 CONFIRMED (code, 2): ids 66703854200, 49380307082
    '[data-test-id="order-summary-fulfillment-channel-value"]',
  ],
  salesChannel: [
    // §1.5 CONFIRMED (code, 2): ids 4611796089 (maps "Amazon.de" to a country), 49380307082
    '[data-test-id="order-summary-sales-channel-value"]',
  ],
  status: [
    // §1.5 SINGLE SOURCE for the detail page (id 35992425508 reads the first `.main-status`);
    // the JP item table (26998474831) puts it in each item's status cell
    '.main-status',
  ],
} as const;

export const address = {
  /** One element per address line: name, street(s), city, state, zip, [country]. */
  lines: [
    // §1.5 CONFIRMED (code, 5+): children of the block, ids 35295753986, 8488153563, 4611796089, 23947975696
    '[data-test-id="shipping-section-buyer-address"] > *',
  ],
} as const;

export const items = {
  /** The "Order contents" table; package boxes of shipped orders reuse `a-keyvalue`, so the first one. */
  table: [
    // §1.5 CONFIRMED (all parsers); "only the FIRST a-keyvalue table" id 49380307082
    'table.a-keyvalue',
  ],
  rows: [
    // §1.5 CONFIRMED: `table.a-keyvalue tbody tr`, FunkyDrama amazon_parser.py, id 66703854200
    ':scope > tbody > tr',
  ],
  title: [
    // CONFIRMED (saved JP snippet 26998474831; FunkyDrama amazon_parser.py): title div inside the link
    '.myo-list-orders-product-name-cell a .more-info-column-word-wrap-break-word',
    // CONFIRMED (code): id 66703854200 `td:nth-child(3) .myo-list-orders-product-name-cell a div`
    '.myo-list-orders-product-name-cell a div',
    // SINGLE SOURCE: id 49380307082 reads the link text itself
    '.myo-list-orders-product-name-cell a',
  ],
  /** Column headers: a cell's column is found by its header, not by a fixed position. */
  quantityHeading: [
    // SINGLE SOURCE (saved JP snippet 26998474831)
    '[data-test-id="item-quantity-heading"]',
  ],
  unitPriceHeading: [
    // CONFIRMED (JP snippet 26998474831; DE id 49380307082): the tax-inclusive price the buyer paid
    '[data-test-id="item-unit-price-inclusive-heading"]',
    // GUESS: US pages show one price column without the tax split
    '[data-test-id="item-unit-price-heading"]',
  ],
  /**
   * Header cells without a body cell: the saved JP table has a hidden gift-options heading
   * and no gift cell in its rows (26998474831), so such cells are left out of the count.
   */
  hiddenCell: [
    // SINGLE SOURCE (saved JP snippet 26998474831): `th.hidden-table-cell`
    '.hidden-table-cell',
  ],
  /** Fallback cells by position when the headers are not found. */
  quantityCell: [
    // CONFIRMED (code, 2): quantity is td5, ids 66703854200, 35295753986 (`children().eq(4)`)
    ':scope > td:nth-child(5)',
  ],
  unitPriceCell: [
    // SINGLE SOURCE: unit price td6, id 66703854200
    ':scope > td:nth-child(6)',
  ],
} as const;

export const shipment = {
  /** The package box of a shipped order. */
  packageBox: [
    // §1.5 SINGLE SOURCE: FunkyDrama amazon_parser.py `div.a-box-group.a-spacing-top-micro`
    'div.a-box-group.a-spacing-top-micro',
  ],
  /** Its columns: [0] ship date, [1] carrier name. No data-test-id exists for the carrier (§1.5). */
  packageColumns: [
    // §1.5 SINGLE SOURCE: FunkyDrama amazon_parser.py `find_all('div', class_="a-column a-span3")[1]`
    '.a-column.a-span3',
  ],
  tracking: [
    // §1.5 CONFIRMED: `a[…]` when the label was bought on Amazon, `span[…]` when bought outside
    // (FunkyDrama amazon_parser.py; ids 10874043609, 11036843601, 35992425508)
    '[data-test-id="tracking-id-value"]',
  ],
} as const;

/**
 * Order list (`#orders-table`), §1.4 CONFIRMED (code, 3+). Cells are read as row queries
 * (../cells.ts): the row's cell by the hook it carries or by its position, then inside it, so
 * a list of thousands of rows is not searched element by element.
 */
export const list = {
  rows: [
    // §1.4 CONFIRMED: ids 66703854200, 32442934769, 27369451622
    '#orders-table > tbody > tr',
  ],
  orderLink: [
    // CONFIRMED (code, 2025): every list cell carries `data-test-id="oth-…"`, index 17704225099 (docs/consoles/amazon.md); read first, position second
    { cell: 'td[data-test-id="oth-order-details"]', inside: 'a[href*="/orders-v3/order/"]' },
    // §1.4 CONFIRMED (code, 3): ids 66703854200, 4883049724, 43385378919
    { cell: 3, inside: '.cell-body-title a' },
    // CONFIRMED (code, 2): links to the detail page, ids 21476145957, 34111532074; the
    // `.cell-body-title` keeps the row's "Confirm shipment" action link out
    '.cell-body-title a[href*="/orders-v3/order/"]',
  ],
  orderDate: [
    // CONFIRMED (code, 2025): every list cell carries `data-test-id="oth-…"`, index 17704225099 (docs/consoles/amazon.md); read first, position second
    { cell: 'td[data-test-id="oth-order-date"]', inside: '.cell-body > :nth-child(2)' },
    // §1.4 CONFIRMED (code, 2): date line after the relative date, ids 66703854200, 35967840706
    { cell: 2, inside: '.cell-body > :nth-child(2)' },
  ],
  orderTime: [
    // CONFIRMED (code, 2025): every list cell carries `data-test-id="oth-…"`, index 17704225099 (docs/consoles/amazon.md); read first, position second
    { cell: 'td[data-test-id="oth-order-date"]', inside: '.cell-body > :nth-child(3)' },
    // §1.4 SINGLE SOURCE: id 66703854200 `td:nth-child(2) div:nth-child(3)`
    { cell: 2, inside: '.cell-body > :nth-child(3)' },
  ],
  /** Where a row's badge goes when the order link is missing. */
  orderCell: [
    // CONFIRMED (code, 2025): every list cell carries `data-test-id="oth-…"`, index 17704225099 (docs/consoles/amazon.md); read first, position second
    { cell: 'td[data-test-id="oth-order-details"]' },
    // §1.4 CONFIRMED (code, 3): td3 holds the order id, ids 66703854200, 4883049724, 43385378919
    { cell: 3 },
  ],
  productCell: [
    // CONFIRMED (code, 2025): every list cell carries `data-test-id="oth-…"`, index 17704225099 (docs/consoles/amazon.md); read first, position second
    { cell: 'td[data-test-id="oth-product-info"]' },
    // §1.4 CONFIRMED (code, 2): ids 66703854200, 4883049724
    { cell: 5 },
  ],
  productName: [
    // §1.4 CONFIRMED (code, 2): `.myo-list-orders-product-name-cell a div`, ids 66703854200, 22099079573
    '.myo-list-orders-product-name-cell a div',
    // GUESS: the link itself, should the inner div go
    '.myo-list-orders-product-name-cell a',
  ],
  /** One block per product, holding its name and its label lines (GUESS: one block per item). */
  productBlock: [
    // §1.4 CONFIRMED (code, 2): the product name cell, ids 66703854200, 22099079573
    '.myo-list-orders-product-name-cell',
  ],
  status: [
    // CONFIRMED (code, 2025): every list cell carries `data-test-id="oth-…"`, index 17704225099 (docs/consoles/amazon.md); read first, position second
    { cell: 'td[data-test-id="oth-order-status"]', inside: '.main-status' },
    // §1.4 CONFIRMED (code, 2): td8 `.main-status`, ids 66703854200, 35992425508
    { cell: 8, inside: '.main-status' },
    // GUESS: the status wherever it moved in the row
    '.main-status',
  ],
} as const;

export const shipForm = {
  carrierSelect: [
    // §1.6 CONFIRMED (code, 3 files of one extension): hidden native select of the AUI dropdown,
    // ids 35992425508, 15063661995, 36642643309
    '[data-test-id="tvs-carrier-dropdown"] select',
    // §1.6 CONFIRMED (code, 2): UK/EU "Confirm dispatch" form, ids 62562315865, 34234378521 (`CarrierListDropdown-76524`)
    'select[id^="CarrierListDropdown"]',
  ],
  otherCarrier: [
    // §1.6 CONFIRMED (code, 2 files): free-text carrier when "Other" is chosen, ids 35992425508, 36642643309
    'input[data-test-id="text-input-carrier"]',
    // §1.7 SINGLE SOURCE: custom carrier input of the bulk form, id 20095099768
    'input[id^="customCarrierInput"]',
  ],
  trackingInputs: [
    // §1.6 CONFIRMED (5+ sources): ids 35992425508, 62562315865, 34234378521, 12428039925
    'input[data-test-id="text-input-tracking-id"]',
  ],
  submit: [
    // §1.6 CONFIRMED (id 35992425508 `[…] input[value="Confirm shipment"]`); matched by type, not
    // by its label, so a zh or de UI still matches
    '[data-test-id="confirm-shipment-button-action"] input[type="submit"]',
    // §1.6 SINGLE SOURCE: UK/EU wording, id 62562315865
    'input[type="submit"][value="Confirm dispatch"]',
    // §1.6 SINGLE SOURCE: edit-shipment page, id 35992425508
    'input.a-button-input[value="Re-confirm Shipment"]',
  ],
  /** The AUI wrapper of a submit input: the warnings go before it. */
  submitContainer: [
    // AUI markup (`span.a-button > span.a-button-inner > input.a-button-input`), ids 4611796089, 35967840706
    '.a-button',
  ],
} as const;

export const mount = {
  detailHeaderButtons: [
    // §1.5 CONFIRMED (code, 2): two DE extensions inject into it, ids 4611796089, 5098613421
    'div[data-test-id="order-details-header-action-buttons"]',
  ],
  /** Where the panel goes when the header bar is missing: before this element. */
  detailFallback: [
    // GUESS: the order's sections are AUI boxes (`.a-box`, the package box is one, §1.5)
    '#MYO-app .a-box',
    // §1.3 CONFIRMED: `#MYO-app` is the app root (id 63176360173); its first child as last resort
    '#MYO-app > :first-child',
  ],
  listToolbar: [
    // §1.4 SINGLE SOURCE: DE tool's list mount point, id 12719871289
    '.myo-bulk-action-panel-left',
  ],
  listTable: [
    // §1.4 CONFIRMED (code, 3): ids 66703854200, 32442934769, 21476145957
    '#orders-table',
  ],
} as const;

/**
 * Landmarks that mean the client-rendered app has drawn the order (§1.3). The detail page's
 * header bar counts too, so that a page whose order id hook changed still gets a panel
 * saying the order could not be read, instead of nothing.
 */
export const ready = {
  'order-detail': [...summary.orderId, ...mount.detailHeaderButtons],
  'order-list': list.rows,
  'ship-form': [...shipForm.trackingInputs, ...shipForm.carrierSelect],
  'fba-inbound': inboundReady,
} as const;

/**
 * Label texts of "Label: value" lines, per UI language. English is what the sources show;
 * other languages are marked where they come from.
 */
export const labels = {
  // List td5 and detail item cell (ids 34111532074, 38353055695); same in the JP UI (26998474831)
  sku: ['SKU'],
  asin: ['ASIN'],
  // List td5 (id 34111532074); ja GUESS (the JP item table heading is 数量)
  quantity: ['Quantity', '数量'],
  // List td5 (id 34111532074) and detail proceeds (id 38353055695); ja from JP snippet 26998474831
  itemSubtotal: ['Item subtotal', '商品の小計'],
  // List td7 (id 66703854200)
  shipByDate: ['Ship by date'],
  // List td3 (id 66703854200, en-GB spelling); en-US spelling GUESS
  fulfilmentMethod: ['Fulfilment method', 'Fulfillment method'],
  // List td3 (id 66703854200)
  salesChannel: ['Sales channel'],
} as const;

/** Status by the state class of `.main-status` — the same in every UI language. */
export const statusClasses: Readonly<Record<string, OrderStatus>> = {
  'unshipped-status': 'unshipped', // list td8, id 66703854200
  'shipped-status': 'shipped', // JP item table, 26998474831
  'delivered-status': 'delivered', // id 43385378919 `.main-status.delivered-status`
  'canceled-status': 'cancelled', // GUESS, by analogy
  'pending-status': 'awaiting-payment', // GUESS, by analogy
};

/** Status by the text of `.main-status`, when it has no known state class. Keys lower case. */
export const statusLabels: Readonly<Record<string, OrderStatus>> = {
  // en: "Shipped"/"Unshipped" id 35992425508; the others as Amazon's order report words them
  unshipped: 'unshipped',
  'partially shipped': 'unshipped',
  shipped: 'shipped',
  // GUESS: the UK/EU UI says "dispatch" where the US says "ship" (§1.5)
  dispatched: 'shipped',
  delivered: 'delivered',
  canceled: 'cancelled',
  cancelled: 'cancelled',
  // "Pending": payment not yet authorised, the order must not ship
  pending: 'awaiting-payment',
  // ja: 出荷済み from the JP snippet 26998474831; the rest GUESS
  出荷済み: 'shipped',
  発送済み: 'shipped',
  未出荷: 'unshipped',
  未発送: 'unshipped',
  キャンセル済み: 'cancelled',
  保留中: 'awaiting-payment',
  // de UI: GUESS
  'nicht versandt': 'unshipped',
  versandt: 'shipped',
  storniert: 'cancelled',
  ausstehend: 'awaiting-payment',
  // zh UI: GUESS
  未发货: 'unshipped',
  已发货: 'shipped',
  已取消: 'cancelled',
  等待中: 'awaiting-payment',
};

/**
 * Fulfillment channel words (detail "Fulfillment channel", list "Fulfilment method"):
 * "Amazon" means FBA, "Seller" means the seller ships (ids 66703854200, 49380307082).
 * Lower-case substrings; the ja/de/zh words are GUESSES.
 */
export const fulfillmentWords = {
  platform: ['amazon'],
  seller: ['seller', 'merchant', '出品者', 'verkäufer', '卖家'],
} as const;
