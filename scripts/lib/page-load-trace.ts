/**
 * Loads a console page in Chromium with a performance trace running, and says which of the
 * page's long tasks are ShipLens'. Shared by the big-page end-to-end test and the benchmark.
 *
 * How a long task is attributed (the method the test relies on):
 * - the page itself reports its long tasks (`PerformanceObserver`, type `longtask`, buffered,
 *   installed before the page's first script): every task over 50 ms, whoever ran it;
 * - the DevTools trace recorded meanwhile (CDP `Tracing`) has every script call on the page's
 *   main thread with the address of its script. A call from our content script carries
 *   `chrome-extension://<id>/…`; the layout and style work our calls force happen inside
 *   them, so they count as ours;
 * - the trace and the page's clock meet at the page's `navigationStart` mark, so each long
 *   task the page saw gets the milliseconds our scripts ran inside it. A long task in which
 *   none of our scripts ran is the page's own (parsing, laying out its table);
 * - V8's garbage collector runs its steps inside whichever script is allocating: its steps
 *   inside our calls are counted apart (`gc`), because their length follows the size of the
 *   whole heap — on a 5,000-row console page, the console's half-million DOM nodes — not
 *   what our call does. Both figures are reported; neither is hidden;
 * - the task that starts our content script (the browser compiling and running its bundle) is
 *   marked: it is the same on every console page, whatever its size.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ConsoleBrowser } from './console-browser';

export interface LongTask {
  /** Milliseconds from the page's time origin. */
  start: number;
  duration: number;
  /** Milliseconds our content script ran inside this task, garbage collection included. */
  ours: number;
  /** Of `ours`, the milliseconds of V8's garbage collector steps. */
  gc: number;
  /**
   * Our script's CPU time in this task (the main thread's own clock), garbage collection
   * left out: what the task cost us however busy the machine was with other processes.
   */
  ourCpu: number;
  /**
   * Whether this task started our content script (compiling and running its bundle): a fixed
   * cost of every console page, big or small, reported apart.
   */
  scriptStart: boolean;
}

export interface PageLoadFigures {
  page: Page;
  /** The page's `load` event, from its time origin. */
  loadAt: number;
  /** When `watch` first matched (checked every frame), from the time origin; null if never. */
  watchedAt: number | null;
  /** Every long task the page observed, with our share of each. */
  longTasks: LongTask[];
  /** Main-thread milliseconds our content script ran, from navigation to the end. */
  ourMs: number;
  /** Of `ourMs`, V8's garbage collector steps. */
  ourGcMs: number;
  /** Main-thread milliseconds of every task from navigation to the end (page and ours). */
  taskMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time over the event, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; documentLoaderURL?: string; isLoadingMainFrame?: boolean } };
}

interface Span {
  start: number;
  end: number;
}

/** The page's long tasks, kept from before its first script, and when `watch` first matched. */
const recorderSource = (watch: string | null) => `(() => {
  const tasks = [];
  const seen = { at: null };
  Object.defineProperty(window, '__shiplensTest', { value: { tasks, seen } });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watch = ${JSON.stringify(watch)};
  if (watch === null) return;
  const look = () => {
    if (document.querySelector(watch)) seen.at = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
].join(',');

/** Script events that carry the address of the script they run. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireIdleCallback']);
/**
 * The garbage collector's pauses and incremental steps. Chromium names the start of
 * incremental marking `V8.GCIncrementalMarkingStart` (under `V8.HandleInterrupts`, no
 * `V8.GC_MC_INCREMENTAL_START` around it): on a page of half a million DOM nodes it marks their
 * wrappers for ~90 ms inside whichever call allocates.
 */
const GC_EVENTS = new Set([
  'MajorGC',
  'MinorGC',
  'V8.GC_MC_INCREMENTAL',
  'V8.GC_MC_INCREMENTAL_START',
  'V8.GCIncrementalMarkingStart',
  'V8.GCIncrementalMarking',
]);

async function recordTrace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/** Spans of `events`, overlapping ones merged (nested calls counted once). */
function merged(events: readonly TraceEvent[]): Span[] {
  const spans = events
    .map((event) => ({ start: event.ts, end: event.ts + (event.dur ?? 0) }))
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

function intersection(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a)
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (start < end) out.push({ start, end });
    }
  return out;
}

/** Events not inside an earlier one of the list. */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const event of sorted) {
    if (event.ts < end) continue;
    out.push(event);
    end = event.ts + (event.dur ?? 0);
  }
  return out;
}

/** CPU time of `events` that start between `start` and `end`. */
function cpuWithin(events: readonly TraceEvent[], start: number, end: number): number {
  let total = 0;
  for (const event of events)
    if (event.ts >= start && event.ts < end) total += event.tdur ?? event.dur ?? 0;
  return total;
}

function within(spans: readonly Span[], start: number, end: number): number {
  let total = 0;
  for (const span of spans)
    total += Math.max(0, Math.min(end, span.end) - Math.max(start, span.start));
  return total;
}

/**
 * Opens `url` (served with `html`), waits for `done` to hold in the page (then one quiet
 * second for work still queued), and returns the figures; the caller closes the page.
 */
export async function traceLoad(
  browser: ConsoleBrowser,
  url: string,
  html: string,
  options: {
    done: string;
    watch?: string;
    timeoutMs?: number;
    /** The window's size, when the page's first rows sit lower than the default one shows. */
    viewport?: { width: number; height: number };
  },
): Promise<PageLoadFigures> {
  browser.servePage(url, html);
  const page = await browser.context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  await page.addInitScript(recorderSource(options.watch ?? null));
  const cdp = await browser.context.newCDPSession(page);
  const events = await recordTrace(cdp, async () => {
    await page.goto(url, { timeout: options.timeoutMs ?? 60_000 });
    await page.waitForFunction(options.done, undefined, {
      timeout: options.timeoutMs ?? 60_000,
      polling: 250,
    });
    await page.waitForTimeout(1000);
  });
  await cdp.detach();
  const recorded = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const test = (
      window as unknown as {
        __shiplensTest: {
          tasks: { start: number; duration: number }[];
          seen: { at: number | null };
        };
      }
    ).__shiplensTest;
    return { loadAt: navigation?.loadEventStart ?? 0, tasks: test.tasks, watchedAt: test.seen.at };
  });
  const start = events.find(
    (event) =>
      event.name === 'navigationStart' &&
      event.args?.data?.documentLoaderURL === url &&
      event.args.data.isLoadingMainFrame === true,
  );
  if (!start) throw new Error(`The trace has no navigationStart for ${url}`);
  const onMain = events.filter(
    (event) => event.pid === start.pid && event.tid === start.tid && event.ph === 'X',
  );
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const ourEvents = onMain.filter(
    (event) => SCRIPT_EVENTS.has(event.name) && (event.args?.data?.url ?? '').startsWith(prefix),
  );
  const ours = merged(ourEvents);
  const ourCalls = outermost(ourEvents);
  const starts = merged(
    onMain.filter(
      (event) =>
        event.name === 'EvaluateScript' && (event.args?.data?.url ?? '').startsWith(prefix),
    ),
  );
  const gcEvents = onMain.filter((event) => GC_EVENTS.has(event.name));
  const oursGc = intersection(ours, merged(gcEvents));
  const gcInOurs = outermost(gcEvents).filter((event) => within(ours, event.ts, event.ts + 1) > 0);
  const toTrace = (ms: number) => start.ts + ms * 1000;
  const longTasks = recorded.tasks.map((task) => {
    const [from, to] = [toTrace(task.start), toTrace(task.start + task.duration)];
    return {
      ...task,
      ours: within(ours, from, to) / 1000,
      gc: within(oursGc, from, to) / 1000,
      ourCpu: Math.max(0, cpuWithin(ourCalls, from, to) - cpuWithin(gcInOurs, from, to)) / 1000,
      scriptStart: within(starts, from, to) > 0,
    };
  });
  const total = (spans: readonly Span[]) =>
    spans.reduce((sum, span) => sum + span.end - span.start, 0) / 1000;
  return {
    page,
    loadAt: recorded.loadAt,
    watchedAt: recorded.watchedAt,
    longTasks,
    ourMs: total(ours),
    ourGcMs: total(oursGc),
    taskMs: total(
      merged(onMain.filter((event) => event.name === 'RunTask' && event.ts >= start.ts)),
    ),
  };
}

/** Long tasks in which our script ran. */
export function longTasksOfOurs(figures: PageLoadFigures): LongTask[] {
  return figures.longTasks.filter((task) => task.ours > 0);
}

/**
 * The event listeners on the first element `selector` matches and everything inside it, its
 * shadow roots included (CDP `DOMDebugger.getEventListeners`), by event type.
 */
export async function listenersOn(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(selector)})`,
    });
    if (!result.objectId) throw new Error(`Nothing matches ${selector}`);
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
      depth: -1,
      pierce: true,
    });
    return listeners.map((listener) => listener.type);
  } finally {
    await cdp.detach();
  }
}
