/**
 * In Chromium with the built extension: how long from the order's markup being in the page
 * to ShipLens' panel being visible (median over the Amazon sample order pages; target under
 * 25 ms), and for a 100-row order list until every row's badge is in place (target under
 * 60 ms). The console's markup is inserted into an already loaded page, as the console's
 * own client-side app does, so the figure is ShipLens' reaction, not page load; the page has
 * been open a second, so the content script has had its rules and its idle warm-up
 * (docs/decisions.md#warm-up). Beside them, the same markup with no ShipLens on the page,
 * until its first frame is drawn: what the console's own markup costs on this machine. A list
 * of up to 100 rows gets its badges in the task that inserted it, before that first frame, so
 * the list's figure can be below the page's own. */
import { launchConsoleBrowser, readFixture, type ConsoleBrowser } from '../lib/console-browser';
import { amazonPages } from '../../test/e2e/pages/amazon';
import { median, percentile } from './stats';

const RUNS_PER_PAGE = 7;
// The targets of the issue "lighter and faster" (December 2026).
const PANEL_TARGET_MS = 25;
const LIST_TARGET_MS = 60;

function readable(fixture: string): boolean {
  const expected: unknown = JSON.parse(readFixture(fixture.replace(/\.html$/, '.json')));
  return !(typeof expected === 'object' && expected !== null && 'ok' in expected);
}

/** The page as its server sends it: the console's chrome without the app's markup. */
function shellOf(html: string): { shell: string; body: string } {
  const match = /<body([^>]*)>([\s\S]*)<\/body>/i.exec(html);
  if (!match) throw new Error('fixture has no <body>');
  return { shell: html.replace(match[2] ?? '', ''), body: match[2] ?? '' };
}

/**
 * In the page: insert `body`, resolve with the milliseconds until `count` ShipLens hosts of
 * `kind` have rendered `[data-shiplens=<hook>]` in their shadow roots. Kept as plain source
 * text: the TypeScript runner's helpers do not exist inside the page.
 */
const timeInsertionSource = `({ body, kind, hook, count }) => new Promise((resolve, reject) => {
  const done = () => [...document.querySelectorAll('shiplens-' + kind)].filter((host) =>
    host.shadowRoot && host.shadowRoot.querySelector('[data-shiplens="' + hook + '"]:not([data-state="unread"])'),
  ).length >= count;
  const start = performance.now();
  let finished = false;
  const check = () => {
    if (!finished && done()) {
      finished = true;
      resolve(performance.now() - start);
    }
  };
  // A document observer does not see inside shadow roots: observe each new host's root too.
  const watched = new WeakSet();
  const observer = new MutationObserver(() => {
    for (const host of document.querySelectorAll('shiplens-' + kind)) {
      if (host.shadowRoot && !watched.has(host)) {
        watched.add(host);
        observer.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true });
      }
    }
    check();
  });
  observer.observe(document, { childList: true, subtree: true });
  setTimeout(() => reject(new Error('no ' + kind + ' after 10 s: ' + [...document.querySelectorAll('shiplens-' + kind)].map((h) => h.shadowRoot ? h.shadowRoot.innerHTML.slice(-300) : 'no root').join(' / '))), 10000);
  document.body.innerHTML = body;
})`;

/**
 * In the page: insert `body`, resolve with the milliseconds until the browser has drawn the
 * frame that shows it (the task after the frame's animation callbacks): what the console's
 * own markup costs on this machine.
 */
const timeOwnFrameSource = `({ body }) => new Promise((resolve) => {
  const start = performance.now();
  document.body.innerHTML = body;
  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
})`;

/**
 * Serves the page's shell at `url`, lets the page settle for `settleMs`, then runs `source`
 * (one of the in-page timers above) with the console's markup as `body`: the milliseconds it
 * resolves with.
 */
async function timeInPage(
  browser: ConsoleBrowser,
  url: string,
  html: string,
  settleMs: number,
  source: string,
  args: Record<string, unknown> = {},
): Promise<number> {
  const { shell, body } = shellOf(html);
  browser.servePage(url, shell);
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.waitForTimeout(settleMs);
    return (await page.evaluate(`(${source})(${JSON.stringify({ body, ...args })})`)) as number;
  } finally {
    await page.close();
  }
}

/** Until ShipLens has drawn `count` hosts of `kind` showing `hook`. */
function measure(
  browser: ConsoleBrowser,
  url: string,
  html: string,
  kind: string,
  hook: string,
  count: number,
): Promise<number> {
  // The wait lets the content script start and fetch its rules snapshot before the app renders.
  return timeInPage(browser, url, html, 1000, timeInsertionSource, { kind, hook, count });
}

/**
 * The same markup at an address no content script matches: the page alone, without
 * ShipLens. Its median beside ShipLens' figure shows how much of that figure is ours.
 */
function measurePageAlone(browser: ConsoleBrowser, html: string): Promise<number> {
  return timeInPage(browser, 'https://page-alone.invalid/', html, 300, timeOwnFrameSource);
}

/** The sample list with its rows repeated (fresh order ids) to `rows` rows. */
function listWithRows(html: string, rows: number): string {
  const match = /(<tbody[^>]*>)([\s\S]*?)(<\/tbody>)/.exec(html);
  if (!match) throw new Error('list fixture has no <tbody>');
  const rowHtml = match[2]?.match(/<tr[\s\S]*?<\/tr>/g) ?? [];
  const repeated: string[] = [];
  for (let i = 0; repeated.length < rows; i++) {
    const source = rowHtml[i % rowHtml.length] ?? '';
    repeated.push(
      source.replace(
        /\d{3}-\d{7}-\d{7}/g,
        (id) => `${id.slice(0, 4)}${String(1000000 + i).slice(1)}1${id.slice(11)}`,
      ),
    );
  }
  return html.replace(match[0], `${match[1]}${repeated.join('\n')}${match[3]}`);
}

export async function benchBrowser(): Promise<void> {
  const browser = await launchConsoleBrowser();
  try {
    // Order pages whose order can be read (the changed-markup sample shows "could not read").
    const details = amazonPages.filter(
      (page) => page.kind === 'order-detail' && page.expectPanel && readable(page.fixture),
    );
    const panelTimes: number[] = [];
    for (const sample of details) {
      const html = readFixture(sample.fixture);
      for (let run = 0; run < RUNS_PER_PAGE; run++) {
        panelTimes.push(await measure(browser, sample.url, html, 'panel', 'panel', 1));
      }
    }
    const list = amazonPages.find((page) => page.kind === 'order-list');
    if (!list) throw new Error('no Amazon list sample');
    const html100 = listWithRows(readFixture(list.fixture), 100);
    const listTimes: number[] = [];
    for (let run = 0; run < RUNS_PER_PAGE; run++) {
      listTimes.push(await measure(browser, list.url, html100, 'badge', 'badge', 100));
    }
    const detailAlone: number[] = [];
    for (const sample of details)
      detailAlone.push(await measurePageAlone(browser, readFixture(sample.fixture)));
    const listAlone: number[] = [];
    for (let run = 0; run < RUNS_PER_PAGE; run++)
      listAlone.push(await measurePageAlone(browser, html100));
    console.log('\n## In Chromium with the built extension\n');
    console.log('| measurement | median | p90 | runs | target (median) |');
    console.log('|---|---:|---:|---:|---|');
    const row = (what: string, times: number[], targetMs: number): string =>
      `| ${what} | ${median(times).toFixed(1)} ms | ${percentile(times, 90).toFixed(1)} ms | ${times.length} | < ${targetMs} ms ${median(times) < targetMs ? '✓' : '✗'} |`;
    console.log(
      row(
        `markup in page → panel visible (${details.length} Amazon order pages)`,
        panelTimes,
        PANEL_TARGET_MS,
      ),
    );
    console.log(row('100-row order list → every badge in place', listTimes, LIST_TARGET_MS));
    const alone = (what: string, times: number[]): string =>
      `| ${what} | ${median(times).toFixed(1)} ms | ${percentile(times, 90).toFixed(1)} ms | ${times.length} | the page alone, no ShipLens |`;
    console.log(alone('the same order pages: markup in page → first frame drawn', detailAlone));
    console.log(alone('the same 100-row list: markup in page → first frame drawn', listAlone));
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBrowser();
