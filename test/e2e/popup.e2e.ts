/**
 * The popup reports on the tab in front of the seller: which console and page kind, whether
 * the order was read, the recommendation, and the rules in use; a page that is not a console
 * page is said to be one. (Opened as a tab, the popup reports on the tab used before it.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportComment } from '../../utils/capture/report';
import { translator } from '../../utils/i18n';
import type { OrderFacts } from '../../utils/order-facts';
import { defaultPack } from '../../utils/rules/pack/bundled-pack';
import { openOptions, openPopup } from './extension-pages';
import { openSample, consoleBrowserForTests } from './support';
import { buyerStrings } from '../unit/capture/buyer-strings';

const browser = consoleBrowserForTests();

describe('popup', () => {
  it('shows the console, the page kind, the order and its recommendation', async () => {
    const order = await openSample(browser, 'amazon/order-detail.us-unshipped.html');
    await order.locator('[data-shiplens="panel"][data-state="ready"]').waitFor();
    const channelId = await order.locator('[data-shiplens="panel"]').getAttribute('data-channel');
    const channel = defaultPack.channels.find((candidate) => candidate.id === channelId);

    const popup = await openPopup(browser, order);
    const where = popup.getByTestId('popup-where');
    await expect.poll(() => where.getAttribute('data-console')).toBe('amazon');
    expect(await where.getAttribute('data-page-kind')).toBe('order-detail');
    expect(await where.textContent()).toBe('Amazon Seller Central · order page');
    const summary = popup.getByTestId('popup-order');
    expect(await summary.getAttribute('data-read')).toBe('true');
    expect(await summary.textContent()).toContain('Order 111-4820913-5627405');
    expect(await summary.textContent()).toContain(
      'Not on this page: item weight and ship-from country',
    );
    expect(await popup.getByTestId('popup-recommendation').textContent()).toBe(
      `Recommended: ${channel?.name.en}`,
    );
    expect(await popup.getByTestId('popup-pack-version').textContent()).toBe(defaultPack.version);
    await popup.close();
  });

  it.each([
    ['amazon/order-detail.us-fba.html', 'popupPlatformShips'],
    ['ebay/ship-form.update.html', 'readingDestinationMissing'],
  ] as const)('on %s says why there is no recommendation', async (fixture, why) => {
    const order = await openSample(browser, fixture);
    await order
      .locator('[data-shiplens="panel"], [data-shiplens="form-warnings"]')
      .first()
      .waitFor();
    const popup = await openPopup(browser, order);
    await expect
      .poll(() => popup.getByTestId('popup-recommendation').textContent())
      .toBe(translator('en')(why));
    await popup.close();
  });

  it('says why an order could not be read', async () => {
    const fixture = 'amazon/order-detail.changed-no-order-id.html';
    const order = await openSample(browser, fixture);
    await order.locator('[data-shiplens="panel"][data-state="unread"]').waitFor();
    const popup = await openPopup(browser, order);
    const summary = popup.getByTestId('popup-order');
    await expect.poll(() => summary.getAttribute('data-read')).toBe('false');
    expect(await summary.textContent()).toMatch(/^Order not read: .+/);
    await popup.close();
  });

  it('says plainly when the tab is not a console page', async () => {
    browser.servePage(
      'https://www.example.com/',
      '<!doctype html><title>Not a console</title><p>Hello</p>',
    );
    const other = await browser.context.newPage();
    await other.goto('https://www.example.com/');
    const popup = await openPopup(browser, other);
    await expect
      .poll(() => popup.getByTestId('popup-not-console').textContent())
      .toBe(translator('en')('popupNotConsole'));
    await popup.close();
  });

  it('saves "Report this page" as one scrubbed file: the order kept, the buyer gone', async () => {
    const fixture = 'ebay/order-detail.unshipped.html';
    const expected = JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, '../fixtures/ebay/order-detail.unshipped.json'),
        'utf8',
      ),
    ) as OrderFacts;
    const order = await openSample(browser, fixture);
    await order.locator('[data-shiplens="panel"][data-state="ready"]').waitFor();
    const popup = await openPopup(browser, order);
    const report = popup.locator('[data-shiplens="report-page"]');
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      report.getByRole('button', { name: translator('en')('captureReportPage') }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^shiplens-ebay-order-detail-${expected.orderId}-[\\d-]+\\.html$`),
    );
    const html = readFileSync(await download.path(), 'utf8');
    const buyer = buyerStrings[fixture] ?? [];
    expect(buyer.length).toBeGreaterThan(3);
    for (const value of buyer) expect(html, value).not.toContain(value);
    expect(html).toContain(expected.orderId);
    expect(html).toContain('United States');
    // The capture is the console's page: ShipLens' own panel is not in it.
    expect(html).not.toContain('<shiplens-');
    const captured = readReportComment(html);
    // What ShipLens read, as the report says (the dates depend on the clock, the rest not).
    expect(captured?.order).toMatchObject({
      ok: true,
      facts: {
        orderId: expected.orderId,
        destinationCountry: expected.destinationCountry,
        items: expected.items,
        trackingNumbers: expected.trackingNumbers,
      },
    });
    expect(captured?.versions.rulesPack).toBe(defaultPack.version);
    expect(captured?.versions.extension).toMatch(/^\d+\.\d+\.\d+$/);
    await expect.poll(() => report.getAttribute('data-status')).toBe('saved');
    await popup.close();
  });

  it('speaks Chinese when the setting says so', async () => {
    const options = await openOptions(browser);
    await options.selectOption('select[name="language"]', 'zh-CN');
    const order = await openSample(browser, 'amazon/order-detail.us-unshipped.html');
    await order.locator('[data-shiplens="panel"][data-state="ready"]').waitFor();
    const popup = await openPopup(browser, order);
    await expect
      .poll(() => popup.getByTestId('popup-where').textContent())
      .toBe('亚马逊卖家平台 · 订单详情页');
    expect(await popup.locator('#popup-rules').textContent()).toBe(
      translator('zh-CN')('popupRules'),
    );
  });
});
