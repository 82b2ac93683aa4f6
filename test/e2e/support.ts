import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  launchConsoleBrowser,
  readFixture,
  type ConsoleBrowser,
} from '../../scripts/lib/console-browser';
import { evidenceOf } from '../fixtures/tracking/formats';
import { allPages, type SamplePage } from './pages';

/**
 * Chromium with the built extension for the tests of one file: launched before them and closed
 * after, or a fresh one for each test (`perTest`) where a test changes settings the next must
 * not see. The returned browser is usable inside tests and hooks that run after the launch.
 */
export function consoleBrowserForTests({ perTest = false } = {}): ConsoleBrowser {
  let launched: ConsoleBrowser | undefined;
  const current = (): ConsoleBrowser => {
    if (!launched)
      throw new Error('The test browser is launched before the tests: use it inside one');
    return launched;
  };
  (perTest ? beforeEach : beforeAll)(async () => {
    launched = await launchConsoleBrowser();
  });
  (perTest ? afterEach : afterAll)(async () => {
    await launched?.close();
    launched = undefined;
  });
  return {
    get context() {
      return current().context;
    },
    get worker() {
      return current().worker;
    },
    get extensionId() {
      return current().extensionId;
    },
    servePage: (url, html) => current().servePage(url, html),
    close: () => current().close(),
  };
}

export function samplePage(fixture: string): SamplePage {
  const sample = allPages.find((page) => page.fixture === fixture);
  if (!sample) throw new Error(`No sample page ${fixture} in test/e2e/pages`);
  return sample;
}

/** Serve a sample page at its real address and open it. */
export async function openSample(browser: ConsoleBrowser, fixture: string): Promise<Page> {
  const sample = samplePage(fixture);
  browser.servePage(sample.url, readFixture(sample.fixture));
  const page = await browser.context.newPage();
  await page.goto(sample.url);
  return page;
}

/** A valid test number of a tracking format, from the format's test-side evidence. */
export function validNumber(formatId: string): string {
  const number = evidenceOf(formatId).valid[0];
  if (!number) throw new Error(`No valid test number for ${formatId}`);
  return number.replace(/\s+/g, '');
}
