/**
 * The smoke test in Firefox: Debian's firefox-esr with the built Firefox add-on
 * (`.output/firefox-mv2`, made by `npm run test:e2e`), driven over WebDriver BiDi with
 * puppeteer-core. The panel on an order page, a copy button that copies, and the Wish
 * "ship anyway" gate, on the saved console pages served at their real addresses.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../scripts/lib/console-browser';
import { launchFirefox, type FirefoxConsoleBrowser } from '../../../scripts/lib/firefox-browser';
import { consoleSubmits, countConsoleSubmits, FULFIL_FORM } from '../console-submits';
import { samplePage, validNumber } from '../support';

let firefox: FirefoxConsoleBrowser;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => firefox?.close());

function open(fixture: string): Promise<Page> {
  const sample = samplePage(fixture);
  return firefox.openPage(sample.url, readFixture(sample.fixture));
}

/** Puppeteer's `>>>` pierces open shadow roots, where our hooks live. */
const hook = (selector: string) => `>>> ${selector}`;

async function waitFor(page: Page, selector: string): Promise<ElementHandle> {
  const element = await page.waitForSelector(selector);
  if (!element) throw new Error(`${selector} never appeared`);
  return element;
}

describe('Firefox ESR with the built add-on', () => {
  it('installs as the add-on the manifest names', () => {
    expect(firefox.addonId).toBe('shiplens@shiplens.dev');
  });

  it('draws the panel on an Amazon order page', async () => {
    const page = await open('amazon/order-detail.us-unshipped.html');
    const panel = await waitFor(page, hook('[data-shiplens="panel"][data-state="ready"]'));
    const attributes = await panel.evaluate((element) => ({
      order: element.getAttribute('data-order-id'),
      destination: element.getAttribute('data-destination'),
      channel: element.getAttribute('data-channel'),
    }));
    expect(attributes.order).toBe('111-4820913-5627405');
    expect(attributes.destination).toBe('US');
    expect(attributes.channel).toMatch(/\S/);
    await page.close();
  });

  it('copies a tracking number with its copy button', async () => {
    const fixture = 'amazon/order-detail.uk-shipped.html';
    const page = await open(fixture);
    const button = await waitFor(page, hook('[data-shiplens="copy-tracking"]'));
    const number = await button.evaluate((element) => element.getAttribute('data-tracking'));
    expect(number).toBe(samplePage(fixture).trackingNumbers[0]);
    await button.click();
    await page.waitForFunction((element) => element.textContent?.includes('Copied'), {}, button);
    // Read back through the page: the test pref lets a page read the clipboard unprompted.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(number);
    await page.close();
  });

  it('holds the Wish fulfil form for a non-WishPost carrier until "ship anyway"', async () => {
    const page = await open('wish/ship-form.fulfill-en.html');
    await page.evaluate(countConsoleSubmits, [FULFIL_FORM, null] as const);
    const submits = () => page.evaluate(consoleSubmits);
    await page.waitForSelector(hook('[data-shiplens="form-warnings"]'));
    await page.type('input[aria-labelledby="carrier-label"]', 'China Post');
    await page.type('#tracking-number', validNumber('china-post-registered'));
    await page.waitForSelector(
      hook('[data-shiplens="warning"][data-policy="wish-wishpost-mandatory"]'),
    );

    const submit = `${FULFIL_FORM} button[type="submit"]`;
    await page.click(submit);
    await page.waitForSelector(hook('[data-shiplens="ship-anyway-gate"] .blocked'));
    expect(await submits()).toBe(0);

    await page.click(hook('[data-shiplens="ship-anyway"]'));
    await page.waitForSelector(hook('[data-shiplens="ship-anyway-confirmed"]'));
    await page.click(submit);
    await page.waitForFunction(consoleSubmits);
    await page.close();
  });
});
