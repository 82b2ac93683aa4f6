/**
 * The compliance ledger end to end: shipped orders seen on detail and list pages and a
 * submitted ship form are recorded by the background; the options page's Compliance rows,
 * the popup and the panel nudge then show the same tallies. And the FBA first leg: the
 * Send to Amazon sample page shows a recommendation, and the options planner gives the
 * command line's answer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/rules-cli';
import type { FirstLegResult } from '../../utils/rules/engine/first-leg';
import { openOptions, openPopup } from './extension-pages';
import { openSample, samplePage, validNumber, consoleBrowserForTests } from './support';

const browser = consoleBrowserForTests();

async function visit(fixture: string, ready: string): Promise<void> {
  const page = await openSample(browser, fixture);
  await page.locator(ready).first().waitFor();
  // List rows are read in slices: wait for every row's badge before leaving.
  const { expectBadges } = samplePage(fixture);
  await expect.poll(() => page.locator('[data-shiplens="badge"]').count()).toBe(expectBadges);
  await page.close();
}

function row(options: Awaited<ReturnType<typeof openOptions>>, consoleId: string, scope: string) {
  return options.locator(
    `[data-shiplens="compliance-row"][data-console="${consoleId}"][data-scope="${scope}"]`,
  );
}

describe('compliance ledger', () => {
  it('records what the console pages showed, once each, and every view agrees', async () => {
    // Amazon: two shipped orders (USPS and China Post, both numbers valid for their
    // carrier); the list repeats the first one and an FBA order (not counted).
    await visit(
      'amazon/order-detail.us-shipped.html',
      '[data-shiplens="panel"][data-state="ready"]',
    );
    await visit(
      'amazon/order-detail.uk-shipped.html',
      '[data-shiplens="panel"][data-state="ready"]',
    );
    await visit('amazon/order-list.us-mixed.html', '[data-shiplens="badge"]');
    // A confirm-shipment submitted with a China Post number under UPS: invalid tracking.
    const form = await openSample(browser, 'amazon/ship-form.confirm-shipment-us.html');
    await form.locator('[data-shiplens="form-warnings"]').waitFor();
    await form.evaluate(() =>
      document.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault()),
    );
    await form.selectOption('[data-test-id="tvs-carrier-dropdown"] select', 'UPS');
    await form
      .locator('input[data-test-id="text-input-tracking-id"]')
      .fill(validNumber('china-post-registered'));
    await form
      .locator('[data-shiplens="warning"][data-policy="amazon-vtr-tracking-mismatch"]')
      .waitFor();
    await form.locator('[data-test-id="confirm-shipment-button-action"] input').click();
    // eBay: one shipped order to Canada (US$14.98) on an ePacket number, detail and list.
    await visit('ebay/order-detail.shipped.html', '[data-shiplens="panel"][data-state="ready"]');
    await visit('ebay/order-list.all-orders.html', '[data-shiplens="badge"]');
    // Wish: four shipped WishPost orders from China.
    await visit('wish/order-list.history.html', '[data-shiplens="badge"]');

    const options = await openOptions(browser);
    const vtr = row(options, 'amazon', 'all');
    await expect.poll(() => vtr.getAttribute('data-count')).toBe('3');
    expect(Number(await vtr.getAttribute('data-share'))).toBeCloseTo(2 / 3, 6);
    expect(await vtr.getAttribute('data-target')).toBe('0.95');
    const auCa = row(options, 'ebay', 'AU-CA-high-value');
    await expect.poll(() => auCa.getAttribute('data-count')).toBe('1');
    expect(await auCa.getAttribute('data-share')).toBe('0');
    const wish = row(options, 'wish', 'CN-origin');
    await expect.poll(() => wish.getAttribute('data-count')).toBe('4');
    expect(await wish.getAttribute('data-share')).toBe('1');
    expect(await wish.getAttribute('data-target')).toBe('1');
    // Nothing seen for the UK: no share.
    expect(await row(options, 'ebay', 'GB').getAttribute('data-count')).toBe('0');
    expect(await options.getByTestId('compliance-ledger-size').textContent()).toBe(
      '8 shipments in the ledger.',
    );
    expect(await vtr.locator('svg[data-shiplens="compliance-chart"] rect.chart-bar').count()).toBe(
      1,
    );

    // An unshipped Amazon order: the panel nudges with the tally the popup lists.
    const order = await openSample(browser, 'amazon/order-detail.us-unshipped.html');
    const nudge = order.locator('[data-shiplens="compliance-nudge-line"]');
    await nudge.waitFor();
    const nudgeText = await nudge.textContent();
    expect(nudgeText).toBe(
      'Valid Tracking Rate (estimate), last 30 days: 67% of 3 shipments, target 95% — enter a tracking number that fits its carrier',
    );
    const popup = await openPopup(browser, order);
    const alerts = popup.locator('[data-shiplens="compliance-alert"]');
    await expect.poll(() => alerts.count()).toBe(1);
    expect(await alerts.textContent()).toBe(nudgeText);
    expect(await alerts.getAttribute('data-count')).toBe('3');
    await popup.close();

    // Seen again: still recorded once.
    await visit(
      'amazon/order-detail.us-shipped.html',
      '[data-shiplens="panel"][data-state="ready"]',
    );
    await options.reload();
    await expect.poll(() => vtr.getAttribute('data-count')).toBe('3');

    // Clearing empties every tally.
    await options.getByRole('button', { name: 'Clear ledger' }).click();
    await options.getByRole('button', { name: 'Delete them' }).click();
    await expect.poll(() => vtr.getAttribute('data-count')).toBe('0');
    await options.close();
  });
});

describe('FBA first leg', () => {
  it('recommends a first-leg line on the Send to Amazon sample page', async () => {
    const page = await openSample(browser, 'amazon/fba-inbound.send-to-amazon-us.html');
    const advice = page.locator('[data-shiplens="first-leg"]');
    await advice.waitFor();
    // 40 boxes, 600 kg, 3.2 CBM from 2026-12-05, in stock by 2027-02-03 (60 days).
    expect(await advice.getAttribute('data-channel')).toBe('fba-sea-lcl-us');
    expect(await page.locator('[data-shiplens="first-leg-option"]').count()).toBeGreaterThan(3);
    await page.close();
  });

  it('plans in options exactly what the command line answers', async () => {
    const cli = firstLegCli({});
    const options = await openOptions(browser);
    await expectPlannerToAnswer(options, cli);
    await options.close();
  });

  it('imports a forwarder card by CSV; the planner, the Send to Amazon page and the command line then agree', async () => {
    // The sample card, and one row too many whose price is a word.
    const sample = readFileSync('public/samples/first-leg-sample.csv', 'utf8').trimEnd();
    const csv = `${sample}\r\n,Broken boat,Sample Forwarder,sea-lcl,CN,US,CNY,,,,,free,,,,,,30,40,\r\n`;
    const options = await openOptions(browser);
    const cards = options.getByTestId('first-leg-cards');
    await cards.locator('input[name="first-leg-file"]').setInputFiles({
      name: 'forwarder-2026-12.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const preview = cards.getByTestId('first-leg-preview');
    await expect
      .poll(() => preview.locator('[data-line]').allTextContents())
      .toEqual(['Line 7per_cbm must be a number above 0 such as 38.5']);
    expect(await preview.getByTestId('first-leg-card').count()).toBe(5);
    const apply = preview.getByRole('button', { name: 'Apply' });
    expect(await apply.isDisabled()).toBe(true);
    await preview.locator('input[name="skip-bad-rows"]').check();
    await apply.click();
    await expect
      .poll(() => cards.getByTestId('first-leg-result').textContent())
      .toContain('5 first-leg lines saved');
    // The card's fba-air-us replaced the bundled sample in place; the others were added.
    const listed = cards.locator(':scope > .table-wrap [data-testid="first-leg-card"]');
    await expect.poll(() => listed.count()).toBe(11);
    expect(await listed.locator('text=your card').count()).toBe(5);

    // The command line with the same card (the good rows) answers what the planner answers.
    const cli = firstLegCli({}, '--card', 'public/samples/first-leg-sample.csv');
    expect(cli.recommended).toBe('local-fl-matson-sea-express');
    await expectPlannerToAnswer(options, cli);

    // The Send to Amazon page asks the background, which costs the same active pack.
    const page = await openSample(browser, 'amazon/fba-inbound.send-to-amazon-us.html');
    const advice = page.locator('[data-shiplens="first-leg"]');
    await advice.waitFor();
    expect(await advice.getAttribute('data-channel')).toBe('local-fl-matson-sea-express');
    await page.close();

    // Removing the imported line brings the bundled answer back.
    await cards
      .locator('[data-line-id="local-fl-matson-sea-express"]')
      .getByRole('button', { name: 'Remove local version' })
      .click();
    await expect.poll(() => listed.count()).toBe(10);
    const rest = sample
      .split('\n')
      .filter((line) => !line.includes('Matson'))
      .join('\n');
    await expectPlannerToAnswer(options, firstLegCli({ 'rest.csv': rest }, '--card', 'rest.csv'));
    await options.close();
  });
});

/** `rules first-leg test/fixtures/first-leg/us-plan.json [args]`, parsed; `files` stand in for files. */
function firstLegCli(files: Record<string, string>, ...args: string[]): FirstLegResult {
  const out: string[] = [];
  expect(
    runCli(['first-leg', 'test/fixtures/first-leg/us-plan.json', ...args], {
      out: (line) => out.push(line),
      err: () => undefined,
      readText: (file) => files[file] ?? readFileSync(file, 'utf8'),
    }),
  ).toBe(0);
  return JSON.parse(out.join('\n')) as FirstLegResult;
}

/** The plan of us-plan.json typed into the options planner gives the command line's answer. */
async function expectPlannerToAnswer(
  options: Awaited<ReturnType<typeof openOptions>>,
  cli: FirstLegResult,
): Promise<void> {
  const planner = options.getByTestId('first-leg-planner');
  await planner.locator('select[name="destination"]').selectOption('US');
  await planner.locator('input[name="readyDate"]').fill('2026-12-05');
  await planner.locator('input[name="neededBy"]').fill('2027-02-28');
  const line = planner.getByTestId('carton-line');
  await line.locator('input[name="count"]').fill('40');
  await line.locator('input[name="weightKg"]').fill('15');
  await line.locator('input[name="lengthCm"]').fill('50');
  await line.locator('input[name="widthCm"]').fill('40');
  await line.locator('input[name="heightCm"]').fill('40');
  await planner.getByRole('button', { name: 'Plan the first leg' }).click();
  // A second plan redraws the same advice: wait for its answer, not for the element.
  const advice = planner.locator('[data-shiplens="first-leg"]');
  await expect.poll(() => advice.getAttribute('data-channel')).toBe(cli.recommended);
  const rows = planner.locator('[data-shiplens="first-leg-option"]');
  await expect
    .poll(() =>
      rows.evaluateAll((list) =>
        list.map((el) => [el.getAttribute('data-channel'), el.getAttribute('data-eligible')]),
      ),
    )
    .toEqual(cli.options.map((option) => [option.channelId, String(option.eligible)]));
}
