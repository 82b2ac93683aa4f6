// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * One content-script pass, end to end inside Node: the real background handlers (over a fake
 * IndexedDB) answer the real messaging, the runtime reads a saved console page and renders.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRulesService } from '../../../utils/background/rules-service';
import { amazon } from '../../../utils/consoles/amazon';
import { wish } from '../../../utils/consoles/wish';
import type { ConsoleAdapter } from '../../../utils/consoles/types';
import { ShipLensDb } from '../../../utils/db';
import { listen } from '../../../utils/messaging-background';
import { runConsole } from '../../../utils/runtime/run-console';
import type { ScriptLifetime } from '../../../utils/runtime/script-lifetime';
import { fixtureTable } from '../fixture-table';

let db: ShipLensDb;
let invalidate: () => void = () => {};

/** The script's lifetime, ended by the test as an extension reload would end it. */
function testLifetime(): ScriptLifetime {
  const controller = new AbortController();
  invalidate = () => controller.abort();
  return { signal: controller.signal, alive: () => !controller.signal.aborted };
}

function openPage(folder: string, file: string): void {
  const table = fixtureTable(folder);
  const parsed = new DOMParser().parseFromString(table.read(file), 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  document.documentElement.lang = parsed.documentElement.lang;
  // happy-dom's own window API: the page at its real address.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    table.entry(file).url,
  );
}

/** An adapter whose page reads are counted. */
function counted(adapter: ConsoleAdapter) {
  const spied = { ...adapter };
  const calls = {
    detectPage: vi.spyOn(spied, 'detectPage'),
    extractOrder: vi.spyOn(spied, 'extractOrder'),
    shipForm: vi.spyOn(spied, 'shipForm'),
    trackingFields: vi.spyOn(spied, 'trackingFields'),
  };
  return { adapter: spied, calls };
}

const shadow = (selector: string) =>
  [...document.querySelectorAll('*')]
    .map((el) => el.shadowRoot?.querySelector(selector))
    .find((found) => found) ?? null;

beforeEach(() => {
  // happy-dom has no idle callbacks: here the page is never idle, so nothing is warmed up
  // (warm-up.test.ts covers that).
  vi.stubGlobal('requestIdleCallback', () => 0);
  fakeBrowser.reset();
  db = new ShipLensDb(`run-console-${Math.random()}`);
  listen(createRulesService({ openDb: () => db, uiLanguage: () => 'en' }).handlers);
  // The fake browser sends with no sender id; ours is this extension.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, {
      id: fakeBrowser.runtime.id,
    });
    return answers.find((answer) => answer !== undefined);
  });
});

afterEach(async () => {
  invalidate();
  vi.unstubAllGlobals();
  await db.delete();
});

describe('run-console: one pass reads the page once', () => {
  it('renders the panel of an Amazon order from one read per pass', async () => {
    openPage('amazon', 'order-detail.us-unshipped.html');
    const { adapter, calls } = counted(amazon);
    runConsole(adapter, { lifetime: testLifetime() });
    await vi.waitFor(() => expect(shadow('[data-shiplens="panel"]')).not.toBeNull());
    const panel = shadow('[data-shiplens="panel"]');
    expect(panel?.getAttribute('data-order-id')).toBe('111-4820913-5627405');
    expect(panel?.getAttribute('data-state')).toBe('ready');
    expect(calls.extractOrder.mock.calls.length).toBeGreaterThan(0);
    expect(calls.extractOrder.mock.calls.length).toBe(calls.trackingFields.mock.calls.length);
  });

  it('reads the order of a ship form once per pass, for the panel and the form checks alike', async () => {
    openPage('wish', 'ship-form.fulfill-zh-china-merchant.html');
    const { adapter, calls } = counted(wish);
    runConsole(adapter, { lifetime: testLifetime() });
    await vi.waitFor(() => expect(shadow('[data-shiplens="form-warnings"]')).not.toBeNull());
    expect(calls.extractOrder.mock.calls.length).toBeGreaterThan(0);
    expect(calls.extractOrder.mock.calls.length).toBe(calls.shipForm.mock.calls.length);
  });

  it('answers the popup from the pass', async () => {
    openPage('amazon', 'order-detail.us-unshipped.html');
    runConsole(amazon, { lifetime: testLifetime() });
    await vi.waitFor(() => expect(shadow('[data-shiplens="panel"]')).not.toBeNull());
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'get-page-state' },
      { id: fakeBrowser.runtime.id },
    );
    const state = answers.find((answer) => answer !== undefined);
    expect(state).toMatchObject({
      ok: true,
      value: {
        console: 'amazon',
        pageKind: 'order-detail',
        order: { read: true, orderId: '111-4820913-5627405' },
      },
    });
  });
});

describe('run-console: the gate ends with what explains it', () => {
  function submitHeld(): boolean {
    const button = document.querySelector('button[type="submit"]') as HTMLButtonElement;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(click);
    return click.defaultPrevented;
  }
  function chooseCarrier(name: string): void {
    const select = document.getElementById('shipping-carrier') as HTMLSelectElement;
    select.value = name;
  }

  it('holds a switch to China Post made in the same task as the submit', async () => {
    openPage('wish', 'ship-form.fulfill-zh-china-merchant.html');
    runConsole(wish, { lifetime: testLifetime() });
    await vi.waitFor(() => expect(shadow('[data-shiplens="form-warnings"]')).not.toBeNull());
    expect(submitHeld()).toBe(false); // WishPost, as the page loaded
    chooseCarrier('China Post'); // no input event: an auto-fill script
    expect(submitHeld()).toBe(true);
    chooseCarrier('WishPost');
    expect(submitHeld()).toBe(false);
  });

  it('lets every submit through once the console is switched off, and once the script ends', async () => {
    openPage('wish', 'ship-form.fulfill-zh-china-merchant.html');
    runConsole(wish, { lifetime: testLifetime() });
    await vi.waitFor(() => expect(shadow('[data-shiplens="form-warnings"]')).not.toBeNull());
    chooseCarrier('China Post');
    expect(submitHeld()).toBe(true);
    await db.updateSettings({ disabledConsoles: ['wish'] });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(shadow('[data-shiplens="form-warnings"]')).toBeNull());
    expect(submitHeld()).toBe(false);

    await db.updateSettings({ disabledConsoles: [] });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(shadow('[data-shiplens="form-warnings"]')).not.toBeNull());
    expect(submitHeld()).toBe(true);
    invalidate();
    expect(submitHeld()).toBe(false);
  });

  it('holds nothing while its explanation is off the page, and nothing once the form is gone', async () => {
    openPage('wish', 'ship-form.fulfill-zh-china-merchant.html');
    runConsole(wish, { lifetime: testLifetime() });
    const host = () => document.querySelector('[data-shiplens-kind="form-warnings"]');
    await vi.waitFor(() => expect(host()).not.toBeNull());
    chooseCarrier('China Post');
    expect(submitHeld()).toBe(true);
    host()?.remove(); // the console re-rendered over our checks
    expect(submitHeld()).toBe(false);
    await vi.waitFor(() => expect(host()).not.toBeNull()); // the next pass puts them back
    expect(submitHeld()).toBe(true);
    const button = document.querySelector('button[type="submit"]');
    document.querySelector('[data-cy="fulfill-order-form"]')?.remove();
    document.body.append(button as Element); // a stray button, no form: nothing to gate
    await vi.waitFor(() => expect(host()).toBeNull());
    expect(submitHeld()).toBe(false);
  });
});
