/**
 * Copying tracking numbers in Chromium with the built extension: a click puts the number on
 * the clipboard (read back), the keyboard works too, and "copy all" copies exactly the
 * list's numbers, one per line, in page order.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSample, samplePage, validNumber, consoleBrowserForTests } from './support';

const browser = consoleBrowserForTests();

async function clipboardOf(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

async function allowClipboard(fixture: string): Promise<void> {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(samplePage(fixture).url).origin,
  });
}

describe('copy one tracking number', () => {
  it('copies on click and says so', async () => {
    const fixture = 'amazon/order-detail.uk-shipped.html';
    await allowClipboard(fixture);
    const page = await openSample(browser, fixture);
    const button = page.locator('[data-shiplens="copy-tracking"]').first();
    const number = await button.getAttribute('data-tracking');
    expect(number).toBe(samplePage(fixture).trackingNumbers[0]);
    await button.click();
    await expect.poll(() => clipboardOf(page)).toBe(number);
    expect(await button.textContent()).toContain('Copied');
    await page.close();
  });

  it('is reachable and usable from the keyboard', async () => {
    const fixture = 'ebay/order-detail.shipped.html';
    await allowClipboard(fixture);
    const page = await openSample(browser, fixture);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const button = page.locator('[data-shiplens="copy-tracking"]').first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboardOf(page)).toBe(await button.getAttribute('data-tracking'));
    await page.close();
  });
});

describe('tracking numbers in running text', () => {
  it('get a copy button too, and order ids, phones and dates beside them do not', async () => {
    const fixture = 'amazon/order-detail.us-unshipped.html';
    const page = await openSample(browser, fixture);
    await page.locator('[data-shiplens="panel"]').waitFor();
    const number = validNumber('china-post-registered');
    // A buyer-message widget of the console, rendered after load.
    await page.evaluate((number) => {
      const note = document.createElement('p');
      note.textContent = `Buyer wrote on Nov 24, 2026: order 111-4820913-5627405 arrived damaged, call +1 217-555-0143. Replacement sent as ${number}.`;
      document.querySelector('#MYO-app')?.append(note);
    }, number);
    const buttons = page.locator('[data-shiplens="copy-tracking"]');
    await expect.poll(() => buttons.count()).toBe(1);
    expect(await buttons.getAttribute('data-tracking')).toBe(number);
    expect(await buttons.getAttribute('data-verified')).toBe('true');
    await page.close();
  });
});

describe('copy all tracking numbers on a list', () => {
  for (const fixture of ['ebay/order-list.all-orders.html', 'wish/order-list.history.html']) {
    it(`copies exactly the rows' numbers on ${fixture}`, async () => {
      await allowClipboard(fixture);
      const page = await openSample(browser, fixture);
      const expected = [...new Set(samplePage(fixture).trackingNumbers)];
      const copyAll = page.locator('[data-shiplens="copy-all-tracking"]');
      await expect.poll(() => copyAll.getAttribute('data-count')).toBe(String(expected.length));
      await copyAll.click();
      await expect.poll(() => clipboardOf(page)).toBe(expected.join('\n'));
      await page.close();
    });
  }
});
