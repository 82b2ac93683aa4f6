/**
 * The consoles render client-side: lists re-render rows in place, and moving between list
 * and order happens without a page load. Features follow both, and nothing is injected twice.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFixture } from '../../scripts/lib/console-browser';
import { openSample, samplePage, consoleBrowserForTests } from './support';

const browser = consoleBrowserForTests();

function bodyOf(fixture: string): string {
  const match = /<body[^>]*>([\s\S]*)<\/body>/i.exec(readFixture(fixture));
  if (!match?.[1]) throw new Error(`${fixture} has no body`);
  return match[1];
}

/** What the console's router does: a new address without a load, then the new view. */
async function navigateInApp(page: Page, url: string, fixture: string): Promise<void> {
  await page.evaluate(
    ({ url, body }) => {
      history.pushState({}, '', url);
      document.body.innerHTML = body;
    },
    { url, body: bodyOf(fixture) },
  );
}

const count = (page: Page, hook: string) => page.locator(`[data-shiplens="${hook}"]`).count();

describe('re-rendered list rows', () => {
  it('get their badge back, exactly one each', async () => {
    const fixture = 'aliexpress/order-list.new-zh.html';
    const page = await openSample(browser, fixture);
    const expected = samplePage(fixture).expectBadges;
    await expect.poll(() => count(page, 'badge')).toBe(expected);
    for (let round = 0; round < 5; round++) {
      // Fusion re-renders each order table wholesale: fresh elements, our hosts gone.
      await page.evaluate(() => {
        for (const table of document.querySelectorAll('table.next-table-row')) {
          const fresh = table.cloneNode(true) as Element;
          fresh.querySelectorAll('shiplens-badge').forEach((host) => host.remove());
          table.replaceWith(fresh);
        }
      });
      await expect.poll(() => count(page, 'badge')).toBe(expected);
    }
    const perRow = await page.evaluate(() =>
      [...document.querySelectorAll('table.next-table-row')].map(
        (table) => table.querySelectorAll('shiplens-badge').length,
      ),
    );
    expect(perRow.every((n) => n <= 1)).toBe(true);
    expect(perRow.filter((n) => n === 1)).toHaveLength(expected);
    await page.close();
  });
});

describe('a list the console renders', () => {
  it('has every badge before the browser draws its next frame', async () => {
    // Opened on an order page: the script has its rules and has been idle (warm-up) when the
    // console's router shows the list.
    const detail = 'amazon/order-detail.us-unshipped.html';
    const list = 'amazon/order-list.us-mixed.html';
    const page = await openSample(browser, detail);
    await expect.poll(() => count(page, 'panel')).toBe(1);
    await page.waitForTimeout(500);
    const atNextFrame = await page.evaluate(
      ({ url, body }) =>
        new Promise<number>((resolve) => {
          history.pushState({}, '', url);
          document.body.innerHTML = body;
          // Animation callbacks run before the frame is drawn: the badges are in the first
          // frame that shows the list, with no second layout of its table for them.
          requestAnimationFrame(() =>
            resolve(document.querySelectorAll('[data-shiplens-kind="badge"]').length),
          );
        }),
      { url: samplePage(list).url, body: bodyOf(list) },
    );
    expect(atNextFrame).toBe(samplePage(list).expectBadges);
    await page.close();
  });
});

describe('navigation without a page load', () => {
  it('moves from the list to an order and back', async () => {
    const list = 'ebay/order-list.all-orders.html';
    const detail = 'ebay/order-detail.shipped.html';
    const page = await openSample(browser, list);
    const badges = samplePage(list).expectBadges;
    await expect.poll(() => count(page, 'badge')).toBe(badges);

    await navigateInApp(page, samplePage(detail).url, detail);
    await expect.poll(() => count(page, 'panel')).toBe(1);
    expect(await count(page, 'badge')).toBe(0);
    const orderId = new URL(samplePage(detail).url).searchParams.get('orderid');
    expect(await page.locator('[data-shiplens="panel"]').getAttribute('data-order-id')).toBe(
      orderId,
    );

    await navigateInApp(page, samplePage(list).url, list);
    await expect.poll(() => count(page, 'badge')).toBe(badges);
    expect(await count(page, 'panel')).toBe(0);
    await page.close();
  });

  it('never shows two panels, however often the order view re-renders', async () => {
    const fixture = 'amazon/order-detail.de-unshipped-multi.html';
    const page = await openSample(browser, fixture);
    await expect.poll(() => count(page, 'panel')).toBe(1);
    for (let round = 0; round < 5; round++) {
      await page.evaluate(() => {
        const app = document.getElementById('MYO-app');
        if (app) app.replaceWith(app.cloneNode(true));
      });
      await page.waitForTimeout(50);
      expect(await count(page, 'panel')).toBeLessThanOrEqual(1);
    }
    await expect.poll(() => count(page, 'panel')).toBe(1);
    await page.close();
  });
});
