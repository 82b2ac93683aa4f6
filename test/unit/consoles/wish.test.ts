// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { fixtureTable, type FixtureEntry } from '../fixture-table';

import { queryAll, elementText } from '../../../utils/consoles/dom';
import { wish } from '../../../utils/consoles/wish';
import { extractListRows, extractOrder } from '../../../utils/consoles/wish/extract';
import { detectPage } from '../../../utils/consoles/wish/pages';
import { columnHooks, css, ready } from '../../../utils/consoles/wish/selectors';
import { readAllRows } from '../../../utils/consoles/list-rows';

const { entries: fixtures, entry, read, load } = fixtureTable('wish');

/** What the extractor gives for a fixture: a list's facts per row, or the page's result. */
function extracted(doc: Document, fixture: FixtureEntry): unknown {
  const url = new URL(fixture.url);
  const now = new Date(fixture.now);
  if (fixture.pageKind === 'order-list') {
    return extractListRows(doc, url, now).map(({ facts }) => (facts.ok ? facts.facts : facts));
  }
  const result = extractOrder(doc, url, now);
  return result.ok ? result.facts : { ok: false };
}

describe('wish fixtures: fixture in, JSON out', () => {
  it('gives a reason, not a throw, for every page it cannot read as one order', () => {
    for (const fixture of fixtures.filter((f) => f.pageKind !== 'ship-form')) {
      const result = extractOrder(load(fixture.file), new URL(fixture.url));
      expect(result).toMatchObject({ ok: false, reason: expect.any(String) });
    }
  });

  it('finds no order rows on the products page', () => {
    const fixture = entry('not-order.products.html');
    expect(extractListRows(load(fixture.file), new URL(fixture.url))).toEqual([]);
  });
});

describe('wish URLs', () => {
  it('leaves other hosts alone', () => {
    expect(detectPage(new URL('https://www.wish.com/orders/unfulfilled'))).toBeNull();
    expect(
      detectPage(new URL('https://merchant.wish.com.evil.example/orders/unfulfilled')),
    ).toBeNull();
  });
});

describe('wish selectors: exact matches per fixture', () => {
  const files = fixtures.map((f) => f.file).filter((file, i, all) => all.indexOf(file) === i);
  const count = (file: string, selectors: readonly string[]): number =>
    queryAll(load(file), selectors).length;

  /** Per selector spec, the number of elements it must match in each fixture (C5/C6). */
  const expectations: Record<
    string,
    { selectors: readonly string[]; counts: Record<string, number> }
  > = {
    orderTable: {
      selectors: css.orderTable,
      counts: {
        'order-list.unfulfilled.html': 1,
        'order-list.history.html': 1,
        'order-list.unfulfilled-zh-china-merchant.html': 1,
      },
    },
    orderIdCell: {
      selectors: [columnHooks.orderId],
      counts: {
        'order-list.unfulfilled.html': 5,
        'order-list.history.html': 5,
        'order-list.unfulfilled-zh-china-merchant.html': 3,
      },
    },
    trackingCell: {
      selectors: [columnHooks.trackingNumber],
      counts: { 'order-list.history.html': 5 },
    },
    productLink: {
      selectors: css.productLink,
      counts: {
        'order-list.unfulfilled.html': 5,
        'order-list.history.html': 5,
        'order-list.legacy-action.html': 3,
        'order-list.legacy-action-ship-modal.html': 3,
        'order-list.unfulfilled-zh-china-merchant.html': 3,
        'ship-form.fulfill-en.html': 1,
        'ship-form.fulfill-zh-china-merchant.html': 1,
        'ship-form.fulfill-zh-md.html': 1,
        'not-order.products.html': 3,
      },
    },
    // The /md/ redesign carries no data-cy: found by its content (page-kind.test.ts).
    shipFormHook: {
      selectors: [css.shipFormRoot[0]],
      counts: { 'ship-form.fulfill-en.html': 1, 'ship-form.fulfill-zh-china-merchant.html': 1 },
    },
    dialog: {
      selectors: css.dialog,
      counts: { 'order-list.legacy-action-ship-modal.html': 1 },
    },
    modalBody: {
      selectors: css.modalBody,
      counts: { 'order-list.legacy-action-ship-modal.html': 1 },
    },
    selectedTab: {
      selectors: [css.viewTitle[0]],
      counts: {
        'order-list.unfulfilled.html': 1,
        'order-list.history.html': 1,
        'order-list.unfulfilled-zh-china-merchant.html': 1,
      },
    },
  };

  it.each(Object.entries(expectations))('%s', (_name, { selectors, counts }) => {
    for (const file of files)
      expect([file, count(file, selectors)]).toEqual([file, counts[file] ?? 0]);
  });

  it('has a ready landmark on every fixture of its page kind', () => {
    for (const fixture of fixtures) {
      if (fixture.pageKind && fixture.pageKind !== 'fba-inbound')
        expect(count(fixture.file, ready[fixture.pageKind])).toBeGreaterThan(0);
    }
  });
});

describe('wish adapter', () => {
  const page = (file: string): { doc: Document; url: URL } => ({
    doc: load(file),
    url: new URL(entry(file).url),
  });

  it('puts a badge next to each order id and the toolbar above the table', () => {
    const expectedRows: Record<string, number> = {
      'order-list.unfulfilled.html': 5,
      'order-list.history.html': 5,
      'order-list.legacy-action.html': 3,
      'order-list.legacy-action-ship-modal.html': 3,
      'order-list.unfulfilled-zh-china-merchant.html': 3,
    };
    for (const [file, rows] of Object.entries(expectedRows)) {
      const { doc, url } = page(file);
      const listRows = readAllRows(wish.listRows(doc, url));
      expect(listRows).toHaveLength(rows);
      for (const row of listRows) {
        expect(row.mount.position).toBe('append');
        expect(elementText(row.mount.anchor)).toContain(
          row.facts.ok ? row.facts.facts.orderId : '?',
        );
      }
      expect(wish.listToolbarMount(doc)?.anchor.tagName).toBe('TABLE');
      expect(wish.panelMount(doc)).toBeNull();
    }
  });

  it('finds the tracking fields of the history rows only', () => {
    const numbers = (file: string): string[] => wish.trackingFields(load(file)).map((f) => f.text);
    expect(numbers('order-list.history.html')).toEqual([
      'LZ718302646CN',
      'LZ718305174CN',
      'RB205188334CN',
      'LX466127095CN',
    ]);
    for (const file of [
      'order-list.unfulfilled.html',
      'order-list.legacy-action.html',
      'ship-form.fulfill-en.html',
    ]) {
      expect(numbers(file)).toEqual([]);
    }
  });

  it('reads the fulfil page form as the seller fills it (combobox carrier)', () => {
    const { doc, url } = page('ship-form.fulfill-en.html');
    const form = wish.shipForm(doc, url);
    expect(form).not.toBeNull();
    if (!form) return;
    const carrier = doc.querySelector<HTMLInputElement>('input[role="combobox"]');
    const tracking = doc.querySelector<HTMLInputElement>('#tracking-number');
    expect(form.watched).toEqual([doc.querySelector('#origin-country'), carrier, tracking]);
    expect(form.readCarrier()).toBeNull();
    expect(form.readTracking()).toEqual([]);
    if (carrier) carrier.value = 'Yanwen';
    if (tracking) tracking.value = '  LZ718522094CN ';
    expect(form.readCarrier()).toBe('Yanwen');
    expect(form.readTracking()).toEqual(['LZ718522094CN']);
    expect(form.submitButtons.map(elementText)).toEqual(['Fulfill order']);
    expect(form.mount).toEqual({
      anchor: doc.querySelector('form[data-cy="fulfill-order-form"]'),
      position: 'prepend',
    });
    expect(wish.panelMount(doc)).toEqual({ anchor: form.mount.anchor, position: 'before' });
  });

  it('reads the Chinese fulfil page form (native select carrier)', () => {
    const { doc, url } = page('ship-form.fulfill-zh-china-merchant.html');
    const form = wish.shipForm(doc, url);
    const select = doc.querySelector<HTMLSelectElement>('#shipping-carrier');
    expect(form?.readCarrier()).toBe('WishPost');
    if (select) select.value = 'China Post';
    expect(form?.readCarrier()).toBe('China Post');
    if (select) select.value = '';
    expect(form?.readCarrier()).toBeNull();
    expect(form?.submitButtons.map(elementText)).toEqual(['履行订单']);
  });

  it('reads the origin as the seller changes it', () => {
    const fixture = entry('ship-form.fulfill-en.html');
    const doc = load(fixture.file);
    const origin = doc.querySelector<HTMLSelectElement>('#origin-country');
    if (origin) origin.value = 'HK';
    const result = extractOrder(doc, new URL(fixture.url), new Date(fixture.now));
    expect(result.ok && result.facts.shipFromCountry).toBe('HK');
    if (origin) origin.value = '';
    const unset = extractOrder(doc, new URL(fixture.url), new Date(fixture.now));
    expect(unset.ok && unset.facts.missing).toContain('shipFromCountry');
  });

  it('finds the old Ship modal on the legacy list', () => {
    const { doc, url } = page('order-list.legacy-action-ship-modal.html');
    const form = wish.shipForm(doc, url);
    const select = doc.querySelector<HTMLSelectElement>('#shipping-provider');
    const tracking = doc.querySelector<HTMLInputElement>('#tracking-number');
    expect(form?.watched).toEqual([select, tracking]);
    expect(form?.readCarrier()).toBeNull();
    if (select) select.value = 'ChinaAirPost';
    if (tracking) tracking.value = 'RB205188334CN';
    expect(form?.readCarrier()).toBe('China Post');
    expect(form?.readTracking()).toEqual(['RB205188334CN']);
    expect(form?.submitButtons.map(elementText)).toEqual(['Save']);
    expect(form?.mount).toEqual({ anchor: doc.querySelector('.modal-body'), position: 'prepend' });

    doc.querySelector('#ship-modal')?.setAttribute('aria-hidden', 'true');
    expect(wish.shipForm(doc, url)).toBeNull();
  });

  it('finds no ship form on pages without one', () => {
    for (const file of [
      'order-list.unfulfilled.html',
      'order-list.history.html',
      'order-list.legacy-action.html',
      'not-order.products.html',
    ]) {
      const { doc, url } = page(file);
      expect(wish.shipForm(doc, url)).toBeNull();
    }
  });
});

describe('wish extraction when the page changes', () => {
  const listFixtures = [
    'order-list.unfulfilled.html',
    'order-list.history.html',
    'order-list.unfulfilled-zh-china-merchant.html',
  ];

  it.each(listFixtures)('%s reads the same from labels alone (no data-cy)', (file) => {
    const fixture = entry(file);
    const doc = load(file);
    for (const el of doc.querySelectorAll('[data-cy]')) el.removeAttribute('data-cy');
    expect(extracted(doc, fixture)).toEqual(JSON.parse(read(fixture.expected)));
  });

  it.each(listFixtures)('%s reads the same from data-cy alone (headers renamed)', (file) => {
    const fixture = entry(file);
    const doc = load(file);
    for (const header of doc.querySelectorAll('th')) header.textContent = 'Renamed';
    expect(extracted(doc, fixture)).toEqual(JSON.parse(read(fixture.expected)));
  });

  it('finds no rows when the order id column is gone', () => {
    const fixture = entry('order-list.unfulfilled.html');
    const doc = load(fixture.file);
    doc.querySelector('[data-cy="orders-table"]')?.removeAttribute('data-cy');
    for (const el of doc.querySelectorAll('[data-cy="column-order-id"]'))
      el.removeAttribute('data-cy');
    for (const header of doc.querySelectorAll('th')) header.textContent = 'Renamed';
    expect(extractListRows(doc, new URL(fixture.url))).toEqual([]);
  });

  it('reports a row whose order id cell is emptied', () => {
    const fixture = entry('order-list.unfulfilled.html');
    const doc = load(fixture.file);
    const cell = doc.querySelector('[data-cy="column-order-id"]');
    if (cell) cell.textContent = '';
    const [first, second] = extractListRows(doc, new URL(fixture.url));
    expect(first?.facts).toMatchObject({ ok: false, reason: expect.stringContaining('Order ID') });
    expect(second?.facts.ok).toBe(true);
  });

  it('marks an unreadable destination and price as missing instead of guessing', () => {
    const fixture = entry('order-list.unfulfilled.html');
    const doc = load(fixture.file);
    const shipTo = doc.querySelector('[data-cy="column-ship-to"]');
    if (shipTo) shipTo.innerHTML = '<a href="#">view</a>';
    const price = doc.querySelector('[data-cy="column-price"]');
    if (price) price.textContent = '—';
    const [first] = extractListRows(doc, new URL(fixture.url), new Date(fixture.now));
    expect(first?.facts.ok && first.facts.facts).toMatchObject({
      destinationCountry: null,
      orderValue: null,
      missing: ['destinationCountry', 'itemWeight', 'orderValue', 'shipFromCountry'],
    });
  });

  it('refuses a fulfil page without an Order ID', () => {
    const fixture = entry('ship-form.fulfill-en.html');
    const doc = load(fixture.file);
    doc.querySelector('.summaryRow_8c3n1x')?.remove();
    expect(extractOrder(doc, new URL(fixture.url))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Order ID'),
    });
  });

  it('refuses an empty page and a page of another site without throwing', () => {
    const empty = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(extractOrder(empty, new URL(entry('ship-form.fulfill-en.html').url)).ok).toBe(false);
    expect(extractListRows(empty, new URL(entry('order-list.unfulfilled.html').url))).toEqual([]);
    expect(
      extractOrder(
        load('ship-form.fulfill-en.html'),
        new URL('https://example.com/orders/fulfill/6b04482d9b12f6c0a37e5d84'),
      ).ok,
    ).toBe(false);
  });
});
