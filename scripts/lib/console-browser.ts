/**
 * Debian's Chromium with the built extension loaded, serving saved console pages at their
 * real addresses with no network: the manifest's `matches` are what gets tested. Used by the
 * end-to-end tests, the demo and the in-browser benchmark.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../..');
export const extensionDir = join(root, '.output/chrome-mv3');
export const fixturesDir = join(root, 'test/fixtures');

export interface ConsoleBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Serve `html` as the document at `url` (exact address, query included). */
  servePage(url: string, html: string): void;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Browser window size for screenshots. */
  viewport?: { width: number; height: number };
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function readFixture(relative: string): string {
  return readFileSync(join(fixturesDir, relative), 'utf8');
}

export async function launchConsoleBrowser(options: LaunchOptions = {}): Promise<ConsoleBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'shiplens-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      // This machine has no network: without these Chromium keeps dialling out.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
    ],
  });
  const pages = new Map<string, string>();
  await context.route(
    (url) => url.protocol === 'https:',
    (route) => {
      const request = route.request();
      const html = pages.get(request.url());
      if (request.resourceType() === 'document' && html !== undefined) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      return route.fulfill({ status: 404, body: '' });
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    servePage: (url, html) => void pages.set(url, html),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
