import type { OrderStatus } from '../../order-facts';

/**
 * What we know of the AliExpress seller portals' DOM, as data (docs/decisions.md#console-folders). Sources are
 * docs/consoles/aliexpress.md and the files it cites:
 * - 437404 = Greasyfork "AE辅助 v6" v6.1.8 (rewritten 2024-11; index file id 17824068559), the
 *   only source for the old `/apps/…` pages: SINGLE SOURCE, but long maintained;
 * - 52021828623 / 52255667242 = a 2025–26 csp Selenium scraper, the only source for the new
 *   `/m_apps/…` pages: SINGLE SOURCE;
 * - GUESS = our inference, not seen anywhere (the declare-shipment form entirely).
 * The new pages use CSS-module classes `block--name--HASH`; they are matched by prefix only.
 *
 * Each spec lists alternatives in priority order (`queryFirst`/`queryAll` take the first that
 * matches). The exact count `queryAll` gives on each saved page is test data
 * (test/fixtures/aliexpress/selector-counts.json), so a selector that starts matching the
 * wrong thing fails a test without the counts shipping in the extension.
 */
export interface SelectorSpec {
  readonly css: readonly string[];
}

// ── Orders and where they are ────────────────────────────────────────────────────────────

/** The order id on a detail page (digits are taken from its text). */
export const orderId = {
  css: [
    '.parent-copyOrderId', // old detail: 437404 anchors its tips at `.parent-copyOrderId` (SINGLE SOURCE)
    '[class*="header--valueHighLight--"]', // new detail and list header: 52255667242 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

/**
 * The order id inside one order of a list (the first link of `.tb-order-info`), as row queries
 * (../cells.ts): on the old list the order's row, its first cell first; on the new list the
 * order's own table, a small one.
 */
export const listOrderId = [
  // old list: GUESS that the order cell is the first (the reconstruction's "Order" column)
  { cell: 1, inside: '.tb-order-info a' },
  '.tb-order-info a', // old list: 437404 `.tb-order-info a:eq(0)`; the buyer link follows (SINGLE SOURCE)
  '[class*="header--valueHighLight--"]', // new list: 52021828623 (SINGLE SOURCE)
] as const;

/** New list: each order is its own table (52021828623, SINGLE SOURCE). */
export const newListOrder = {
  css: [
    'table.next-table-row', // 52021828623 `table.next-table-row`, one per order
  ],
} as const satisfies SelectorSpec;

/**
 * Old list: one Fusion table; an order's first row holds `.tb-order-info`, its further items
 * follow as rows without it (437404 walks `prevAll()` rows to find an item's order).
 */
export const oldListRow = {
  css: [
    '.table-zone tr.next-table-row', // 437404 `.table-zone .next-table` + `tr.next-table-row`
  ],
  // The old detail's item table is a `.table-zone` too.
} as const satisfies SelectorSpec;

/** Marks the first row of an order on the old list. */
export const oldListOrderInfo = {
  css: [
    '.tb-order-info', // 437404 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

// ── Items ────────────────────────────────────────────────────────────────────────────────

/** One element per order item; its row (`closest('tr')`) is the item's scope. */
export const itemBlock = {
  css: [
    '.tb-product-info', // old detail and list: 437404 (SINGLE SOURCE)
    '[class*="productInfo--itemTitle--"]', // new detail and list: 52021828623 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

export const itemTitle = {
  css: [
    '[class*="productInfo--itemTitle--"]', // new: 52021828623 (SINGLE SOURCE)
    '.tb-product-info-title', // old: GUESS (437404 reads no title; it keys items by SKU)
    '.tb-product-info-info a[href*="/item/"]', // old: GUESS, the product link
  ],
} as const satisfies SelectorSpec;

/** SKU values of the new layout: per item [0] = spec, [1] = SKU (52021828623). */
export const skuCodeValue = {
  css: [
    '[class*="productInfo--skuCodeValue--"]', // 52021828623 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

export const unitPrice = {
  css: [
    '[class*="productInfo--unitFee--"]', // new: 52021828623 (SINGLE SOURCE)
    '.price .tb-text', // old: 437404 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

export const quantity = {
  css: [
    '.quantity', // old: 437404 (SINGLE SOURCE), text "x1"
    '.count', // old: 437404's fallback
    'td[data-next-table-col="3"] div', // new: 52021828623 (SINGLE SOURCE), column 3 of the item row
  ],
} as const satisfies SelectorSpec;

/** The AliExpress product link, whose path holds the product id. */
export const productLink = {
  css: [
    'a[href*="aliexpress.com/item/"]', // GUESS: product pages are www.aliexpress.com/item/{id}.html
  ],
} as const satisfies SelectorSpec;

// ── Order facts ──────────────────────────────────────────────────────────────────────────

export const status = {
  css: [
    '.chc-state-label__stateText', // new: 52021828623 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

export const orderedAt = {
  css: [
    '[class*="header--value--"]', // new: 52021828623 "下单时间" span (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

/** The ship-by countdown. */
export const countdown = {
  css: [
    '.countdown-format', // old: 437404 reads `.countdown-format` in its cancel dialogs (SINGLE SOURCE; on the detail GUESS)
  ],
} as const satisfies SelectorSpec;

/** The items subtotal (without shipping) of the old detail. */
export const productTotal = {
  css: [
    '.productPrice .show-text', // old detail: 437404 "产品总金额" (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

/** Per item: the service the buyer chose at checkout ("AliExpress Standard Shipping"). */
export const buyerService = {
  css: [
    '.logistics .show-text', // old detail and list: 437404 `.logistics .show-text:eq(0)` (SINGLE SOURCE)
  ],
  // 7 on the old list: the shipped order's tracking number is a `.show-text` of its cell too.
} as const satisfies SelectorSpec;

/** Cells that may show a tracking number next to the service (old list). */
export const logisticsCell = {
  css: [
    '.logistics', // 437404 (SINGLE SOURCE); a number shown there: GUESS (403265 read `.row b`, 2020)
  ],
} as const satisfies SelectorSpec;

/** Old detail: `.address-desensitize > .content` children [0] name, [1] address, [2] zip, [3] phone. */
export const oldAddressLine = {
  css: [
    '.address-desensitize > .content > *', // 437404 (SINGLE SOURCE); each has an inner `.content`
  ],
} as const satisfies SelectorSpec;

/** New detail: label/value rows of the (masked until the eye is clicked) address. */
/** Order tags: "AE/IOSS", "半托管" (52021828623 `chc-color-tag`). */
export const orderTag = {
  css: ['.chc-color-tag'],
} as const;

export const addressItem = {
  css: [
    '[class*="orderInfo--addressItem"]', // 52255667242 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

export const addressLabel = {
  css: [
    '[class*="addressLabel"]', // 52255667242 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

export const addressValue = {
  css: [
    '[class*="addressValue"]', // 52255667242 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

/** Old list: the buyer's country next to the buyer name. */
export const buyerCountry = {
  css: [
    '.dada-buyer-info .buyer-country', // GUESS (437404 has `.dada-buyer-info a.buyer-name` only)
  ],
} as const satisfies SelectorSpec;

// ── Where our UI goes ────────────────────────────────────────────────────────────────────

/** The panel goes after the order-information block. */
export const panelAnchor = {
  css: [
    '.parent-orderBasicInfo', // old: 437404's readiness check (SINGLE SOURCE)
    '.table-zone', // old: the first block (437404)
    '[class*="header--header--"]', // new: the block holding the order id header (GUESS)
  ],
} as const satisfies SelectorSpec;

/** On ship forms the panel goes above the form (they show the order summary above it). */
export const formPanelAnchor = {
  css: [
    'form.next-form', // declare shipment: GUESS (a Fusion form)
    'div[class*="LogisticSolution--init_card"]', // create_ship_cn: above the first solution card (437404)
  ],
} as const satisfies SelectorSpec;

/** "Copy all tracking numbers" goes after the old list's toolbar. */
export const toolbar = {
  css: [
    '.toolbar-zone', // old list: 437404 inserts its toolbar after it (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

// ── Ship forms ───────────────────────────────────────────────────────────────────────────

/** Declare shipment: the carrier control (API field service_name). */
export const carrierControl = {
  css: [
    '#serviceName', // GUESS: Fusion Field puts the field name (API service_name) as the control id
    'select[name*="serviceName" i]', // GUESS: a native select variant
  ],
} as const satisfies SelectorSpec;

/** Declare shipment: the free-text carrier shown when "Other" is chosen. */
export const otherCarrierInput = {
  css: [
    '#otherServiceName', // GUESS
  ],
} as const satisfies SelectorSpec;

/** Declare shipment: tracking number inputs (API field logistics_no), one per package. */
export const trackingInput = {
  css: [
    'input[id^="logisticsNo"]', // GUESS: Fusion Field id from the API's logistics_no
    'input[name^="logisticsNo"]', // GUESS
  ],
} as const satisfies SelectorSpec;

/** create_ship_cn: the chosen logistics solution's name. */
export const chosenSolution = {
  css: [
    '[class*="create_ship--service--"]', // 437404 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

/** create_ship_cn: the solution cards, whose choice changes the service. */
export const solutionCard = {
  css: [
    'div[class*="LogisticSolution--init_card"]', // 437404 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

/** Candidate submit buttons; only those whose text is a `labels.submit` count. */
export const submitCandidate = {
  css: [
    'button[type="submit"]', // declare form: GUESS
    'button[class*="footer--button--"]', // create_ship_cn / createLogistic footer: 437404 (SINGLE SOURCE)
  ],
} as const satisfies SelectorSpec;

/** Fusion form rows: a label and its control. */
export const formItem = {
  css: [
    '.next-form-item', // Alibaba Fusion Form.Item (GUESS that the declare form uses it)
  ],
} as const satisfies SelectorSpec;

// ── Readiness ────────────────────────────────────────────────────────────────────────────

/** One of these present = the page has rendered enough to read. */
export const ready = {
  'order-detail': [
    '.parent-tradeOrderItemsTable .tb-product-info', // old: 437404 waits for the item table blocks
    '[class*="orderInfo--addressItem"]', // new: 52255667242 waits for the address rows
  ],
  'order-list': [
    '.table-zone .tb-order-info', // old: 437404
    'table.next-table-row [class*="header--valueHighLight--"]', // new: 52021828623 waits for the tables
  ],
  'ship-form': [
    '.next-form-item input[id^="logisticsNo"]', // declare: GUESS
    '.next-form-item label[for]', // declare: GUESS, any labelled row
    'div[class*="LogisticSolution--init_card"]', // create_ship_cn: 437404
  ],
} as const;

// ── Label texts, zh and en (the en texts of the new pages are GUESSES unless noted) ──────

export const labels = {
  orderId: ['订单号', '交易订单号', 'Order number', 'Order No.', 'Order ID'],
  status: ['订单状态', 'Order status'],
  orderedAt: ['下单时间', 'Order time', 'Order date'],
  countdown: ['剩余发货时间', 'Time left to ship', 'Remaining time to ship'],
  /** Items subtotal: 商品总额 / 产品总金额 (437404's name for `.productPrice`). */
  productTotal: ['商品总额', '产品总金额', 'Product amount', 'Products total'],
  buyerService: [
    '买家选择物流',
    '买家选择的物流',
    "Buyer's shipping method",
    'Shipping method selected by buyer',
  ],
  carrier: ['实际发货物流', '发货物流服务', 'Actual shipping service'],
  /** 实际发货单号: 52021828623; 运单号 on lists: GUESS. */
  trackingNumber: ['实际发货单号', '运单号', 'Tracking number', 'Tracking No.'],
  sku: ['商品编码', 'Product Code', 'SKU code', 'SKU'],
  /** Address rows of the new detail (52255667242: 详细地址) and the ship-form summary. */
  address: ['详细地址', '收货地址', 'Detailed address', 'Shipping address', 'Address'],
  country: ['国家/地区', '收货国家', 'Country/Region', 'Country'],
  /** Address rows the destination can be inferred from when the country is masked (52255667242: 联系电话, 邮编). */
  phone: ['联系电话', '手机号码', '电话', 'Phone number', 'Mobile', 'Phone'],
  postcode: ['邮编', '邮政编码', 'Zip code', 'Postcode', 'Postal code'],
  /** Declare-shipment form rows (GUESS). */
  carrierField: [
    '物流服务名称',
    '物流服务',
    '物流公司',
    'Shipping company',
    'Logistics service',
    'Carrier',
  ],
  otherCarrierField: ['物流公司名称', '其他物流服务名称', 'Carrier name'],
  trackingField: ['货运跟踪号', '运单号', '跟踪号', 'Tracking number', 'Tracking No.'],
  /** The carrier-list entry that asks for a free-text carrier. */
  otherCarrier: ['其他', '其它', 'Other', 'Others'],
  submit: ['提交', '提交发货', '确认发货', 'Submit', 'Confirm shipment'],
} as const;

/**
 * Status texts: the zh strings and their en counterparts are from 52021828623's
 * `translate_status` table (the en UI's own wording is unconfirmed).
 */
export const statusTexts: readonly (readonly [OrderStatus, readonly string[]])[] = [
  ['awaiting-payment', ['等待买家付款', '等待付款', 'Awaiting payment']],
  ['unshipped', ['等待发货', 'Awaiting shipment', '等待仓库发货', 'Awaiting warehouse shipment']],
  ['shipped', ['等待买家收货', 'Awaiting buyer receipt']],
  // The buyer confirmed receipt (or it was confirmed for them): delivered.
  ['delivered', ['交易成功', 'Transaction complete']],
  ['cancelled', ['已关闭', 'Closed']],
];

/** Orders a warehouse ships (not the seller): seller shipping rules do not apply. */
export const warehouseStatusTexts = ['等待仓库发货', 'Awaiting warehouse shipment'] as const;
