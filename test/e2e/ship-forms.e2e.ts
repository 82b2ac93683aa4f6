/**
 * Live warnings on the ship forms, in Chromium with the built extension: a tracking number
 * that does not fit the chosen carrier warns, and the warning goes when it is fixed; a choice
 * the platform fines holds the submit until "ship anyway" is confirmed in our UI.
 */
import { describe, expect, it } from 'vitest';
import { consoleSubmits, countConsoleSubmits, FULFIL_FORM } from './console-submits';
import { openSample, validNumber, consoleBrowserForTests } from './support';

const browser = consoleBrowserForTests();

describe('Amazon confirm-shipment', () => {
  it('warns while the tracking number does not belong to the carrier, and stops when fixed', async () => {
    const page = await openSample(browser, 'amazon/ship-form.confirm-shipment-us.html');
    const vtr = page.locator(
      '[data-shiplens="warning"][data-policy="amazon-vtr-tracking-mismatch"]',
    );
    await page.locator('[data-shiplens="form-warnings"]').waitFor();
    await page.selectOption('[data-test-id="tvs-carrier-dropdown"] select', 'UPS');
    const tracking = page.locator('input[data-test-id="text-input-tracking-id"]');
    await tracking.fill(validNumber('china-post-registered'));
    await expect.poll(() => vtr.count()).toBe(1);
    expect(await vtr.getAttribute('data-severity')).toBe('critical');
    await tracking.fill(validNumber('ups-1z'));
    await expect.poll(() => vtr.count()).toBe(0);
    await page.close();
  });
});

describe('AliExpress declare shipment', () => {
  it('warns when the tracking number does not belong to the chosen service (false shipment)', async () => {
    const page = await openSample(browser, 'aliexpress/ship-form.declare-zh.html');
    const mismatch = page.locator(
      '[data-shiplens="warning"][data-policy="aliexpress-false-shipment-tracking-mismatch"]',
    );
    await page.locator('[data-shiplens="form-warnings"]').waitFor();
    // What Fusion's select renders once a service is picked: the choice as an <em>.
    await page.evaluate(() => {
      const values = document.querySelector('#serviceName .next-select-values');
      const chosen = document.createElement('em');
      chosen.textContent = 'China Post Registered Air Mail';
      values?.prepend(chosen);
    });
    await page.locator('#logisticsNo').fill(validNumber('ups-1z'));
    await expect.poll(() => mismatch.count()).toBe(1);
    await page.locator('#logisticsNo').fill(validNumber('china-post-registered'));
    await expect.poll(() => mismatch.count()).toBe(0);
    await page.close();
  });
});

describe('eBay add tracking from China', () => {
  it('warns while the carrier is neither SpeedPAK nor integrated, and stops for SpeedPAK', async () => {
    const page = await openSample(browser, 'ebay/ship-form.trackings.html');
    const carrier = page.getByRole('combobox', { name: 'Carrier' });
    await page.locator('[data-shiplens="form-warnings"]').waitFor();
    const ruled = page.locator(
      '[data-shiplens="form-warnings"] [data-shiplens="warning"][data-policy="ebay-cn-tw-integrated-service"]',
    );
    await carrier.fill('Yanwen');
    await page.locator('.add-tracking-control__input input').fill(validNumber('yanwen-s10'));
    await expect.poll(() => ruled.count()).toBeGreaterThan(0);
    await carrier.fill('SpeedPAK Economy');
    await page.locator('.add-tracking-control__input input').fill(validNumber('speedpak'));
    await expect.poll(() => ruled.count()).toBe(0);
    await page.close();
  });
});

describe('Wish fulfil order from mainland China', () => {
  it('holds the submit for a non-WishPost carrier until "ship anyway"', async () => {
    const page = await openSample(browser, 'wish/ship-form.fulfill-en.html');
    await page.evaluate(countConsoleSubmits, [FULFIL_FORM, null] as const);
    const submits = () => page.evaluate(consoleSubmits);
    const fine = page.locator('[data-shiplens="warning"][data-policy="wish-wishpost-mandatory"]');
    const submit = page.getByRole('button', { name: 'Fulfill order' });

    await page.getByRole('combobox', { name: 'Shipping Carrier' }).fill('China Post');
    await page.locator('#tracking-number').fill(validNumber('china-post-registered'));
    await expect.poll(() => fine.count()).toBe(1);
    expect(await fine.getAttribute('data-severity')).toBe('critical');

    await submit.click();
    expect(await submits()).toBe(0);
    await expect
      .poll(() => page.locator('[data-shiplens="ship-anyway-gate"] .blocked').count())
      .toBe(1);
    await page.keyboard.press('Enter');
    expect(await submits()).toBe(0);

    await page.locator('[data-shiplens="ship-anyway"]').click();
    await expect
      .poll(() => page.locator('[data-shiplens="ship-anyway-confirmed"]').count())
      .toBe(1);
    await submit.click();
    await expect.poll(submits).toBe(1);

    // Choosing WishPost removes the warning and the gate.
    await page.getByRole('combobox', { name: 'Shipping Carrier' }).fill('WishPost');
    await expect.poll(() => fine.count()).toBe(0);
    expect(await page.locator('[data-shiplens="ship-anyway-gate"]').count()).toBe(0);
    await page.close();
  });
});
