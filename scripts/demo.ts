/**
 * `npm run demo`: the built extension in Chromium on every bundled sample console page,
 * served at its real address with no network and no seller account. With a display, the
 * pages open in tabs and stay open until you close the browser (or press Ctrl+C); without
 * one, a screenshot of each page is written and the paths are printed.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchConsoleBrowser, readFixture, root } from './lib/console-browser';
import { allPages } from '../test/e2e/pages';

const outputDir = join(root, 'demo-output');
const headed = Boolean(process.env.DISPLAY) && process.env.SHIPLENS_HEADLESS !== '1';

const browser = await launchConsoleBrowser({
  headless: !headed,
  viewport: { width: 1280, height: 1000 },
});
if (headed) {
  for (const sample of allPages) {
    browser.servePage(sample.url, readFixture(sample.fixture));
    await (await browser.context.newPage()).goto(sample.url);
  }
  console.log(`ShipLens is running on ${allPages.length} sample pages. Close the browser to stop.`);
  await new Promise((resolve) => browser.context.on('close', resolve));
} else {
  mkdirSync(outputDir, { recursive: true });
  const written: string[] = [];
  for (const sample of allPages) {
    const page = await browser.context.newPage();
    browser.servePage(sample.url, readFixture(sample.fixture));
    await page.goto(sample.url);
    // The panel or badges, whichever the page has; pages that must stay untouched get a moment.
    await page
      .locator('[data-shiplens="panel"], [data-shiplens="badge"], [data-shiplens="form-warnings"]')
      .first()
      .waitFor({ timeout: sample.expectPanel || sample.expectBadges > 0 ? 10_000 : 1_000 })
      .catch(() => undefined);
    const file = join(outputDir, sample.fixture.replace(/\.html$/, '.png'));
    mkdirSync(join(file, '..'), { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    written.push(`${relative(root, file)}  ←  ${sample.url}`);
    await page.close();
  }
  await browser.close();
  console.log(`No display: wrote a screenshot of each sample page with ShipLens running:\n`);
  for (const line of written) console.log(`  ${line}`);
}
