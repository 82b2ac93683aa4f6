// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { fixtureTable } from '../fixture-table';
import { amazon } from '../../../utils/consoles/amazon';
import { extractListRows, extractOrder } from '../../../utils/consoles/amazon/extract';
import { inboundMount, readInbound } from '../../../utils/consoles/amazon/inbound';
import { detectPage, matches, pageUrls } from '../../../utils/consoles/amazon/pages';
import { planFromInbound } from '../../../utils/consoles/inbound';
import * as sel from '../../../utils/consoles/amazon/selectors';
import { queryRowAll } from '../../../utils/consoles/cells';
import { queryAll, valuesAfterLabels } from '../../../utils/consoles/dom';
import { readAllRows } from '../../../utils/consoles/list-rows';

const { entries: fixtures, entry: fixture, load, read } = fixtureTable('amazon');
/** A list row's result in the shape of the expected JSON beside the page. */
const asExpected = (result: ReturnType<typeof extractOrder>) =>
  result.ok ? result.facts : { ok: false, reason: result.reason };

describe('list cells by their oth- hooks', () => {
  // The cells' hooks as public code reads them (index 17704225099), by the column they head.
  const hooks = [
    null,
    'oth-order-date',
    'oth-order-details',
    'oth-image',
    'oth-product-info',
    'oth-customer-option',
    null,
    'oth-order-status',
    null,
  ];

  it('reads the same rows when the columns move but keep their hooks', () => {
    const f = fixture('order-list.us-mixed.html');
    const doc = load(f.file);
    for (const row of doc.querySelectorAll('#orders-table > tbody > tr')) {
      const cells = [...row.children];
      cells.forEach((cell, i) => {
        const hook = hooks[i];
        if (hook) cell.setAttribute('data-test-id', hook);
      });
      // A redesign that reorders the columns: the hooks follow the cells, the positions do not.
      row.replaceChildren(...cells.reverse());
    }
    const rows = extractListRows(doc, new URL(f.url), new Date(f.now));
    expect(rows.map(asExpected)).toEqual(JSON.parse(read(f.expected)));
  });

  it('falls back to positions when the hooks are missing (the saved page)', () => {
    const f = fixture('order-list.us-mixed.html');
    const doc = load(f.file);
    expect(doc.querySelector('[data-test-id^="oth-"]')).toBeNull();
    expect(extractListRows(doc, new URL(f.url), new Date(f.now)).map(asExpected)).toEqual(
      JSON.parse(read(f.expected)),
    );
  });
});

describe('page detection', () => {
  it('lists every Seller Central host of docs/consoles/amazon.md explicitly', () => {
    const hosts = [
      'com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl', 'com.tr',
      'ae', 'sa', 'com.sa', 'eg', 'in', 'co.jp', 'com.au', 'sg', 'com.be', 'co.za', 'ie',
    ].map((tld) => `sellercentral.amazon.${tld}`); // prettier-ignore
    hosts.push('sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com');
    expect([...matches].sort()).toEqual(hosts.map((host) => `https://${host}/*`).sort());
  });

  it('rejects order paths on other hosts and over http', () => {
    for (const url of [
      'https://www.amazon.com/orders-v3/order/111-4820913-5627405',
      'http://sellercentral.amazon.com/orders-v3/order/111-4820913-5627405',
      'https://sellercentral.amazon.cn/orders-v3',
    ]) {
      expect(detectPage(new URL(url))).toBeNull();
    }
  });
});

describe('selectors: exact matches per fixture', () => {
  const files = [
    'order-detail.us-unshipped.html',
    'order-detail.us-shipped.html',
    'order-detail.de-unshipped-multi.html',
    'order-detail.uk-shipped.html',
    'order-detail.jp-unshipped.html',
    'order-detail.us-fba.html',
    'order-list.us-mixed.html',
    'ship-form.confirm-shipment-us.html',
    'ship-form.confirm-dispatch-uk.html',
    'not-order.home.html',
    'order-detail.changed-no-order-id.html',
    'order-detail.ca-shipped.html',
    'not-order.inventory.html',
  ];
  const docs = new Map(files.map((file) => [file, load(file)]));

  it('list row cells: one link, product cell, status per row; three product blocks over two rows', () => {
    const rows = queryAll(docs.get('order-list.us-mixed.html') as Document, sel.list.rows);
    for (const spec of [
      sel.list.orderLink,
      sel.list.orderDate,
      sel.list.orderTime,
      sel.list.productCell,
      sel.list.status,
    ]) {
      expect(rows.map((row) => queryRowAll(row, spec).length)).toEqual([1, 1, 1, 1, 1]);
    }
    expect(rows.map((row) => queryAll(row, sel.list.productBlock).length)).toEqual([1, 2, 1, 1, 1]);
  });
});

describe('ship forms', () => {
  const open = (file: string) => {
    const f = fixture(file);
    const doc = load(f.file);
    const url = new URL(f.url);
    const form = amazon.shipForm(doc, url);
    if (!form) throw new Error(`no ship form in ${file}`);
    const select = doc.querySelector('select[name="carrier"]') as HTMLSelectElement;
    const other = doc.querySelector('input[data-test-id="text-input-carrier"]') as HTMLInputElement;
    const tracking = doc.querySelector(
      'input[data-test-id="text-input-tracking-id"]',
    ) as HTMLInputElement;
    return { f, doc, url, form, select, other, tracking };
  };

  it('US: reads the AUI dropdown, "Other" as its free text, and the tracking input', () => {
    const { form, select, other, tracking } = open('ship-form.confirm-shipment-us.html');
    expect(form.readCarrier()).toBeNull();
    expect(form.readTracking()).toEqual([]);
    expect(form.watched).toEqual([select, other, tracking]);

    select.value = 'UPS';
    tracking.value = ' 1Z4E9W7A0367182047 ';
    expect(form.readCarrier()).toBe('UPS');
    expect(form.readTracking()).toEqual(['1Z4E9W7A0367182047']);

    select.value = 'Other';
    expect(form.readCarrier()).toBeNull();
    other.value = 'Correos Express';
    expect(form.readCarrier()).toBe('Correos Express');
  });

  it('US: submit button and mount before its AUI wrapper', () => {
    const { doc, form } = open('ship-form.confirm-shipment-us.html');
    const wrapper = doc.querySelector('[data-test-id="confirm-shipment-button-action"]');
    expect(form.submitButtons).toEqual([wrapper?.querySelector('input[type="submit"]')]);
    expect(form.mount).toEqual({ anchor: wrapper, position: 'before' });
  });

  it('UK/EU: reads the CarrierListDropdown select and finds "Confirm dispatch"', () => {
    const { form, select, tracking } = open('ship-form.confirm-dispatch-uk.html');
    expect(select.id).toBe('CarrierListDropdown-76524');
    select.value = 'Yanwen';
    tracking.value = 'UF718240368CN';
    expect(form.readCarrier()).toBe('Yanwen');
    expect(form.readTracking()).toEqual(['UF718240368CN']);
    expect(form.submitButtons.map((b) => (b as HTMLInputElement).value)).toEqual([
      'Confirm dispatch',
    ]);
    expect(form.mount.anchor).toBe(form.submitButtons[0]?.closest('.a-button'));
  });

  it('the facts of a form follow what the seller has entered', () => {
    const { f, doc, url, select, tracking } = open('ship-form.confirm-dispatch-uk.html');
    select.value = 'Yun Express';
    tracking.value = 'YT2533021266014859';
    const result = extractOrder(doc, url, new Date(f.now));
    expect(result.ok && [result.facts.carrier, result.facts.trackingNumbers]).toEqual([
      'Yun Express',
      ['YT2533021266014859'],
    ]);
  });

  it('there is no ship form on detail, list and home pages', () => {
    for (const f of fixtures.filter((row) => row.pageKind !== 'ship-form')) {
      expect(amazon.shipForm(load(f.file), new URL(f.url)), f.file).toBeNull();
    }
  });
});

describe('tracking fields and mounts', () => {
  it.each(fixtures)('tracking fields: $file', (f) => {
    const texts = amazon.trackingFields(load(f.file)).map((field) => field.text);
    const expected: Record<string, string[]> = {
      'order-detail.us-shipped.html': ['9400111899223847165208'],
      'order-detail.uk-shipped.html': ['LX583029175CN'],
      'order-detail.ca-shipped.html': ['4026610731958486'],
    };
    expect(texts).toEqual(expected[f.file] ?? []);
  });

  it('panel after the header button bar, else before the first box', () => {
    const detail = load('order-detail.us-unshipped.html');
    expect(amazon.panelMount(detail)).toEqual({
      anchor: detail.querySelector('[data-test-id="order-details-header-action-buttons"]'),
      position: 'after',
    });
    const fba = load('order-detail.us-fba.html');
    expect(amazon.panelMount(fba)).toEqual({
      anchor: fba.querySelector('#MYO-app .a-box'),
      position: 'before',
    });
    expect(amazon.panelMount(load('not-order.home.html'))).toBeNull();
  });

  it('list: toolbar mount, one badge mount per row after its order link', () => {
    const f = fixture('order-list.us-mixed.html');
    const doc = load(f.file);
    expect(amazon.listToolbarMount(doc)).toEqual({
      anchor: doc.querySelector('.myo-bulk-action-panel-left'),
      position: 'append',
    });
    const rows = readAllRows(amazon.listRows(doc, new URL(f.url)));
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.mount.position).toBe('after');
      expect(row.mount.anchor.getAttribute('href')).toMatch(
        /^\/orders-v3\/order\/\d{3}-\d{7}-\d{7}$/,
      );
      expect(row.row.contains(row.mount.anchor)).toBe(true);
      expect(row.facts.ok).toBe(true);
    }
    expect(amazon.listToolbarMount(load('order-detail.us-unshipped.html'))).toBeNull();
  });

  it('list toolbar falls back to above the table', () => {
    const doc = load('order-list.us-mixed.html');
    doc.querySelector('.myo-bulk-action-panel-left')?.remove();
    expect(amazon.listToolbarMount(doc)).toEqual({
      anchor: doc.querySelector('#orders-table'),
      position: 'before',
    });
  });
});

describe('changed pages give a reason, never a throw', () => {
  const unshipped = fixture('order-detail.us-unshipped.html');

  it('an order page without its order id element', () => {
    const doc = load(unshipped.file);
    doc.querySelector('[data-test-id="order-id-value"]')?.remove();
    const result = extractOrder(doc, new URL(unshipped.url));
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('order number') });
  });

  it('a page still showing the previous order after an in-app navigation', () => {
    const doc = load(unshipped.file);
    const result = extractOrder(
      doc,
      new URL('https://sellercentral.amazon.com/orders-v3/order/112-9038471-2265934'),
    );
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('111-4820913-5627405') });
  });

  it('an order whose item table changed loses its items, not the rest', () => {
    const doc = load(unshipped.file);
    doc.querySelector('table.a-keyvalue')?.setAttribute('class', 'kat-table');
    const result = extractOrder(doc, new URL(unshipped.url), new Date(unshipped.now));
    expect(result.ok && result.facts.items).toEqual([]);
    expect(result.ok && result.facts.missing).toEqual(
      expect.arrayContaining(['items', 'orderValue', 'itemWeight']),
    );
  });

  it('a list row without an order link', () => {
    const f = fixture('order-list.us-mixed.html');
    const doc = load(f.file);
    doc.querySelector('#orders-table > tbody > tr .cell-body-title a')?.remove();
    const [first, ...rest] = extractListRows(doc, new URL(f.url));
    expect(first).toEqual({ ok: false, reason: expect.any(String) });
    expect(rest.every((row) => row.ok)).toBe(true);
  });

  it('any fixture at any fixture URL, and an empty document', () => {
    const empty = new DOMParser().parseFromString('', 'text/html');
    // Reading never changes the page, so each fixture is parsed once.
    for (const doc of fixtures.map((f) => load(f.file))) {
      for (const { url } of fixtures) {
        expect(() => extractOrder(doc, new URL(url))).not.toThrow();
        expect(() => readAllRows(amazon.listRows(doc, new URL(url)))).not.toThrow();
      }
    }
    for (const f of fixtures) expect(extractOrder(empty, new URL(f.url)).ok).toBe(false);
  });
});

describe('valuesAfterLabels (dom.ts)', () => {
  const doc = new DOMParser().parseFromString(
    `<div id="cell">
       <div><div><span>ASIN</span>: <b>B0CQ4R7K2M</b></div></div>
       <div><span>SKU</span>:  SL-LID-6P-GRN</div>
       <div class="a-row"><div><span><span>Item subtotal</span>:</span></div><div><span>$18.99</span></div></div>
       <div><span>SKU</span>: SECOND</div>
     </div>`,
    'text/html',
  );
  const cell = doc.getElementById('cell') as HTMLElement;

  it('reads the innermost "Label: value" line of each entry, the first one only, in one call', () => {
    expect(
      valuesAfterLabels(cell, {
        asin: ['ASIN'],
        sku: ['sku'],
        subtotal: ['Item subtotal'],
        quantity: ['Quantity', '数量'],
      }),
    ).toEqual({ asin: 'B0CQ4R7K2M', sku: 'SL-LID-6P-GRN', subtotal: '$18.99', quantity: null });
  });

  it('gives every entry its own line when two entries share a label', () => {
    expect(valuesAfterLabels(cell, { a: ['SKU'], b: ['SKU'] })).toEqual({
      a: 'SL-LID-6P-GRN',
      b: 'SL-LID-6P-GRN',
    });
  });
});

describe('Send to Amazon (FBA inbound) pages', () => {
  const sample = fixtures.find((f) => f.file === 'fba-inbound.send-to-amazon-us.html');
  if (!sample) throw new Error('fba-inbound.send-to-amazon-us.html is not in fixtures.json');

  it.each(pageUrls['fba-inbound'] ?? [])('detects %s', (url) => {
    expect(detectPage(new URL(url))).toBe('fba-inbound');
    expect(matches.map((m) => new MatchPattern(m)).some((m) => m.includes(url))).toBe(true);
  });

  it('reads boxes, weight, volume, fulfilment centre and ship date from the sample', () => {
    const doc = load(sample.file);
    const url = new URL(sample.url);
    expect(detectPage(url)).toBe('fba-inbound');
    expect(readInbound(doc, url)).toEqual(JSON.parse(read(sample.expected)));
    expect(amazon.ready['fba-inbound'].some((s) => doc.querySelector(s) !== null)).toBe(true);
    expect(inboundMount(doc)?.anchor.textContent).toBe('Step 2: Confirm shipping');
  });

  it('sums the shipments Amazon split the plan into', () => {
    const doc = load(sample.file);
    const block = doc.querySelector('.sta-shipment');
    if (!block) throw new Error('no shipment block in the sample');
    const second = block.cloneNode(true) as Element;
    const lines = second.querySelectorAll('p');
    lines[0]?.replaceChildren('Ship to: ONT8 - 24300 Nandina Ave, Moreno Valley, CA 92551, US');
    lines[2]?.replaceChildren('Boxes: 10 SKUs: 1 Units: 200 Volume: 0.8 CBM Weight: 150.5 kg');
    block.after(second);
    const result = readInbound(doc, new URL(sample.url));
    expect(result).toMatchObject({
      ok: true,
      shipment: { boxes: 50, weightKg: 750.5, volumeCbm: 4, fulfilmentCentres: ['LGB8', 'ONT8'] },
    });
  });

  it('says why when no shipment block is shown yet', () => {
    const doc = new DOMParser().parseFromString(
      '<h4>Step 1: Confirmed inventory to send</h4>',
      'text/html',
    );
    const result = readInbound(doc, new URL(sample.url));
    expect(result.ok).toBe(false);
  });

  it('turns the shipment into a plan of equal boxes with the same totals', () => {
    const result = readInbound(load(sample.file), new URL(sample.url));
    if (!result.ok) throw new Error(result.reason);
    const plan = planFromInbound(result.shipment, '2026-12-01', null);
    expect(plan).toMatchObject({
      destination: 'US',
      readyDate: '2026-12-05',
      neededBy: '2027-02-03',
    });
    const [line] = plan.cartons;
    expect(line?.count).toBe(40);
    expect(line?.weightKg).toBe(15);
    // 0.08 CBM per box: a 43.1 cm cube.
    expect(line?.lengthCm).toBe(43.1);
  });
});
