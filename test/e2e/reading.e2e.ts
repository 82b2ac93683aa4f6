/**
 * Console pages ShipLens has never seen, in Chromium with the built extension: an order page
 * at a path no URL table knows on every console host, a masked AliExpress address, an eBay
 * list that shows only postcodes, and the Wish Chinese fulfil page under /md/ (issue #9).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFixture } from '../../scripts/lib/console-browser';
import { openSample, validNumber, consoleBrowserForTests } from './support';

const browser = consoleBrowserForTests();

async function openAt(fixture: string, url: string): Promise<Page> {
  browser.servePage(url, readFixture(fixture));
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

describe('a page at a path no URL table knows', () => {
  // prettier-ignore
  const details: [string, string, string][] = [
    // The one public config that names `order_detail` (docs/consoles/aliexpress.md).
    ['aliexpress/order-detail.new-en-shipped-fr.html', 'https://csp.aliexpress.com/m_apps/order-manage/order_detail?orderId=3047718290561234&channelId=2388105', '3047718290561234'],
    ['amazon/order-detail.us-unshipped.html', 'https://sellercentral.amazon.com/orders-v3/order-details/111-4820913-5627405', '111-4820913-5627405'],
  ];
  it.each(details)('%s at %s gets its panel', async (fixture, url, orderId) => {
    const page = await openAt(fixture, url);
    const panel = page.locator('[data-shiplens="panel"]');
    await expect.poll(() => panel.getAttribute('data-order-id')).toBe(orderId);
    expect(await panel.getAttribute('data-state')).toBe('ready');
    await page.waitForTimeout(300);
    expect(await panel.count()).toBe(1);
    await page.close();
  });

  // prettier-ignore
  const lists: [string, string, number][] = [
    ['ebay/order-list.all-orders.html', 'https://www.ebay.com/sh/ord/orders-v2?status=ALL_ORDERS', 5],
    ['wish/order-list.unfulfilled.html', 'https://merchant.wish.com/md/orders/unfulfilled', 5],
    ['wish/order-list.unfulfilled-zh-china-merchant.html', 'https://china-merchant.wish.com/md/orders?tab=unfulfilled', 3],
  ];
  it.each(lists)('%s at %s gets a badge per row', async (fixture, url, rows) => {
    const page = await openAt(fixture, url);
    const badges = page.locator('[data-shiplens="badge"]');
    await expect.poll(() => badges.count()).toBe(rows);
    await page.waitForTimeout(300);
    expect(await badges.count()).toBe(rows);
    expect(await page.locator('[data-shiplens="panel"]').count()).toBe(0);
    await page.close();
  });

  // prettier-ignore
  const untouched: [string, string][] = [
    ['wish/not-order.products.html', 'https://merchant.wish.com/md/products/list'],
    ['amazon/not-order.inventory.html', 'https://sellercentral.amazon.com/inventory/v2'],
    ['ebay/not-order.listings-active.html', 'https://www.ebay.com/sh/lst/active?offset=0'],
    ['aliexpress/not-order.home.html', 'https://csp.aliexpress.com/m_apps/home/index'],
  ];
  it.each(untouched)('%s at %s stays untouched', async (fixture, url) => {
    const page = await openAt(fixture, url);
    await page.waitForTimeout(800);
    expect(await page.locator('[data-shiplens="panel"]').count()).toBe(0);
    expect(await page.locator('[data-shiplens="badge"]').count()).toBe(0);
    await page.close();
  });
});

describe('a destination the page hides', () => {
  it('infers Spain on the masked AliExpress address and says so', async () => {
    const page = await openSample(browser, 'aliexpress/order-detail.new-zh-masked-es.html');
    const panel = page.locator('[data-shiplens="panel"]');
    await expect.poll(() => panel.getAttribute('data-destination-source')).toBe('inferred');
    expect(await panel.getAttribute('data-destination')).toBe('ES');
    const line = (await page.locator('[data-shiplens="destination"]').textContent()) ?? '';
    expect(line).toContain('+34');
    expect(line).toContain('28…');
    expect(await panel.getAttribute('data-channel')).not.toBeNull();
    await page.close();
  });

  it('gives the eBay list rows real badges from their postcodes', async () => {
    const page = await openSample(browser, 'ebay/order-list.all-orders.html');
    const badges = page.locator('[data-shiplens="badge"]');
    await expect.poll(() => badges.count()).toBe(5);
    const channels = await badges.evaluateAll((all) =>
      all.map((badge) => badge.getAttribute('data-channel')),
    );
    // Shipped and cancelled rows have nothing to recommend; every open row has a channel.
    expect(channels.filter((channel) => channel !== null).length).toBeGreaterThanOrEqual(3);
    const texts = await badges.allTextContents();
    expect(texts.some((text) => /destination/i.test(text))).toBe(false);
    await page.close();
  });
});

describe('the Wish Chinese fulfil page under /md/', () => {
  it('warns when the carrier is not WishPost, and stops for WishPost', async () => {
    const page = await openSample(browser, 'wish/ship-form.fulfill-zh-md.html');
    const fine = page.locator('[data-shiplens="warning"][data-policy="wish-wishpost-mandatory"]');
    await expect.poll(() => page.locator('[data-shiplens="panel"]').count()).toBe(1);
    await page.selectOption('#shipping-carrier', 'China Post');
    await page.locator('#tracking-number').fill(validNumber('china-post-registered'));
    await expect.poll(() => fine.count()).toBe(1);
    expect(await fine.getAttribute('data-severity')).toBe('critical');
    await page.selectOption('#shipping-carrier', 'WishPost');
    await expect.poll(() => fine.count()).toBe(0);
    await page.close();
  });
});
