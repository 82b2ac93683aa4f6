/**
 * The options page at its extension address, with the console sample pages served at their
 * real addresses: a rate-card import changes the recommendation on a console page, a rules
 * feed is subscribed, updated and kept when an update is bad, and switching to Chinese
 * changes the panel's text.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import { grantHostPermission, openOptions, teamFeedPack } from './extension-pages';
import { openSample, consoleBrowserForTests } from './support';

const ORDER = 'amazon/order-detail.us-unshipped.html';
const browser = consoleBrowserForTests({ perTest: true });

const panel = (page: Page) => page.locator('[data-shiplens="panel"]');

async function recommended(page: Page): Promise<string | null> {
  await expect.poll(() => panel(page).getAttribute('data-state')).toBe('ready');
  return panel(page).getAttribute('data-channel');
}

describe('rate-card import', () => {
  it('previews, names the bad row, applies when told to skip it, and the console page follows', async () => {
    const order = await openSample(browser, ORDER);
    const before = await recommended(order);
    expect(before).not.toBe('yanwen-special-line');

    const options = await openOptions(browser);
    await options.selectOption('select[name="rate-card-target"]', 'yanwen-special-line');
    const csv = [
      'destination,from_g,to_g,per_kg,parcel_fee,currency,notes',
      'US,0,2000,10,0,CNY,our forwarder',
      'Atlantis,0,2000,10,0,CNY,',
      'GB,0,2000,12,0,CNY,',
    ].join('\r\n');
    await options.setInputFiles('input[name="rate-card-file"]', {
      name: 'yanwen-2026-12.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${csv}`),
    });
    const preview = options.getByTestId('rate-card-preview');
    await expect
      .poll(() => preview.locator('[data-line]').allTextContents())
      .toEqual([
        'Line 3unknown destination "Atlantis": use a country code (US), a zone of your rules or *',
      ]);
    expect(
      await preview
        .locator('[data-destination]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-destination'))),
    ).toEqual(['US', 'GB']);
    const apply = options.getByRole('button', { name: 'Apply' });
    expect(await apply.isDisabled()).toBe(true);

    await options.check('input[name="skip-bad-rows"]');
    await apply.click();
    await expect
      .poll(() => options.getByTestId('rate-card-result').textContent())
      .toContain('now uses your card');
    const row = options.locator('[data-section="channels"] tr[data-channel="yanwen-special-line"]');
    await expect.poll(() => row.locator('[data-layer]').getAttribute('data-layer')).toBe('local');

    await order.reload();
    expect(await recommended(order)).toBe('yanwen-special-line');
    expect(
      await panel(order).locator('[data-shiplens="channel"][data-rank="1"]').textContent(),
    ).not.toContain('sample rates');
  });
});

describe('rules feed', () => {
  it('is subscribed, updated with If-None-Match, and a bad update keeps the last good pack', async () => {
    const feedUrl = 'https://rules.example-team.com/shiplens/pack.json';
    let serving: 'good' | 'bad' = 'good';
    const seen: Array<{ ifNoneMatch: string | undefined }> = [];
    await browser.context.route('https://rules.example-team.com/**', (route: Route) => {
      const headers = route.request().headers();
      seen.push({ ifNoneMatch: headers['if-none-match'] });
      if (serving === 'bad') {
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { ETag: '"team-2"' },
          body: '{"schemaVersion": 1, "channels": [',
        });
      }
      if (headers['if-none-match'] === '"team-1"') return route.fulfill({ status: 304, body: '' });
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { ETag: '"team-1"' },
        body: JSON.stringify(teamFeedPack('2026.12.01')),
      });
    });
    await grantHostPermission(browser, 'https://rules.example-team.com/*');

    const options = await openOptions(browser);
    await options.fill('input[name="feed-url"]', feedUrl);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    const feed = options.locator(`[data-feed="${feedUrl}"]`);
    await expect
      .poll(() => feed.getByTestId('feed-version').textContent())
      .toContain('version 2026.12.01');
    await expect
      .poll(() => options.getByTestId('active-version').textContent())
      .toContain('2026.12.01');
    expect(seen).toEqual([{ ifNoneMatch: undefined }]);

    await feed.getByRole('button', { name: 'Update now' }).click();
    await expect
      .poll(() => feed.getByTestId('feed-outcome').textContent())
      .toBe('No change since the last check.');
    expect(seen.at(-1)).toEqual({ ifNoneMatch: '"team-1"' });

    serving = 'bad';
    await feed.getByRole('button', { name: 'Update now' }).click();
    await expect
      .poll(() => feed.getByTestId('feed-error').textContent())
      .toMatch(/Last update failed .*: the feed is not valid JSON/);
    expect(await feed.getByTestId('feed-outcome').textContent()).toBe(
      'Update failed: the last good version is kept.',
    );
    expect(await feed.getByTestId('feed-version').textContent()).toContain('version 2026.12.01');
    expect(await options.getByTestId('active-version').textContent()).toContain('2026.12.01');
  });
});

describe('language', () => {
  it('switching to Chinese changes the options page and the panel on the console page', async () => {
    const order = await openSample(browser, ORDER);
    const en = translator('en');
    const zh = translator('zh-CN');
    await expect
      .poll(() => panel(order).locator('.panel-title').textContent())
      .toBe(en('panelTitle'));

    const options = await openOptions(browser);
    await options.selectOption('select[name="language"]', 'zh-CN');
    await expect.poll(() => options.locator('h1').textContent()).toBe(zh('optionsTitle'));
    expect(await options.locator('#settings-title').textContent()).toBe(zh('navSettings'));

    // Coming back to the console tab picks up the setting.
    await order.bringToFront();
    await order.reload();
    await expect
      .poll(() => panel(order).locator('.panel-title').textContent())
      .toBe(zh('panelTitle'));
  });
});
