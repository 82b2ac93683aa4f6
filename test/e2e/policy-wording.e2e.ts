/**
 * The panel as a seller reads it, in Chromium with the built extension and the bundled pack:
 * every warning says when its rule was last checked and shows no raw machine value, and an
 * order to the EU shows its landed cost, marked as an estimate, with the EU's €3 duty line
 * (in force from 1 Jul 2026 to 1 Jul 2028, so this test is dated by the real clock).
 */
import { describe, expect, it } from 'vitest';
import { openSample, consoleBrowserForTests } from './support';

const browser = consoleBrowserForTests();

const rawValue = /-?\d+\.\d+ ?h\b|=\s*"|negative = past|since unknown/;

describe('policy warnings and landed cost on an order page', () => {
  it('Amazon order to Germany: dated warnings in plain words, landed cost with the €3 duty', async () => {
    const page = await openSample(browser, 'amazon/order-detail.de-unshipped-multi.html');
    const panel = page.locator('[data-shiplens="panel"][data-state="ready"]');
    await panel.waitFor();
    const notices = panel.locator('[data-shiplens="warning"], [data-shiplens="customs"]');
    expect(await notices.count()).toBeGreaterThan(0);
    for (const notice of await notices.all()) {
      expect(await notice.getAttribute('data-checked')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await notice.textContent()).not.toMatch(rawValue);
      expect(await notice.locator('[data-shiplens="checked"]').textContent()).toMatch(/^checked /);
    }
    const customs = panel.locator('[data-shiplens="customs"][data-policy="eu-3-euro-duty-2026"]');
    expect(await customs.count()).toBe(1);
    const landed = panel.locator(
      '[data-shiplens="channel"][data-rank="1"] [data-shiplens="landed-cost"]',
    );
    await expect.poll(() => landed.count()).toBe(1);
    expect(await landed.locator('summary').textContent()).toMatch(/^Landed ≈ .+estimate$/);
    expect(await landed.locator('[data-rule="eu-3-euro-duty-2026"]').count()).toBe(1);
    await page.close();
  });
});
