/**
 * Big pages in Chromium with the built extension (scripts/lib/big-pages.ts): Seller Central
 * order lists of 100 and 5,000 rows, a Seller Hub list of 5,000 orders and an order page with
 * 2,000 tracking numbers in its text,
 * loaded at their real addresses. For each:
 * - main-thread ms of our content script, from the DevTools trace (the method is in
 *   scripts/lib/page-load-trace.ts), with V8's garbage collector steps inside it apart;
 * - main-thread ms added: every task's time on the page minus the same page's at an address
 *   the extension does not run on (the console's own layout work that our badges cause is in
 *   this figure, not in the first);
 * - the longest task our script ran in (its whole length, and our script's part without GC);
 * - the task that starts the content script (compiling and running its bundle), when long;
 * - how long after the page's `load` the first visible badge (lists) or the panel appeared;
 * - event listeners on one copy button and everything inside it (CDP, shadow roots pierced).
 */
import { bigAmazonList, bigEbayList, orderWithTrackingNumbers } from '../lib/big-pages';
import { launchConsoleBrowser, type ConsoleBrowser } from '../lib/console-browser';
import { listenersOn, longTasksOfOurs, traceLoad } from '../lib/page-load-trace';
import { amazonPages } from '../../test/e2e/pages/amazon';
import { ebayPages } from '../../test/e2e/pages/ebay';

interface BigPage {
  name: string;
  url: string;
  html: string;
  done: string;
  watch: string;
  viewport?: { width: number; height: number };
}

const BADGE = '[data-shiplens-kind="badge"]';
const NOTES_COPY = '#notes [data-shiplens-kind="copy"]';

function urlOf(fixture: string): string {
  const sample = [...amazonPages, ...ebayPages].find((page) => page.fixture === fixture);
  if (!sample) throw new Error(`no sample ${fixture}`);
  return sample.url;
}

function list(rows: number): BigPage {
  return {
    name: `${rows.toLocaleString('en')}-row order list`,
    url: urlOf('amazon/order-list.us-mixed.html'),
    html: bigAmazonList(rows),
    done: `document.querySelectorAll('${BADGE}').length >= ${rows}`,
    watch: `#orders-table > tbody > tr:first-child ${BADGE}`,
  };
}

/** Seller Hub: 5,000 orders, some of several items in rows of their own (~12,000 rows). */
const ebayList: BigPage = {
  name: '5,000-order Seller Hub list',
  url: urlOf('ebay/order-list.all-orders.html'),
  html: bigEbayList(5000),
  done: `document.querySelectorAll('${BADGE}').length >= 5000`,
  watch: `table.table-grid-component > tbody > tr:first-child ${BADGE}`,
  // The sample's unstyled header and filters fill the first 950 px (test/e2e/big-pages.e2e.ts).
  viewport: { width: 1280, height: 1400 },
};

const trackingPage: BigPage = {
  name: 'order page, 2,000 tracking numbers',
  url: urlOf('amazon/order-detail.us-shipped.html'),
  html: orderWithTrackingNumbers(2000),
  done: `document.querySelectorAll('${NOTES_COPY}').length >= 2000`,
  watch: '[data-shiplens-kind="panel"]',
};

/** The same page at an address the extension's content scripts do not match. */
async function withoutExtension(browser: ConsoleBrowser, page: BigPage): Promise<number> {
  const { pathname, search } = new URL(page.url);
  const url = `https://shiplens-bench.example${pathname}${search}`;
  const figures = await traceLoad(browser, url, page.html, {
    done: 'document.readyState === "complete"',
    timeoutMs: 120_000,
    viewport: page.viewport,
  });
  await figures.page.close();
  return figures.taskMs;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function benchBigPages(): Promise<void> {
  const browser = await launchConsoleBrowser();
  const lines: string[] = [];
  let listeners = 0;
  try {
    for (const page of [list(100), list(5000), ebayList, trackingPage]) {
      const figures = await traceLoad(browser, page.url, page.html, {
        done: page.done,
        watch: page.watch,
        timeoutMs: 120_000,
        viewport: page.viewport,
      });
      if (page === trackingPage) listeners = (await listenersOn(figures.page, NOTES_COPY)).length;
      await figures.page.close();
      const off = await withoutExtension(browser, page);
      const ours = longTasksOfOurs(figures);
      const longest = { duration: Math.max(0, ...ours.map((task) => task.duration)) };
      const ourLongest = Math.max(
        0,
        ...ours.filter((task) => !task.scriptStart).map((task) => task.ourCpu),
      );
      const start = ours.find((task) => task.scriptStart);
      const seen = figures.watchedAt === null ? 'never' : ms(figures.watchedAt - figures.loadAt);
      lines.push(
        `| ${page.name} | ${ms(figures.ourMs)} (${ms(figures.ourGcMs)}) | ${ms(figures.taskMs - off)} | ` +
          `${ms(longest.duration)} | ${ms(ourLongest)} | ${start ? ms(start.duration) : 'under 50 ms'} | ${ours.length} | ${seen} |`,
      );
    }
  } finally {
    await browser.close();
  }
  console.log('\n## Big pages in Chromium with the built extension (one load each)\n');
  console.log(
    '| page | our script ms (of it GC) | main-thread ms added (vs. same page, extension off) | longest task with our script in it | our script in one task, max (CPU ms, no GC, start apart) | content script start | long tasks with our script | first badge / panel after load |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const line of lines) console.log(line);
  console.log(`\nEvent listeners on one copy button, its shadow root included: ${listeners}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBigPages();
