/**
 * Every sample console page, served at its real address to Chromium with the built
 * extension: the panel with the expected channel, a badge per list row, copy buttons exactly
 * where the tracking numbers are, and nothing on pages that are not order pages.
 */
import { describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { readFixture } from '../../scripts/lib/console-browser';
import { allPages } from './pages';
import { expectedChannels } from './expected-channels';
import { consoleBrowserForTests } from './support';

const browser = consoleBrowserForTests();

describe.each(allPages)('$fixture at $url', (sample) => {
  it('shows what the page calls for, and only that', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message: ConsoleMessage) => {
      if (message.text().includes('[ShipLens]')) problems.push(message.text());
    });
    // Served per test: two variants of one order (eBay before and after its fragments are
    // placed) share an address.
    browser.servePage(sample.url, readFixture(sample.fixture));
    await page.goto(sample.url);
    const panel = page.locator('[data-shiplens="panel"]');
    if (sample.expectPanel) {
      await expect.poll(() => panel.count()).toBe(1);
      const channel = expectedChannels[sample.fixture];
      if (channel !== undefined) {
        await expect.poll(() => panel.getAttribute('data-channel')).toBe(channel);
      }
    }
    if (sample.expectBadges > 0) {
      await expect
        .poll(() => page.locator('[data-shiplens="badge"]').count())
        .toBe(sample.expectBadges);
    }
    if (sample.trackingNumbers.length > 0) {
      await expect
        .poll(() => page.locator('[data-shiplens="copy-tracking"]').count())
        .toBe(sample.trackingNumbers.length);
    }
    // Give the content script time to do anything it should not have done.
    await page.waitForTimeout(300);
    expect(await panel.count()).toBe(sample.expectPanel ? 1 : 0);
    expect(await page.locator('[data-shiplens="badge"]').count()).toBe(sample.expectBadges);
    const numbers = await page
      .locator('[data-shiplens="copy-tracking"]')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-tracking')));
    expect(numbers).toEqual(sample.trackingNumbers);
    if (sample.trackingCarriers) {
      const carriers = await page
        .locator('[data-shiplens="copy-tracking"]')
        .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-carrier')));
      expect(carriers).toEqual(sample.trackingCarriers);
    }
    // Every injected element is a shiplens-* element with an open shadow root.
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('shiplens-'))
        .map((element) => element.shadowRoot !== null),
    );
    expect(hosts.every(Boolean)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
