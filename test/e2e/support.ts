import type { Page } from 'playwright-core';
import type { ConsoleBrowser } from '../../scripts/lib/console-browser';
import { readFixture } from '../../scripts/lib/console-browser';
import { evidenceOf } from '../fixtures/tracking/formats';
import { allPages, type SamplePage } from './pages';

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
