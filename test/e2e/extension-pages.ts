/** The extension's own pages in the test browser, and what a seller would click through. */
import type { Page } from 'playwright-core';
import type { ConsoleBrowser } from '../../scripts/lib/console-browser';
import { defaultPack } from '../../utils/rules/pack/bundled-pack';
import type { RulesPack } from '../../utils/rules/pack/schema';

export async function openOptions(browser: ConsoleBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('[data-section="settings"]').waitFor();
  return page;
}

/**
 * The popup, opened as a tab of its own after `before`: it reports on the tab used just
 * before it (utils/popup/current-tab.ts), as a real popup reports on the active tab.
 */
export async function openPopup(browser: ConsoleBrowser, before: Page): Promise<Page> {
  await before.bringToFront();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

/**
 * Allow the extension to read `pattern`, as the seller's "Allow" on the permission prompt
 * would: the prompt is browser UI that Playwright cannot click, so the grant goes through
 * chrome://extensions (the site-access settings use the same call). After it,
 * `permissions.request` for that origin resolves true at once.
 */
export async function grantHostPermission(browser: ConsoleBrowser, pattern: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome://extensions/?id=${browser.extensionId}`);
  await page.evaluate(
    ([id, host]) =>
      (
        globalThis as unknown as {
          chrome: {
            developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
          };
        }
      ).chrome.developerPrivate.addHostPermission(id, host),
    [browser.extensionId, pattern] as const,
  );
  await page.close();
}

/** A team's feed: the bundled pack under another name and version. */
export function teamFeedPack(version: string): RulesPack {
  return { ...defaultPack, id: 'team-rules', name: 'Team rules', version, published: '2026-12-01' };
}
