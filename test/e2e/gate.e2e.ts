/**
 * The "ship anyway" gate in Chromium with the built extension, on both Wish forms that need
 * it (the fulfil page, and the older "Ship" modal over the list whose Save button sits
 * outside its form): every way a form can be submitted is held while a fined carrier is
 * chosen, until "ship anyway"; the decision is made from the form as it is at that moment;
 * and nothing of the gate is left behind once the console is switched off or the extension is
 * reloaded. A page script can neither switch ShipLens off with WXT's started event nor keep
 * our elements from being drawn by defining their names first.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  launchConsoleBrowser,
  readFixture,
  type ConsoleBrowser,
} from '../../scripts/lib/console-browser';
import { consoleSubmits, countConsoleSubmits, FULFIL_FORM } from './console-submits';
import { openOptions } from './extension-pages';
import { openSample, samplePage, validNumber, consoleBrowserForTests } from './support';

const browser = consoleBrowserForTests();

interface GatedForm {
  fixture: string;
  form: string;
  /** Fills in a carrier the platform fines for this order, with a number of that carrier. */
  chooseFinedCarrier(page: Page): Promise<void>;
  /** Every way this form is submitted, each as the seller or a console script does it. */
  paths: Record<string, (page: Page) => Promise<void>>;
}

/**
 * The seller returns to the console tab. Headless Chromium keeps every tab visible, so the
 * event the browser fires then is dispatched by hand (it only makes ShipLens ask the
 * background for the settings again).
 */
async function backToTab(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

/** The options page's switches are saved first and then shown: click, and wait for it. */
async function setSwitch(toggle: Locator, on: boolean): Promise<void> {
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await expect.poll(() => toggle.isChecked()).toBe(on);
}

const submits = (page: Page) => page.evaluate(consoleSubmits);

/** Paths every form has, whatever its buttons. */
function commonPaths(form: string): GatedForm['paths'] {
  return {
    'Enter in the tracking field': async (page) => {
      await page.locator(`${form} input[name="tracking_number"]`).press('Enter');
    },
    'requestSubmit()': async (page) => {
      await page.evaluate(
        (form) => document.querySelector<HTMLFormElement>(form)?.requestSubmit(),
        form,
      );
    },
    'a dispatched submit event': async (page) => {
      await page.evaluate(
        (form) =>
          document
            .querySelector(form)
            ?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })),
        form,
      );
    },
    'a form= button elsewhere on the page': async (page) => {
      await page.evaluate((form) => {
        if (document.getElementById('remote-submit')) return;
        const target = document.querySelector(form) as HTMLFormElement;
        target.id ||= 'gated-form';
        const button = document.createElement('button');
        button.id = 'remote-submit';
        button.type = 'submit';
        button.setAttribute('form', target.id);
        button.textContent = 'Submit from the toolbar';
        document.body.prepend(button);
      }, form);
      await page.click('#remote-submit');
    },
  };
}

const MODAL = '#ship-form';
const fineWarning = '[data-shiplens="warning"][data-policy="wish-wishpost-mandatory"]';

const gatedForms: GatedForm[] = [
  {
    fixture: 'wish/ship-form.fulfill-en.html',
    form: FULFIL_FORM,
    async chooseFinedCarrier(page) {
      await page.getByRole('combobox', { name: 'Shipping Carrier' }).fill('China Post');
      await page.locator('#tracking-number').fill(validNumber('china-post-registered'));
    },
    paths: {
      'a click on "Fulfill order"': (page) =>
        page.getByRole('button', { name: 'Fulfill order' }).click(),
      'a script clicking "Fulfill order"': async (page) => {
        await page.evaluate((form) => {
          document.querySelector<HTMLButtonElement>(`${form} button[type="submit"]`)?.click();
        }, FULFIL_FORM);
      },
      ...commonPaths(FULFIL_FORM),
    },
  },
  {
    fixture: 'wish/order-list.legacy-action-ship-modal.html',
    form: MODAL,
    async chooseFinedCarrier(page) {
      await page.selectOption('#shipping-provider', { label: 'China Post' });
      await page.locator('#ship-modal #tracking-number').fill(validNumber('china-post-registered'));
    },
    paths: {
      'a click on Save (outside the form)': (page) => page.click('#save-shipping'),
      ...commonPaths(MODAL),
    },
  },
];

async function openGatedForm(gated: GatedForm, within: ConsoleBrowser = browser): Promise<Page> {
  const page = await openSample(within, gated.fixture);
  await page.locator('[data-shiplens="form-warnings"]').waitFor();
  const save = gated.form === MODAL ? '#save-shipping' : null;
  await page.evaluate(countConsoleSubmits, [gated.form, save] as const);
  await gated.chooseFinedCarrier(page);
  await expect.poll(() => page.locator(fineWarning).count()).toBe(1);
  return page;
}

describe('every submit path of every gated Wish form', () => {
  for (const gated of gatedForms) {
    it(`holds each path on ${gated.fixture} until "ship anyway", then lets each through`, async () => {
      const page = await openGatedForm(gated);
      const held: string[] = [];
      for (const [name, submit] of Object.entries(gated.paths)) {
        await submit(page);
        if ((await submits(page)) !== 0) held.push(`${name} got through`);
      }
      expect(held).toEqual([]);
      await expect
        .poll(() => page.locator('[data-shiplens="ship-anyway-gate"] .blocked').count())
        .toBe(1);

      await page.locator('[data-shiplens="ship-anyway"]').click();
      await page.locator('[data-shiplens="ship-anyway-confirmed"]').waitFor();
      let expected = 0;
      for (const [name, submit] of Object.entries(gated.paths)) {
        await submit(page);
        expected += 1;
        expect(await submits(page), name).toBe(expected);
      }
      await page.close();
    });
  }
});

/** What an auto-fill script does: set the carrier (no input event) and submit, in one task. */
async function switchAndSubmit(page: Page, carrier: string): Promise<void> {
  await page.evaluate(
    ([form, carrier]) => {
      const input = document.querySelector<HTMLInputElement>(
        'input[aria-labelledby="carrier-label"]',
      );
      if (input) input.value = carrier;
      document.querySelector<HTMLButtonElement>(`${form} button[type="submit"]`)?.click();
    },
    [FULFIL_FORM, carrier] as const,
  );
}

describe('the decision is made from the form at the moment of submit', () => {
  it('holds a script that switches WishPost to China Post and submits in the same task', async () => {
    const page = await openSample(browser, 'wish/ship-form.fulfill-en.html');
    await page.locator('[data-shiplens="form-warnings"]').waitFor();
    await page.evaluate(countConsoleSubmits, [FULFIL_FORM, null] as const);
    const carrier = page.getByRole('combobox', { name: 'Shipping Carrier' });
    await carrier.fill('WishPost');
    // The warnings host stays; the WishPost warning leaves once the pass has read the new carrier.
    await expect.poll(() => page.locator(fineWarning).count()).toBe(0);
    expect(await page.locator('[data-shiplens="form-warnings"]').count()).toBe(1);

    // An auto-fill tool: no input event, the submit in the same task.
    await switchAndSubmit(page, 'China Post');
    expect(await submits(page)).toBe(0);
    await page.locator('[data-shiplens="ship-anyway-gate"] .blocked').waitFor();

    // And the other way: back to WishPost in the same task, the submit goes.
    await switchAndSubmit(page, 'WishPost');
    expect(await submits(page)).toBe(1);
    await page.close();
  });
});

describe('nothing of the gate outlives ShipLens', () => {
  it('after the console is switched off in the options, the form submits normally', async () => {
    const [fulfil] = gatedForms;
    const page = await openGatedForm(fulfil as GatedForm);
    await page.getByRole('button', { name: 'Fulfill order' }).click();
    expect(await submits(page)).toBe(0);

    const options = await openOptions(browser);
    const wishSwitch = options.locator('input[name="console-wish"]');
    try {
      await setSwitch(wishSwitch, false);
      await backToTab(page);
      await expect.poll(() => page.locator('[data-shiplens="form-warnings"]').count()).toBe(0);
      let expected = 0;
      for (const [name, submit] of Object.entries((fulfil as GatedForm).paths)) {
        await submit(page);
        expected += 1;
        expect(await submits(page), name).toBe(expected);
      }
      // Back on: the gate returns.
      await setSwitch(wishSwitch, true);
      await backToTab(page);
      await page.locator(fineWarning).waitFor();
      await page.getByRole('button', { name: 'Fulfill order' }).click();
      expect(await submits(page)).toBe(expected);
    } finally {
      await setSwitch(wishSwitch, true);
      await options.close();
      await page.close();
    }
  });

  it('a forged "content script started" event does not switch ShipLens off or leave a silent gate', async () => {
    const page = await openGatedForm(gatedForms[0] as GatedForm);
    // What WXT's old-script signal looks like: an event on document named after the extension.
    await page.evaluate((id) => {
      for (const name of ['wish', 'wish.content']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(
          new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }),
        );
        window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
        window.dispatchEvent(new Event(`${id}:${name}:wxt:locationchange`));
      }
    }, browser.extensionId);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));

    // ShipLens is still on: the warning and its gate are shown and still hold the submit...
    expect(await page.locator(fineWarning).count()).toBe(1);
    await page.getByRole('button', { name: 'Fulfill order' }).click();
    expect(await submits(page)).toBe(0);
    await page.locator('[data-shiplens="ship-anyway-gate"] .blocked').waitFor();
    // ...and keeps following the form: WishPost chosen, the form submits normally.
    await page.getByRole('combobox', { name: 'Shipping Carrier' }).fill('WishPost');
    await expect.poll(() => page.locator(fineWarning).count()).toBe(0);
    await page.getByRole('button', { name: 'Fulfill order' }).click();
    expect(await submits(page)).toBe(1);
    await page.close();
  });
});

describe('a page cannot pre-empt our element names', () => {
  it('draws the panel and the gate though the page defined shiplens-panel and shiplens-form-warnings first', async () => {
    const sample = samplePage('wish/ship-form.fulfill-en.html');
    const claim = `<script>
      for (const name of ['shiplens-panel', 'shiplens-form-warnings']) {
        customElements.define(name, class extends HTMLElement {
          constructor() { super(); this.attachShadow({ mode: 'closed' }); }
        });
      }
    </script>`;
    browser.servePage(
      sample.url,
      readFixture(sample.fixture).replace('</head>', `${claim}</head>`),
    );
    const page = await browser.context.newPage();
    await page.goto(sample.url);
    expect(await page.evaluate(() => customElements.get('shiplens-panel') !== undefined)).toBe(
      true,
    );
    await page.locator('[data-shiplens="panel"]').waitFor();
    await page.locator('[data-shiplens="form-warnings"]').waitFor();
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('[data-shiplens-kind]')].map((host) => host.localName),
    );
    expect(names.find((name) => name.startsWith('shiplens-panel'))).toMatch(/^shiplens-panel-\w+$/);
    expect(names.find((name) => name.startsWith('shiplens-form-warnings'))).toMatch(
      /^shiplens-form-warnings-\w+$/,
    );
    await page.close();
  });
});

describe('after an extension reload', () => {
  it('the orphaned script holds nothing: the form submits normally', async () => {
    // A browser of its own: reloading the extension would orphan the other tests' scripts.
    const own = await launchConsoleBrowser();
    try {
      const page = await openGatedForm(gatedForms[0] as GatedForm, own);
      await page.getByRole('button', { name: 'Fulfill order' }).click();
      expect(await submits(page)).toBe(0);
      await own.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload(),
      );
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Fulfill order' }).click();
      expect(await submits(page)).toBe(1);
      // The orphaned script took its UI with it.
      await expect.poll(() => page.locator('[data-shiplens-kind]').count()).toBe(0);
    } finally {
      await own.close();
    }
  });
});
