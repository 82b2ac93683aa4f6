/**
 * A panel always finds a place: a Seller Central order page whose layout has none of the
 * anchors ShipLens knows still gets its panel, with the same facts, beside the order id; a
 * page that cannot be read and gives no place gets a docked panel that says so and offers
 * "Report this page".
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../scripts/lib/console-browser';
import { samplePage, consoleBrowserForTests } from './support';

const browser = consoleBrowserForTests();

/** The page without the header button bar, the AUI boxes and the app root's children hooks. */
function withoutAnchors(html: string): string {
  return html
    .replace(/data-test-id="order-details-header-action-buttons"/g, 'data-test-id="renamed"')
    .replace(/class="a-box([^"]*)"/g, 'class="box-renamed$1"')
    .replace(/id="MYO-app"/g, 'id="renamed-app"');
}

async function open(fixture: string, html: string, query: string) {
  const sample = samplePage(fixture);
  const url = `${sample.url}${sample.url.includes('?') ? '&' : '?'}${query}`;
  browser.servePage(url, html);
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

describe('panel placement', () => {
  it('puts the panel beside the order id when the known anchors are gone, with the same facts', async () => {
    const fixture = 'amazon/order-detail.us-unshipped.html';
    const original = await open(fixture, readFixture(fixture), 'as=saved');
    const moved = await open(fixture, withoutAnchors(readFixture(fixture)), 'as=changed');
    const facts = async (page: typeof original) => {
      const panel = page.locator('[data-shiplens="panel"]');
      await expect.poll(() => panel.count()).toBe(1);
      await expect.poll(() => panel.getAttribute('data-state')).toBe('ready');
      return {
        order: await panel.getAttribute('data-order-id'),
        destination: await panel.getAttribute('data-destination'),
        channel: await panel.getAttribute('data-channel'),
        placement: await panel.getAttribute('data-placement'),
      };
    };
    const before = await facts(original);
    const after = await facts(moved);
    expect(before.placement).toBe('inline');
    expect(after).toEqual(before);
    // Beside the order id: the panel's host follows the block that shows it.
    const follows = await moved.evaluate(() => {
      const host = document.querySelector('shiplens-panel');
      return host?.previousElementSibling?.textContent ?? '';
    });
    expect(follows).toContain('111-4820913-5627405');
  });

  it('docks an unreadable order page with no place for the panel, and offers a report', async () => {
    const fixture = 'amazon/order-detail.changed-no-order-id.html';
    // No order number anywhere on the page: neither its hooks nor its labels can read it.
    const unreadable = () => withoutAnchors(readFixture(fixture)).replace(/\d{3}-\d{7}-\d{7}/g, '');
    const page = await open(fixture, unreadable(), 'as=docked');
    const panel = page.locator('[data-shiplens="panel"]');
    // With none of its landmarks the page is read as it is after a grace period (3 s).
    await expect.poll(() => panel.count(), { timeout: 8000 }).toBe(1);
    expect(await panel.getAttribute('data-state')).toBe('unread');
    expect(await panel.getAttribute('data-placement')).toBe('docked');
    expect(await page.locator('[data-shiplens="report-page"] button').count()).toBe(1);
    const position = await page.evaluate(
      () => getComputedStyle(document.querySelector('shiplens-panel') as Element).position,
    );
    expect(position).toBe('fixed');
    // Folding keeps only the title bar, and the fold is kept for the console.
    await page.locator('[data-shiplens="panel-fold"]').click();
    await expect.poll(() => page.locator('[data-shiplens="unread"]').count()).toBe(0);
    const again = await open(fixture, unreadable(), 'as=docked-again');
    await expect
      .poll(() => again.locator('[data-shiplens="panel"]').count(), { timeout: 8000 })
      .toBe(1);
    await expect
      .poll(() => again.locator('[data-shiplens="panel-fold"]').getAttribute('aria-expanded'))
      .toBe('false');
  });
});
