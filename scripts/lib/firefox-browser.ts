/**
 * Debian's Firefox ESR with the built Firefox add-on installed, serving saved console pages
 * at their real addresses with no network, like `console-browser.ts` does for Chromium.
 * Driven over WebDriver BiDi with puppeteer-core, which installs the unpacked add-on
 * (`.output/firefox-mv2`) as a temporary add-on: no geckodriver and no Firefox download.
 */
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { root } from './console-browser';

export const firefoxExtensionDir = join(root, '.output/firefox-mv2');

export interface FirefoxConsoleBrowser {
  browser: Browser;
  /** The add-on's id (`browser_specific_settings.gecko.id`). */
  addonId: string;
  /** Open a new tab that serves `html` as the document at `url`, and go there. */
  openPage(url: string, html: string): Promise<Page>;
  close(): Promise<void>;
}

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

export async function launchFirefox(): Promise<FirefoxConsoleBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // This machine has no network: keep Firefox from dialling out.
      'network.dns.disableIPv6': true,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'extensions.update.enabled': false,
      // Lets the smoke test read back what a copy button wrote, without a paste prompt.
      'dom.events.testing.asyncClipboard': true,
    },
  });
  const addonId = await browser.installExtension(firefoxExtensionDir);
  return {
    browser,
    addonId,
    async openPage(url, html) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // BiDi requests carry no resource type: the page's own address is the document.
        void request.respond(
          request.url() === url
            ? { status: 200, contentType: 'text/html; charset=utf-8', body: html }
            : { status: 404, body: '' },
        );
      });
      await page.goto(url);
      return page;
    },
    close: () => browser.close(),
  };
}
