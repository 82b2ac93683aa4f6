/**
 * Frames and pages placed in pieces, in Chromium with the built extension. eBay opens "Add
 * tracking" from the order page in an iframe (`/ship/trk/trackings`, inside the order page's
 * `.iframe-overlay` lightbox): the frame's own script gives its form the live checks, and the
 * order page keeps its one panel. eBay streams its order page in fragments placed over a
 * second or more: the panel ends complete, and there is never more than one.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../scripts/lib/console-browser';
import { consoleSubmits, countConsoleSubmits, FULFIL_FORM } from './console-submits';
import { openPopup } from './extension-pages';
import { openSample, samplePage, validNumber, consoleBrowserForTests } from './support';

const browser = consoleBrowserForTests();

const ORDER = 'ebay/order-detail.unshipped.html';
const TRACKINGS = 'ebay/ship-form.trackings.html';

/**
 * The order page with its panel, then what eBay's "Add tracking" does there: the lightbox
 * opens on the form's address; resolves once the frame's live checks are drawn.
 */
async function orderWithAddTracking(): Promise<{ page: Page; frame: Frame }> {
  const form = samplePage(TRACKINGS);
  browser.servePage(form.url, readFixture(form.fixture));
  const page = await openSample(browser, ORDER);
  await page.locator('[data-shiplens="panel"][data-state="ready"]').waitFor();
  await page.evaluate((src) => {
    const overlay = document.querySelector('.iframe-overlay [role="dialog"]') as HTMLElement;
    overlay.hidden = false;
    const frame = overlay.querySelector('iframe') as HTMLIFrameElement;
    frame.src = src;
  }, form.url);
  const frame = await frameAt(page, form.url);
  await frame.locator('[data-shiplens="form-warnings"]').waitFor();
  return { page, frame };
}

/** The page's frame at `url`, once it has loaded. */
async function frameAt(page: Page, url: string): Promise<Frame> {
  const find = () => page.frames().find((candidate) => candidate.url() === url);
  await expect.poll(find).toBeDefined();
  const frame = find();
  if (!frame) throw new Error(`no frame at ${url}`);
  return frame;
}

const hostsIn = (target: Page | Frame, kind: string) =>
  target.evaluate(
    (kind) => document.querySelectorAll(`[data-shiplens-kind="${kind}"]`).length,
    kind,
  );

describe("eBay's add-tracking iframe on the order page", () => {
  it('gets its live checks inside the frame, and the order page keeps one panel', async () => {
    const { page, frame } = await orderWithAddTracking();
    await frame.getByRole('combobox', { name: 'Carrier' }).fill('Yanwen');
    await frame.locator('.add-tracking-control__input input').fill(validNumber('yanwen-s10'));
    const ruled = frame.locator(
      '[data-shiplens="warning"][data-policy="ebay-cn-tw-integrated-service"]',
    );
    await expect.poll(() => ruled.count()).toBeGreaterThan(0);

    // One owner per frame: the checks are the frame's, the panel is the order page's.
    expect(await hostsIn(frame, 'form-warnings')).toBe(1);
    expect(await hostsIn(frame, 'panel')).toBe(0);
    expect(await hostsIn(page, 'panel')).toBe(1);
    expect(await hostsIn(page, 'form-warnings')).toBe(0);

    await frame.getByRole('combobox', { name: 'Carrier' }).fill('SpeedPAK Economy');
    await frame.locator('.add-tracking-control__input input').fill(validNumber('speedpak'));
    await expect.poll(() => ruled.count()).toBe(0);
    await page.close();
  });

  it('answers the popup from the order page, not from the frame', async () => {
    const { page } = await orderWithAddTracking();
    const popup = await openPopup(browser, page);
    const where = popup.getByTestId('popup-where');
    await expect.poll(() => where.getAttribute('data-page-kind')).toBe('order-detail');
    expect(await popup.getByTestId('popup-order').getAttribute('data-read')).toBe('true');
    await popup.close();
    await page.close();
  });
});

describe('the Wish gate inside a frame', () => {
  it('holds the framed fulfil form and shows its gate in the frame, the top page has none', async () => {
    // A reconstruction: a Wish page that embeds its fulfil form in an iframe, as eBay does.
    const top = 'https://merchant.wish.com/orders/unfulfilled';
    const fulfil = samplePage('wish/ship-form.fulfill-en.html');
    browser.servePage(fulfil.url, readFixture(fulfil.fixture));
    browser.servePage(
      top,
      `<!DOCTYPE html><html lang="en"><head><title>Orders</title></head><body>
       <h1>Unfulfilled orders</h1><iframe src="${fulfil.url}" width="900" height="700"></iframe>
       </body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(top);
    const frame = await frameAt(page, fulfil.url);
    await frame.locator('[data-shiplens="form-warnings"]').waitFor();
    await frame.evaluate(countConsoleSubmits, [FULFIL_FORM, null] as const);
    const submits = () => frame.evaluate(consoleSubmits);
    await frame.getByRole('combobox', { name: 'Shipping Carrier' }).fill('China Post');
    await frame.locator('#tracking-number').fill(validNumber('china-post-registered'));
    await frame.locator('[data-shiplens="ship-anyway-gate"]').waitFor();
    await frame.locator('#tracking-number').press('Enter');
    await frame.evaluate(
      (form) => document.querySelector<HTMLFormElement>(form)?.requestSubmit(),
      FULFIL_FORM,
    );
    expect(await submits()).toBe(0);
    expect(await hostsIn(page, 'form-warnings')).toBe(0);
    await frame.locator('[data-shiplens="ship-anyway"]').click();
    await frame.locator('[data-shiplens="ship-anyway-confirmed"]').waitFor();
    await frame.locator('#tracking-number').press('Enter');
    expect(await submits()).toBe(1);
    await page.close();
  });
});

describe('an eBay order page placed in fragments over 1.5 s', () => {
  /**
   * The saved page, with a script that takes its widgets out before ShipLens starts and puts
   * them back one by one over 1.5 s (the order's item info last, as eBay places it), while
   * counting the most panels ever on the page at once.
   */
  function streamed(html: string): string {
    const script = `<script>
      window.mostPanels = 0;
      new MutationObserver(() => {
        const panels = document.querySelectorAll('[data-shiplens-kind="panel"]').length;
        window.mostPanels = Math.max(window.mostPanels, panels);
      }).observe(document.documentElement, { childList: true, subtree: true });
      const pieces = [
        ...document.querySelectorAll('.wrapper > .side > *, .wrapper > .content > *'),
        ...document.querySelectorAll('.item-tile'),
      ].map((element) => {
        const mark = document.createComment('fragment');
        element.replaceWith(mark);
        return { element, mark };
      });
      pieces.forEach(({ element, mark }, index) =>
        setTimeout(() => mark.replaceWith(element), ((index + 1) * 1500) / pieces.length));
      window.placed = () => document.querySelectorAll('.wrapper .widget').length;
    </script>`;
    return html.replace('</body>', `${script}</body>`);
  }

  const panelOf = (page: Page) =>
    page.locator('[data-shiplens="panel"]').evaluate((panel) => ({
      state: panel.getAttribute('data-state'),
      order: panel.getAttribute('data-order-id'),
      destination: panel.getAttribute('data-destination'),
      channel: panel.getAttribute('data-channel'),
      text: panel.textContent,
    }));

  it('ends in one complete panel, the same as on the whole page, never two', async () => {
    const whole = await openSample(browser, ORDER);
    await whole.locator('[data-shiplens="panel"][data-state="ready"]').waitFor();
    const expected = await panelOf(whole);
    await whole.close();

    const sample = samplePage(ORDER);
    browser.servePage(sample.url, streamed(readFixture(sample.fixture)));
    const page = await browser.context.newPage();
    await page.goto(sample.url);
    await page.waitForFunction(() => (window as unknown as { mostPanels: number }).mostPanels >= 1);
    // Past the last fragment (1.5 s), and a moment for the passes it causes.
    await page.waitForTimeout(2000);
    expect(await panelOf(page)).toEqual(expected);
    expect(
      await page.evaluate(() => (window as unknown as { mostPanels: number }).mostPanels),
    ).toBe(1);
    expect(await hostsIn(page, 'panel')).toBe(1);
    await page.close();
    browser.servePage(sample.url, readFixture(sample.fixture));
  });
});
