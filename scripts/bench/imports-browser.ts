/**
 * Import throughput on the real options page in Chromium with the built extension: a CSV
 * chosen in the file input → the preview shown, then "Apply" → the "saved" notice, written to
 * Chromium's own IndexedDB. Rate cards and SKU weights of 10k and 200k rows
 * (scripts/lib/import-files.ts).
 */
import type { Page } from 'playwright-core';
import { launchConsoleBrowser, type ConsoleBrowser } from '../lib/console-browser';
import { rateCardCsv, skuWeightsCsv } from '../lib/import-files';

interface Figure {
  file: string;
  rows: number;
  previewMs: number;
  applyMs: number;
}

async function optionsPage(browser: ConsoleBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('[data-section="settings"]').waitFor();
  return page;
}

async function choose(page: Page, input: string, name: string, text: string): Promise<number> {
  const start = Date.now();
  await page.setInputFiles(input, { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  return start;
}

async function skuWeights(browser: ConsoleBrowser, rows: number): Promise<Figure> {
  const page = await optionsPage(browser);
  const start = await choose(page, 'input[name="sku-file"]', 'weights.csv', skuWeightsCsv(rows));
  const preview = page.getByTestId('sku-preview');
  await preview.waitFor({ timeout: 120_000 });
  const previewMs = Date.now() - start;
  const applyStart = Date.now();
  await preview.getByRole('button', { name: 'Apply' }).click();
  await page
    .locator('[data-section="sku-weights"] [role="status"].ok', { hasText: 'weights saved' })
    .waitFor({ timeout: 300_000 });
  const applyMs = Date.now() - applyStart;
  await page.close();
  return { file: 'SKU weights (¾ any console)', rows, previewMs, applyMs };
}

async function rateCard(browser: ConsoleBrowser, rows: number): Promise<Figure> {
  const page = await optionsPage(browser);
  await page.selectOption('select[name="rate-card-target"]', 'yanwen-special-line');
  const start = await choose(page, 'input[name="rate-card-file"]', 'card.csv', rateCardCsv(rows));
  const preview = page.getByTestId('rate-card-preview');
  await preview.waitFor({ timeout: 120_000 });
  const previewMs = Date.now() - start;
  const applyStart = Date.now();
  await page
    .locator('[data-section="rate-card"]')
    .getByRole('button', { name: 'Apply', exact: true })
    .click();
  // The notice that the card was applied (the preview has a "no errors" notice of its own).
  await page
    .locator('[data-section="rate-card"] .notice.ok', { hasText: 'now uses your card' })
    .waitFor({ timeout: 300_000 });
  const applyMs = Date.now() - applyStart;
  await page.close();
  return { file: 'rate card', rows, previewMs, applyMs };
}

export async function benchImportsInBrowser(): Promise<void> {
  const browser = await launchConsoleBrowser();
  const figures: Figure[] = [];
  try {
    for (const rows of [10_000, 200_000]) {
      figures.push(await rateCard(browser, rows));
      figures.push(await skuWeights(browser, rows));
    }
  } finally {
    await browser.close();
  }
  const perSecond = (rows: number, ms: number) =>
    Math.round(rows / (ms / 1000)).toLocaleString('en');
  console.log('\n## Import throughput on the options page (Chromium, built extension)\n');
  console.log('| file | rows | file → preview ms | rows/s | apply → saved ms | rows/s |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const figure of figures) {
    console.log(
      `| ${figure.file} | ${figure.rows.toLocaleString('en')} | ${figure.previewMs} | ${perSecond(figure.rows, figure.previewMs)} | ${figure.applyMs} | ${perSecond(figure.rows, figure.applyMs)} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImportsInBrowser();
