// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { pageKinds } from '../../../utils/order-facts';
import { fixtureTable } from '../fixture-table';

import { aliexpress } from '../../../utils/consoles/aliexpress';
import { extractOrder } from '../../../utils/consoles/aliexpress/extract';
import { foreignUrls, pageUrls } from '../../../utils/consoles/aliexpress/pages';
import { readAllRows } from '../../../utils/consoles/list-rows';

const fixtures = fixtureTable('aliexpress');

/** A saved page by its name without `.html`. */
type FixtureName = string;

function fixture(name: FixtureName): { doc: Document; url: URL; now: Date } {
  const row = fixtures.entry(`${name}.html`);
  return { doc: fixtures.load(row.file), url: new URL(row.url), now: new Date(row.now) };
}

/** Parsed once, for the tests that only read (the selector table parses every fixture ~30 times). */
const readOnlyDoc = (name: FixtureName): Document => fixtures.loadShared(`${name}.html`);

describe('aliexpress URL detection', () => {
  const patterns = aliexpress.matches.map((pattern) => new MatchPattern(pattern));

  it.each(foreignUrls)('not ours at all: %s', (href) => {
    const url = new URL(href);
    expect(aliexpress.detectPage(url)).toBeNull();
    expect(patterns.some((pattern) => pattern.includes(url))).toBe(false);
  });
});

describe('aliexpress mount points', () => {
  it('puts the panel after the order information block', () => {
    const old = aliexpress.panelMount(fixture('order-detail.old-en-us').doc);
    expect(old?.position).toBe('after');
    expect(old?.anchor.classList.contains('parent-orderBasicInfo')).toBe(true);
    const mounted = aliexpress.panelMount(fixture('order-detail.new-zh-masked-es').doc);
    expect(mounted?.anchor.querySelector('[class*="header--valueHighLight--"]')?.textContent).toBe(
      '8190456612873401',
    );
  });

  it('puts the panel above the form on ship forms', () => {
    const declare = aliexpress.panelMount(fixture('ship-form.declare-en-other').doc);
    expect(declare?.anchor.matches('form')).toBe(true);
    expect(declare?.position).toBe('before');
    const create = aliexpress.panelMount(fixture('ship-form.create-ship-cn-zh').doc);
    expect(create?.anchor.className).toMatch(/LogisticSolution--init_card/);
    expect(aliexpress.panelMount(fixture('not-order.home').doc)).toBeNull();
  });

  it('puts each badge right after its order id', () => {
    for (const name of ['order-list.old-en', 'order-list.new-zh'] as const) {
      const { doc, url } = fixture(name);
      const rows = readAllRows(aliexpress.listRows(doc, url));
      expect(rows).toHaveLength(5);
      for (const row of rows) {
        expect(row.mount.position).toBe('after');
        expect(row.facts.ok && row.facts.facts.orderId).toBe(row.mount.anchor.textContent?.trim());
      }
    }
  });

  it('puts the list toolbar after .toolbar-zone (old) or above the first order table (new)', () => {
    const old = aliexpress.listToolbarMount(fixture('order-list.old-en').doc);
    expect(old?.anchor.className).toBe('toolbar-zone');
    expect(old?.position).toBe('after');
    const current = aliexpress.listToolbarMount(fixture('order-list.new-zh').doc);
    expect(current?.anchor.matches('table.next-table-row')).toBe(true);
    expect(current?.position).toBe('before');
  });

  it('finds list rows afresh on every call (the list re-renders in place)', () => {
    const { doc, url } = fixture('order-list.new-zh');
    expect(readAllRows(aliexpress.listRows(doc, url))).toHaveLength(5);
    doc.querySelector('table.next-table-row')?.remove();
    const rows = readAllRows(aliexpress.listRows(doc, url));
    expect(rows).toHaveLength(4);
    expect(rows[0]?.facts.ok && rows[0].facts.facts.orderId).toBe('8190456613390127');
  });

  it('groups the old list item rows under the order row above them', () => {
    const { doc, url } = fixture('order-list.old-en');
    const second = readAllRows(aliexpress.listRows(doc, url))[1];
    expect(second?.facts.ok && second.facts.facts.items.map((item) => item.sku)).toEqual([
      'TS-CHM-40',
      'LC-SS-12',
    ]);
  });
});

describe('aliexpress tracking fields', () => {
  const expected: Record<FixtureName, string[]> = {
    'order-detail.old-en-us': [],
    'order-detail.new-zh-masked-es': [],
    'order-detail.new-en-shipped-fr': ['RK482157365CN'],
    'order-list.old-en': ['LX703182540CN'],
    'order-list.new-zh': ['RB931604275CN', 'UJ528471635CN'],
    'ship-form.declare-zh': [],
    'ship-form.declare-en-other': [],
    'ship-form.create-ship-cn-zh': [],
    'not-order.home': [],
  };
  it.each(Object.keys(expected))('%s', (name) => {
    const fields = aliexpress.trackingFields(readOnlyDoc(name));
    expect(fields.map((field) => field.text)).toEqual(expected[name]);
  });
});

describe('aliexpress ship forms', () => {
  function form(name: FixtureName) {
    const { doc, url } = fixture(name);
    const found = aliexpress.shipForm(doc, url);
    if (!found) throw new Error(`no ship form on ${name}`);
    return { doc, form: found };
  }

  it('reads nothing from the untouched declare form, then what the seller picks and types', () => {
    const { doc, form: declare } = form('ship-form.declare-zh');
    expect(declare.readCarrier()).toBeNull();
    expect(declare.readTracking()).toEqual([]);
    expect(declare.submitButtons.map((button) => button.textContent?.trim())).toEqual(['提交']);
    expect(declare.mount.position).toBe('before');
    expect(declare.watched).toContain(doc.getElementById('logisticsNo'));
    expect(declare.watched).toContain(doc.getElementById('serviceName'));

    // Fusion next-select: picking an option renders it as an <em> in `.next-select-values`.
    doc
      .querySelector('#serviceName .next-select-values')
      ?.insertAdjacentHTML(
        'afterbegin',
        '<em title="China Post Registered Air Mail">China Post Registered Air Mail</em>',
      );
    const input = doc.getElementById('logisticsNo') as HTMLInputElement;
    input.value = ' RK482157365CN ';
    expect(declare.readCarrier()).toBe('China Post Registered Air Mail');
    expect(declare.readTracking()).toEqual(['RK482157365CN']);
  });

  it('resolves "Other" to the typed carrier name', () => {
    const { doc, form: declare } = form('ship-form.declare-en-other');
    expect(declare.readCarrier()).toBe('YunExpress');
    expect(declare.readTracking()).toEqual(['YT2632700012345678']);
    (doc.getElementById('otherServiceName') as HTMLInputElement).value = '';
    expect(declare.readCarrier()).toBe('Other');
    (doc.getElementById('logisticsNo') as HTMLInputElement).value =
      'YT2632700012345678, YT2632700012345679';
    expect(declare.readTracking()).toEqual(['YT2632700012345678', 'YT2632700012345679']);
  });

  it('reads a native <select> carrier control, found by its label when its id differs', () => {
    const { doc, url } = fixture('ship-form.declare-zh');
    const fusion = doc.getElementById('serviceName');
    fusion?.insertAdjacentHTML(
      'afterend',
      '<select id="carrier-select"><option value="">请选择</option><option value="CPAM">China Post Registered Air Mail</option><option value="YANWEN_JYT">Yanwen</option></select>',
    );
    fusion?.remove();
    doc.querySelector('label[for="serviceName"]')?.setAttribute('for', 'carrier-select');
    const declare = aliexpress.shipForm(doc, url);
    const select = doc.getElementById('carrier-select') as HTMLSelectElement;
    expect(declare?.watched).toContain(select);
    expect(declare?.readCarrier()).toBeNull();
    select.value = 'YANWEN_JYT';
    expect(declare?.readCarrier()).toBe('Yanwen');
  });

  it('reads the chosen Cainiao solution on create_ship_cn', () => {
    const { doc, form: create } = form('ship-form.create-ship-cn-zh');
    expect(create.readCarrier()).toBe('菜鸟无忧物流-标准');
    expect(create.readTracking()).toEqual([]);
    expect(create.watched).toHaveLength(3);
    expect(create.submitButtons.map((button) => button.textContent?.trim())).toEqual(['提交发货']);
    const service = doc.querySelector('[class*="create_ship--service--"]');
    if (service) service.textContent = '菜鸟超级经济Global';
    expect(create.readCarrier()).toBe('菜鸟超级经济Global');
  });

  it('has no ship form on other pages', () => {
    for (const name of ['order-detail.old-en-us', 'order-list.new-zh', 'not-order.home'] as const) {
      const { doc, url } = fixture(name);
      expect(aliexpress.shipForm(doc, url)).toBeNull();
    }
  });
});

describe('aliexpress pages that changed or are not order pages', () => {
  it('gives ok:false when the order id element is gone', () => {
    const { doc, url, now } = fixture('order-detail.new-en-shipped-fr');
    doc.querySelector('[class*="header--valueHighLight--"]')?.remove();
    doc.querySelectorAll('[class*="header--label--"]').forEach((label) => label.remove());
    const result = extractOrder(doc, url, now);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/No order number/);
  });

  it('finds the order id by its label when the hashed class changed', () => {
    const { doc, url, now } = fixture('order-detail.new-zh-masked-es');
    const id = doc.querySelector('[class*="header--valueHighLight--"]');
    id?.setAttribute('class', 'header--orderNo--Zz9Yy8x');
    const result = extractOrder(doc, url, now);
    expect(result.ok && result.facts.orderId).toBe('8190456612873401');
  });

  it('gives ok:false while the page still shows another order than its URL', () => {
    const { doc, now } = fixture('order-detail.old-en-us');
    const url = new URL('https://gsp.aliexpress.com/apps/order/detail?orderId=8123456790456712');
    const result = extractOrder(doc, url, now);
    expect(!result.ok && result.reason).toMatch(/8123456789012345.*8123456790456712/);
  });

  it('gives ok:false for an unrelated page served at a detail URL, without throwing', () => {
    const { doc, now } = fixture('not-order.home');
    const result = extractOrder(doc, new URL(pageUrls['order-detail'][0]), now);
    expect(result.ok).toBe(false);
  });

  it('gives ok:false on a ship-form URL without a form', () => {
    const { doc, now } = fixture('order-detail.old-en-us');
    const result = extractOrder(doc, new URL(pageUrls['ship-form'][0]), now);
    expect(result.ok).toBe(false);
  });

  it('gives ok:false for one list row without an order id, and reads the others', () => {
    const { doc, url } = fixture('order-list.old-en');
    doc.querySelector('.tb-order-info a')?.remove();
    const rows = readAllRows(aliexpress.listRows(doc, url));
    expect(rows.map((row) => row.facts.ok)).toEqual([false, true, true, true, true]);
  });

  it('reads the destination once the seller reveals the masked address', () => {
    const { doc, url, now } = fixture('order-detail.new-zh-masked-es');
    const values = doc.querySelectorAll('[class*="orderInfo--addressValue"]');
    const address = values[1];
    if (address) address.textContent = 'Calle de Alcalá 12, 3º B, Madrid, Madrid, Spain';
    const result = extractOrder(doc, url, now);
    expect(result.ok && result.facts.destinationCountry).toBe('ES');
    expect(result.ok && result.facts.destinationSource).toBeUndefined();
    expect(result.ok && result.facts.missing).not.toContain('destinationCountry');
  });

  it('infers nothing from a masked address whose phone and postcode are masked too', () => {
    const { doc, url, now } = fixture('order-detail.new-zh-masked-es');
    for (const value of doc.querySelectorAll('[class*="orderInfo--addressValue"]')) {
      if (/^[+\d]/.test(value.textContent ?? '')) value.textContent = '***';
    }
    const result = extractOrder(doc, url, now);
    expect(result.ok && result.facts.destinationCountry).toBeNull();
    expect(result.ok && result.facts.missing).toContain('destinationCountry');
  });

  it('reads nothing on an empty document, without throwing', () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    for (const kind of pageKinds) {
      const url = new URL(pageUrls[kind][0]);
      expect(extractOrder(doc, url).ok).toBe(false);
      expect(readAllRows(aliexpress.listRows(doc, url))).toEqual([]);
      expect(aliexpress.shipForm(doc, url)).toBeNull();
    }
    expect(aliexpress.panelMount(doc)).toBeNull();
    expect(aliexpress.listToolbarMount(doc)).toBeNull();
    expect(aliexpress.trackingFields(doc)).toEqual([]);
  });
});
