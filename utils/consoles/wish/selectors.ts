/**
 * Everything this extension assumes about the Wish dashboard's markup, AS DATA (docs/decisions.md#console-folders
 * C5): CSS alternatives in priority order and the visible label texts per UI language
 * (merchant.wish.com in English, china-merchant.wish.com in Chinese).
 *
 * The evidence knows least about Wish (docs/consoles/wish.md#markup): no order page DOM was found
 * anywhere. Known: the dashboard is React with hashed Aphrodite classes
 * (`root_1o642ef-o_O-addVariation_1jy5bph`) and Cypress hooks such as
 * `.cell_6gp2uv[data-cy='column-custom-color']` on the products table [file id 22243989420];
 * the order list's column names come from the help centre (merchantfaq 204530038). So reading
 * is driven by label text and `data-cy`, never by hashed classes, and every entry below that
 * is marked GUESS must be checked against a real account before release (docs/consoles/README.md#reading-rules).
 */
import type { OrderStatus } from '../../order-facts';
import type { RowQuery } from '../cells';

/** Visible labels of the order fields: list column headers and fulfil-page field labels. */
export const labels = {
  orderId: [
    'Order ID', // DOC: list column, merchantfaq 204530038
    '订单号', // GUESS: china-merchant wording
    '订单ID', // GUESS: china-merchant variant
  ],
  orderedAt: [
    'Date (UTC)', // DOC: list column, merchantfaq 204530038
    '日期 (UTC)', // GUESS: china-merchant wording
    '日期（UTC）', // GUESS: same with full-width brackets
  ],
  daysToFulfill: [
    'Days to Fulfill', // DOC: merchantfaq 204530068 ("You can see the time left to fulfill under 'Days to Fulfill'")
    '履行天数', // GUESS: china-merchant wording
    '剩余履行天数', // GUESS: china-merchant variant ("days left to fulfil")
  ],
  product: [
    'Product', // GUESS: current list and fulfil page
    'View Product', // DOC: list column, merchantfaq 204530038 (the legacy list)
    '产品', // GUESS: china-merchant wording
    '商品', // GUESS: china-merchant variant
  ],
  sku: [
    'SKU', // GUESS: v2 order field `sku` (§4.3) shown as "SKU: …" under the product name
    '商品编码', // GUESS: china-merchant wording
  ],
  price: [
    'Price', // DOC: list column, merchantfaq 204530038; "merchant price", merchantfaq 115005882948
    '价格', // GUESS: china-merchant wording
    '售价', // GUESS: china-merchant variant
  ],
  shipping: [
    'Shipping', // DOC: list column, merchantfaq 204530038; "merchant shipping", merchantfaq 115005882948
    '运费', // GUESS: china-merchant wording
  ],
  quantity: [
    'Quantity', // DOC: list column, merchantfaq 204530038
    '数量', // GUESS: china-merchant wording
  ],
  shipTo: [
    'Ship to', // DOC: list column with a "view" popup of name/address/phone, merchantfaq 204530038
    'Country', // GUESS: a country column, should the list show one instead
    '收货地址', // GUESS: china-merchant wording
    '目的国家/地区', // GUESS: china-merchant country column
  ],
  state: [
    'State', // GUESS: v2 order field `state` (§4.3) as a History column
    'Status', // GUESS: variant
    '状态', // GUESS: china-merchant wording
    '订单状态', // GUESS: china-merchant variant
  ],
  carrier: [
    'Shipping Carrier', // DOC: "select their shipping carrier", merchantfaq 1260800536970
    'Shipping Provider', // DOC: old "Ship" modal's "shipping provider" selector, contextlogic.zendesk.com 203515555
    'Carrier', // GUESS: short variant
    '物流服务商', // GUESS: china-merchant wording (Wish's Chinese policy texts say 物流服务商)
    '承运商', // GUESS: china-merchant variant
  ],
  trackingNumber: [
    'Tracking Number', // DOC: old "Ship" modal, contextlogic.zendesk.com 203515555
    'Tracking ID', // DOC: "a valid tracking ID", merchantfaq 204530068
    '物流单号', // GUESS: china-merchant wording
    '跟踪单号', // GUESS: china-merchant variant
  ],
  origin: [
    'Origin Country/Region', // DOC: "origin country/region of their order", merchantfaq 1260800536970
    'Origin', // DOC: "enter order origin", merchantfaq 204530068
    'Ship from', // GUESS: variant
    '发货地', // GUESS: china-merchant wording
    '发货国家/地区', // GUESS: china-merchant variant
  ],
  submit: [
    'Fulfill order', // DOC: the "Fulfill order" page, merchantfaq 204530068 (button text GUESS)
    'Fulfill', // DOC: the list's "Fulfill" action, merchantfaq 204530068
    'Save', // DOC: the old modal's blue "Save", contextlogic.zendesk.com 203515555
    '履行订单', // GUESS: china-merchant wording
    '保存', // GUESS: china-merchant "Save"
  ],
} as const satisfies Record<string, readonly string[]>;

export type FieldName = Exclude<keyof typeof labels, 'origin' | 'submit'>;

/**
 * Words of a list's current tab or heading that say every row awaits the merchant's
 * fulfilment; matched as contained text ("Unfulfilled Orders 5").
 */
export const unfulfilledViewLabels = [
  'Unfulfilled Orders', // DOC: "Orders > Unfulfilled Orders", merchantfaq 204530068
  'Action Required', // DOC: legacy "Orders > Action Required", old merchantfaq 204530068
  '待履行订单', // GUESS: china-merchant wording
  '未履行订单', // GUESS: china-merchant variant
] as const;

/** A row's State cell → status. v2 states APPROVED / SHIPPED / REFUNDED (§4.3); UI words GUESS. */
export const stateLabels = {
  unshipped: [
    'Approved', // v2 state APPROVED (§4.3)
    'Unfulfilled', // GUESS
    '待履行', // GUESS: china-merchant
  ],
  shipped: [
    'Shipped', // v2 state SHIPPED (§4.3)
    'Fulfilled', // GUESS
    '已发货', // GUESS: china-merchant
  ],
  delivered: [
    'Delivered', // GUESS
    'Confirmed Delivered', // GUESS: the Confirmed Delivery policy's wording, merchantfaq 115005882948
    '已妥投', // GUESS: china-merchant (妥投 = delivered, Wish's Chinese policy texts)
  ],
  cancelled: [
    'Refunded', // v2 state REFUNDED (§4.3)
    'Cancelled', // GUESS
    '已退款', // GUESS: china-merchant
  ],
} as const satisfies Partial<Record<OrderStatus, readonly string[]>>;

/**
 * `data-cy` hooks of the order table's cells. The products table tags its cells
 * `data-cy='column-custom-color'` [22243989420]; that the orders table follows the same
 * `column-<field>` convention is a GUESS. Read before the header labels because they do not
 * change with the UI language.
 */
export const columnHooks: Record<FieldName, string> = {
  orderId: '[data-cy="column-order-id"]',
  orderedAt: '[data-cy="column-date"]',
  daysToFulfill: '[data-cy="column-days-to-fulfill"]',
  product: '[data-cy="column-product"]',
  sku: '[data-cy="column-sku"]',
  price: '[data-cy="column-price"]',
  shipping: '[data-cy="column-shipping"]',
  quantity: '[data-cy="column-quantity"]',
  shipTo: '[data-cy="column-ship-to"]',
  state: '[data-cy="column-state"]',
  carrier: '[data-cy="column-shipping-carrier"]',
  trackingNumber: '[data-cy="column-tracking-number"]',
};

export const css = {
  /** The order list's table. */
  orderTable: [
    '[data-cy="orders-table"]', // GUESS: a data-cy on the table like the products page's cells [22243989420]
  ],
  /** What a table is, to go from a header or a cell to its table. */
  table: [
    'table', // the products page renders a real table (`.table_4edxay`, [22243989420]); legacy pages are Bootstrap tables
    '[role="table"]', // GUESS: an ARIA grid, should the React table drop <table>
    '[role="grid"]', // GUESS: same
  ],
  headerCell: [
    'th', // table header cells
    '[role="columnheader"]', // ARIA grid headers
  ],
  bodyRow: [
    ':scope > tbody > tr', // a real table
    '[role="row"]', // an ARIA grid (its header row is skipped: it has no data cells)
  ],
  /** A row's cells, as row queries (../cells.ts): the row's own children, never a search of it. */
  cell: [
    { cell: 'td' }, // a real table
    { cell: '[role="cell"]' }, // an ARIA table
    { cell: '[role="gridcell"]' }, // an ARIA grid
  ],
  /** The product link in a product cell: its text is the title, its href the product id. */
  productLink: [
    'a[href*="/products/edit/"]', // dashboard product page, /products/edit/{24-hex} (§4.1, [22243989420])
    'a[href*="wish.com/c/"]', // GUESS: the public product page, legacy list's "View Product"
    'a[href*="wish.com/product/"]', // GUESS: the newer public product page
  ],
  /** What opens the "Ship to" popup; its text ("view") is not part of the destination. */
  popupTrigger: [
    'a', // DOC: the "view" link, merchantfaq 204530038
    'button', // GUESS: a React button instead
    '[role="button"]', // GUESS: same
  ],
  /**
   * Where the fulfil page's order fields are looked up: its main landmark, because the header
   * navigation has entries ("Products", "产品") that read exactly like field labels.
   */
  main: [
    'main', // GUESS: an HTML main landmark
    '[role="main"]', // GUESS: an ARIA main landmark
  ],
  /** Tabs and headings that name the current view (see `unfulfilledViewLabels`). */
  viewTitle: [
    '[role="tab"][aria-selected="true"]', // GUESS: the React list's tabs
    '[aria-current="page"]', // GUESS: the current sub-navigation entry
    'h1', // the page heading (legacy "Action Required")
  ],
  /** Containers that may hold a fulfil form; the first one holding a tracking-number field wins. */
  shipFormRoot: [
    '[data-cy="fulfill-order-form"]', // GUESS: a data-cy on the fulfil form
    '[role="dialog"]', // the old "Ship" modal on the list (contextlogic.zendesk.com 203515555), ARIA
    '.modal', // the same modal as a Bootstrap 2 modal (the 2016 dashboard's `btn btn-primary` buttons, [32816059290])
    'form', // the "Fulfill order" page's form (merchantfaq 204530068)
  ],
  /** What makes a fulfil form the old modal rather than the fulfil page's own form. */
  dialog: [
    '[role="dialog"]', // ARIA dialog
    '.modal', // Bootstrap 2 modal
  ],
  /** Where warnings go inside the old modal. */
  modalBody: [
    '.modal-body', // Bootstrap 2 modal body
  ],
  /** Form controls a field label can name. */
  formControl: [
    'select', // native select (origin, carrier)
    '[role="combobox"]', // a React combobox (carrier)
    'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])', // text inputs (tracking number), not a table's row checkboxes
    'textarea', // GUESS: several tracking numbers
  ],
  button: [
    'button', // buttons
    'input[type="submit"]', // old forms
    '[role="button"]', // React buttons rendered as divs
  ],
} as const satisfies Record<string, readonly RowQuery[]>;

/**
 * Order ids are 24-hex ObjectIds (GUESS, §4.3), read per text line: the cell may also hold a
 * Confirmed Delivery badge (merchantfaq 115005882948), whose text runs on without a space.
 */
export const orderIdPattern = /^[0-9a-f]{24}$/i;

/** Product ids in product links: `/products/edit/{id}`, `wish.com/c/{id}`, `wish.com/product/{id}`. */
export const productIdPattern = /\/(?:products\/edit|c|product)\/([0-9a-f]{24})\b/i;

/**
 * Ready landmarks per page kind: the dashboard renders client-side (§0), so a page is read
 * once one of these exists. No order detail page is modelled (pages.ts).
 */
export const ready = {
  'order-list': [
    '[data-cy="orders-table"]', // GUESS, as css.orderTable
    'table th', // any rendered table header (extraction then requires an order-id column)
    '[role="columnheader"]', // ARIA grid headers
  ],
  'ship-form': [
    '[data-cy="fulfill-order-form"]', // GUESS, as css.shipFormRoot
    'form select', // the fulfil form's origin / carrier selects
    'form input', // its tracking-number input
  ],
  'order-detail': [],
} as const;
