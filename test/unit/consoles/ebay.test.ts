// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableIframePageLoading":true,"navigation":{"disableChildFrameNavigation":true}}}
// (the fixtures keep eBay's iframe overlay: child frames must not try to navigate in happy-dom)
import { describe, expect, it } from 'vitest';
import { scannableTextNodes } from '../../../utils/runtime/page-text';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { pageKinds, type PageKind } from '../../../utils/order-facts';
import { fixtureTable } from '../fixture-table';

import { ebay } from '../../../utils/consoles/ebay';
import { extractListRows, extractOrder } from '../../../utils/consoles/ebay/extract';
import {
  hosts,
  isOrderDetail,
  isOrderList,
  isShipForm,
  matches,
  pageUrls,
} from '../../../utils/consoles/ebay/pages';
import { queryAll } from '../../../utils/consoles/dom';
import { unionAll } from '../../../utils/consoles/ebay/read';
import * as s from '../../../utils/consoles/ebay/selectors';
import { readAllRows } from '../../../utils/consoles/list-rows';
import { queryRow, queryRowAll, type RowQuery } from '../../../utils/consoles/cells';

const { entries: fixtures, entry, load, loadShared } = fixtureTable('ebay');
const now = new Date('2026-11-25T08:00:00Z');

function facts(doc: Document, url: string) {
  const result = extractOrder(doc, new URL(url), now);
  if (!result.ok) throw new Error(result.reason);
  return result.facts;
}

describe('fixtures: page in, OrderFacts out', () => {
  it('says "not ready" before the deferred fragments are placed', () => {
    const fixture = entry('order-detail.pre-placement.html');
    const result = extractOrder(load(fixture.file), new URL(fixture.url), now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^Not ready/);
  });
});

describe('URL table', () => {
  const detectors: Record<PageKind, (url: URL) => boolean> = {
    'order-detail': isOrderDetail,
    'order-list': isOrderList,
    'ship-form': isShipForm,
  };
  const kinds = [...pageKinds, 'none'] as const;

  it.each(pageKinds)('the %s detector matches its own URLs and rejects all others', (kind) => {
    const detector = detectors[kind];
    for (const other of kinds) {
      for (const url of pageUrls[other]) {
        expect(detector(new URL(url)), `${kind} on ${url}`).toBe(other === kind);
      }
    }
  });

  it('lists all eight Seller Hub hosts explicitly, and nothing else', () => {
    expect(hosts).toHaveLength(8);
    expect(matches.every((m) => hosts.some((host) => m.startsWith(`https://${host}/`)))).toBe(true);
    for (const host of hosts)
      expect(matches.some((m) => m.startsWith(`https://${host}/`))).toBe(true);
    expect(ebay.matches).toBe(matches);
  });

  it('leaves buying and listing pages out of the manifest', () => {
    const patterns = ebay.matches.map((pattern) => new MatchPattern(pattern));
    for (const url of [
      'https://www.ebay.com/itm/356120488213',
      'https://www.ebay.com/',
      'https://www.ebay.de/b/Handys/9355',
    ]) {
      expect(
        patterns.some((pattern) => pattern.includes(url)),
        url,
      ).toBe(false);
    }
  });
});

describe('selectors: exact counts per fixture', () => {
  const files = fixtures.map((f) => f.file);
  /** A count for every fixture: `base` unless the fixture is listed. */
  const counts = (base: number, overrides: Record<string, number> = {}): Record<string, number> =>
    Object.fromEntries(files.map((file) => [file, overrides[file] ?? base]));
  const details = (n: number): Record<string, number> => ({
    'order-detail.pre-placement.html': n,
    'order-detail.unshipped.html': n,
    'order-detail.shipped.html': n,
    'order-detail.multi-item.html': n,
    'order-detail.uk.html': n,
    'order-detail.uk-shipped.html': n,
  });

  const table: Record<
    string,
    { spec: readonly string[]; all?: boolean; expect: Record<string, number> }
  > = {
    unplacedWidget: {
      spec: s.unplacedWidget,
      all: true,
      expect: counts(0, { 'order-detail.pre-placement.html': 5 }),
    },
    readyDetail: {
      spec: s.readyDetail,
      expect: counts(0, { ...details(1), 'order-detail.pre-placement.html': 0 }),
    },
    orderInfo: { spec: s.orderInfo, expect: counts(0, details(1)) },
    statusHeading: { spec: s.statusHeading, expect: counts(0, details(1)) },
    // Two action bars (desktop, small device), each with two menus: as on the saved page.
    shippedAction: {
      spec: s.shippedAction,
      expect: counts(0, { 'order-detail.shipped.html': 4, 'order-detail.uk-shipped.html': 4 }),
    },
    unshippedAction: {
      spec: s.unshippedAction,
      expect: counts(0, {
        ...details(4),
        'order-detail.shipped.html': 0,
        'order-detail.uk-shipped.html': 0,
      }),
    },
    shipToLines: { spec: s.shipToLines, expect: counts(0, details(4)) },
    buyerSelectedServiceFallback: {
      spec: s.buyerSelectedServiceFallback,
      expect: counts(0, details(1)),
    },
    detailTrackingValue: {
      spec: s.detailTrackingValue,
      all: true,
      expect: counts(0, { ...details(2), 'order-detail.multi-item.html': 4 }),
    },
    lineItems: {
      spec: s.lineItems,
      expect: counts(0, { ...details(1), 'order-detail.multi-item.html': 3 }),
    },
    itemTitle: {
      spec: s.itemTitle,
      expect: counts(0, { ...details(1), 'order-detail.multi-item.html': 3 }),
    },
    itemSku: {
      spec: s.itemSku,
      expect: counts(0, { ...details(1), 'order-detail.multi-item.html': 2 }),
    },
    itemPrice: {
      spec: s.itemPrice,
      expect: counts(0, { ...details(1), 'order-detail.multi-item.html': 3 }),
    },
    buyerPaid: { spec: s.buyerPaid, expect: counts(0, details(1)) },
    listRow: { spec: s.listRow, expect: counts(0, { 'order-list.all-orders.html': 5 }) },
    listTrackingValue: {
      spec: s.listTrackingValue,
      all: true,
      expect: counts(0, { 'order-list.all-orders.html': 1 }),
    },
    trackingInput: {
      spec: s.trackingInput,
      expect: counts(0, { 'ship-form.trackings.html': 1, 'ship-form.update.html': 2 }),
    },
    carrierCombobox: {
      spec: s.carrierCombobox,
      expect: counts(0, { 'ship-form.trackings.html': 1, 'ship-form.update.html': 2 }),
    },
  };

  it.each(Object.entries(table))('%s', (_, { spec, all, expect: expected }) => {
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
    for (const file of files) {
      const doc = loadShared(file);
      const found = all ? unionAll(doc, spec) : queryAll(doc, spec);
      expect(found.length, `${file}`).toBe(expected[file]);
    }
  });
});

describe('list row cells', () => {
  // The list's rows in page order: order rows, item rows after a multi-item order's row, notes.
  const rows = [
    ...load('order-list.all-orders.html').querySelectorAll(
      'table.table-grid-component > tbody > tr',
    ),
  ];
  const perRow = (spec: readonly RowQuery[]) => rows.map((row) => queryRowAll(row, spec).length);
  const kinds = rows.map((row) =>
    row.matches('tr.order-info') ? 'order' : row.matches('tr.item-info') ? 'item' : 'note',
  );

  it("finds each order row's checkbox, order link, status and date in its own cells", () => {
    expect(kinds).toEqual([
      ...['order', 'order', 'item', 'item', 'item', 'note'],
      ...['order', 'order', 'item', 'item', 'note', 'order'],
    ]);
    const orderRows = kinds.map((kind) => (kind === 'order' ? 1 : 0));
    expect(perRow(s.rowCheckbox)).toEqual(orderRows);
    expect(perRow(s.rowOrderLink)).toEqual(orderRows);
    expect(perRow(s.rowStatus)).toEqual(orderRows);
    expect(perRow(s.rowPostcode)).toEqual(orderRows);
    // Date, then time.
    expect(perRow(s.rowDate)).toEqual(orderRows.map((n) => n * 2));
  });

  it('finds the items in the order row or the item rows after it, each with quantity and price', () => {
    const itemRows = kinds.map((kind) => (kind === 'note' ? 0 : 1));
    // A multi-item order's own row sums its items up ("3 items"): its cell, a quantity, no price.
    expect(perRow(s.purchaseDetails)).toEqual(itemRows);
    expect(perRow(s.listItemQuantity)).toEqual(itemRows);
    expect(perRow(s.listItemPrice)).toEqual(itemRows.map((n, i) => (i === 1 || i === 7 ? 0 : n)));
  });

  it('reads a row whose cells lost their classes by the fallback selectors', () => {
    const row = rows[0] as Element;
    for (const cell of row.children) cell.removeAttribute('class');
    expect(queryRow(row, s.rowOrderLink)?.textContent).toBe('12-13579-24680');
    expect(queryRow(row, s.rowStatus)?.textContent).toBe('Ship by Nov 27');
    expect(queryRow(row, s.purchaseDetails)?.querySelector('.item-itemID')?.textContent).toBe(
      '(356120488213)',
    );
  });
});

describe('ship forms', () => {
  const setValue = (el: Element | null, value: string): void => {
    if (!(el instanceof HTMLInputElement)) throw new Error('not an input');
    el.value = value;
  };

  it('reads the single-line form as the seller fills it', () => {
    const fixture = entry('ship-form.trackings.html');
    const doc = load(fixture.file);
    const url = new URL(fixture.url);
    const form = ebay.shipForm(doc, url);
    if (!form) throw new Error('no form');
    expect(form.readCarrier()).toBeNull();
    expect(form.readTracking()).toEqual([]);
    expect(form.watched).toHaveLength(2);
    expect(form.submitButtons.map((b) => b.textContent)).toEqual(['Save and continue']);
    expect(form.mount).toEqual({ anchor: form.submitButtons[0], position: 'before' });

    setValue(
      doc.querySelector('.add-tracking-control__input .textbox__control'),
      ' LZ604173855CN ',
    );
    setValue(
      doc.querySelector('.add-tracking-control__carrier input[role="combobox"]'),
      'China Post',
    );
    // The header's search box is a combobox too: it is not the carrier.
    setValue(doc.querySelector('#gh-ac'), 'usb cable');
    expect(form.readCarrier()).toBe('China Post');
    expect(form.readTracking()).toEqual(['LZ604173855CN']);

    const read = facts(doc, fixture.url);
    expect(read.carrier).toBe('China Post');
    expect(read.trackingNumbers).toEqual(['LZ604173855CN']);
    expect(read.missing).not.toContain('carrier');
    expect(read.missing).not.toContain('trackingNumbers');
  });

  it('reads each line of the multi-line form with the combobox in the next cell', () => {
    const fixture = entry('ship-form.update.html');
    const doc = load(fixture.file);
    const form = ebay.shipForm(doc, new URL(fixture.url));
    if (!form) throw new Error('no form');
    expect(form.readCarrier()).toBe('China Post');
    expect(form.readTracking()).toEqual(['LB391046277CN']);
    // Only "Save": neither the hidden dialogs' primary "Continue" nor the header's Search.
    expect(form.submitButtons.map((b) => b.textContent)).toEqual(['Save']);

    setValue(doc.querySelector('#trkNum_1'), 'UM728150463CN');
    setValue(doc.querySelector('#s0-1-9-1-input'), 'Yanwen');
    expect(form.readTracking()).toEqual(['LB391046277CN', 'UM728150463CN']);
    setValue(doc.querySelector('#s0-1-9-0-input'), '');
    expect(form.readCarrier()).toBe('Yanwen');
    expect(form.watched.map((el) => el.id)).toEqual([
      'trkNum_0',
      'trkNum_1',
      's0-1-9-0-input',
      's0-1-9-1-input',
    ]);
  });

  it('finds no form on pages without one', () => {
    for (const fixture of fixtures.filter((f) => f.pageKind !== 'ship-form')) {
      expect(
        ebay.shipForm(loadShared(fixture.file), new URL(fixture.url)),
        fixture.file,
      ).toBeNull();
    }
  });
});

describe('tracking fields', () => {
  const expected: Record<string, string[]> = {
    'order-detail.pre-placement.html': [],
    'order-detail.unshipped.html': [],
    'order-detail.shipped.html': ['LX419382700CN', 'LX419382700CN'],
    'order-detail.uk-shipped.html': ['JJD0002198834602117', 'JJD0002198834602117'],
    'order-detail.multi-item.html': [],
    'order-detail.uk.html': [],
    'order-list.all-orders.html': ['LX419382700CN'],
    'ship-form.trackings.html': [],
    'ship-form.update.html': [],
    'not-order.seller-hub-overview.html': [],
    'not-order.listings-active.html': [],
  };

  it.each(fixtures.map((f) => f.file))('%s', (file) => {
    expect(ebay.trackingFields(loadShared(file)).map((field) => field.text)).toEqual(
      expected[file],
    );
  });
});

describe('mount points and readiness', () => {
  it('waits for the placed items on a details page', () => {
    const ready = (file: string): boolean =>
      ebay.ready['order-detail'].some((selector) => load(file).querySelector(selector) !== null);
    expect(ready('order-detail.pre-placement.html')).toBe(false);
    expect(ready('order-detail.unshipped.html')).toBe(true);
  });

  it('puts the panel after the status summary, else atop the content column', () => {
    const doc = load('order-detail.unshipped.html');
    const mount = ebay.panelMount(doc);
    expect(mount?.position).toBe('after');
    expect(mount?.anchor.classList.contains('status-summary')).toBe(true);
    doc.querySelector('.status-summary')?.remove();
    const fallback = ebay.panelMount(doc);
    expect(fallback?.position).toBe('prepend');
    expect(fallback?.anchor.matches('.wrapper > .content')).toBe(true);
  });

  it('gives one badge mount per order row, in the order-number cell', () => {
    const fixture = entry('order-list.all-orders.html');
    const rows = readAllRows(ebay.listRows(load(fixture.file), new URL(fixture.url)));
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.mount.position).toBe('append');
      expect(row.mount.anchor.classList.contains('order-details-cell')).toBe(true);
      expect(row.row.contains(row.mount.anchor)).toBe(true);
    }
  });

  it('puts the list toolbar above the orders table', () => {
    const doc = load('order-list.all-orders.html');
    const mount = ebay.listToolbarMount(doc);
    expect(mount?.position).toBe('before');
    expect(mount?.anchor.classList.contains('table-grid-component')).toBe(true);
    doc.querySelector('table')?.remove();
    expect(ebay.listToolbarMount(doc)?.anchor.id).toBe('summaryText');
  });
});

describe('changed pages fail plainly, or degrade to "missing"', () => {
  const unshipped = entry('order-detail.unshipped.html');

  it('no order summary → not an order', () => {
    const doc = load(unshipped.file);
    doc.querySelector('.order-info')?.remove();
    const result = extractOrder(doc, new URL(unshipped.url), now);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/order summary is missing/),
    });
  });

  it('no order number in the summary → not read', () => {
    const doc = load(unshipped.file);
    for (const dd of doc.querySelectorAll('.order-info dd')) dd.textContent = '';
    const result = extractOrder(doc, new URL(unshipped.url), now);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/order number/) });
  });

  it('an unrelated page at a details URL → not an order', () => {
    const result = extractOrder(
      load('not-order.seller-hub-overview.html'),
      new URL(unshipped.url),
      now,
    );
    expect(result.ok).toBe(false);
  });

  it('an empty document → not an order, no throw', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    for (const url of [unshipped.url, entry('ship-form.update.html').url]) {
      expect(extractOrder(doc, new URL(url), now).ok).toBe(false);
    }
    expect(extractListRows(doc, new URL(entry('order-list.all-orders.html').url), now)).toEqual([]);
  });

  it('a list URL is not read as one order', () => {
    const list = entry('order-list.all-orders.html');
    expect(extractOrder(load(list.file), new URL(list.url), now).ok).toBe(false);
  });

  it('a reworded status summary falls back to the More-actions ids', () => {
    const doc = load(unshipped.file);
    const heading = doc.querySelector('.status-summary h2 .sh-bold');
    if (heading) heading.textContent = 'Versand bis 27. Nov.';
    const read = facts(doc, unshipped.url);
    expect(read.status).toBe('unshipped');
    expect(read.shipBy).toBeNull();
    expect(read.missing).toContain('shipBy');
  });

  it('no country line → destination missing, not guessed from the state', () => {
    const doc = load(unshipped.file);
    doc.querySelector('.shipping-address .address > div:last-child')?.remove();
    const read = facts(doc, unshipped.url);
    expect(read.destinationCountry).toBeNull();
    expect(read.missing).toContain('destinationCountry');
  });

  it('a relabelled service line is still read from the non-phone ship-itm', () => {
    const doc = load(unshipped.file);
    for (const span of doc.querySelectorAll('dl.ship-itm:not(.phone) dt span'))
      span.textContent = 'Service';
    expect(facts(doc, unshipped.url).buyerSelectedService).toBe('Economy Shipping from outside US');
  });

  it('a missing subtotal → the sum of the item prices', () => {
    const doc = load('order-detail.multi-item.html');
    doc.querySelector('.payment-info')?.remove();
    const read = facts(doc, entry('order-detail.multi-item.html').url);
    expect(read.orderValue).toEqual({ amount: 37.48, currency: 'USD' });
  });

  it('a partly placed page (shipping widget still hidden) is not ready', () => {
    const doc = load(unshipped.file);
    const shipping = doc.querySelector('main .shipping-info')?.closest('.widget');
    const hidden = doc.createElement('div');
    hidden.id = 'afmeshorder17';
    hidden.setAttribute('style', 'display:none');
    if (shipping) hidden.append(shipping);
    doc.body.append(hidden);
    const result = extractOrder(doc, new URL(unshipped.url), now);
    expect(result.ok).toBe(false);
  });

  it('a list row without any order number fails alone', () => {
    const list = entry('order-list.all-orders.html');
    const doc = load(list.file);
    const row = doc.querySelector('tr.order-info');
    row?.querySelector('input[data-ordernumber]')?.removeAttribute('data-ordernumber');
    row?.querySelector('.order-details a')?.remove();
    row?.removeAttribute('id');
    const rows = extractListRows(doc, new URL(list.url), now);
    expect(rows.map((r) => r.facts.ok)).toEqual([false, true, true, true, true]);
  });

  it('a list row reads its order number from the link when the checkbox has none', () => {
    const list = entry('order-list.all-orders.html');
    const doc = load(list.file);
    doc.querySelector('tr.order-info input[data-ordernumber]')?.removeAttribute('data-ordernumber');
    const first = extractListRows(doc, new URL(list.url), now)[0]?.facts;
    expect(first?.ok && first.facts.orderId).toBe('12-13579-24680');
  });

  it('the awaiting-shipment filter marks rows without a readable status as unshipped', () => {
    const doc = load('order-list.all-orders.html');
    for (const status of doc.querySelectorAll('.order-status')) status.remove();
    const url = new URL('https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT');
    const statuses = extractListRows(doc, url, now).map((r) => r.facts.ok && r.facts.facts.status);
    expect(statuses).toEqual(['unshipped', 'unshipped', 'unshipped', 'unshipped', 'unshipped']);
  });
});

describe('tracking numbers shown in link-styled buttons', () => {
  it('are still found when the tracking field hooks are renamed', () => {
    const doc = load('order-detail.shipped.html');
    for (const value of doc.querySelectorAll('.tracking-info .value')) value.className = 'val-2027';
    const covered = ebay.trackingFields(doc).map((field) => field.element);
    expect(covered).toEqual([]);
    const texts = scannableTextNodes(doc.body, covered).map((node) => node.data.trim());
    expect(texts.filter((text) => text === 'LX419382700CN')).toHaveLength(2);
  });
});
