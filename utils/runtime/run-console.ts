/**
 * The content-script runtime shared by every console. On every navigation and console
 * re-render it runs one pass: read the page once (page-model.ts), evaluate each order once
 * (evaluations.ts), then run each feature of the page kind on that read-only model, each in
 * its own try/catch, and assemble what the popup shows (page-state.ts). The rules come from
 * the background as a snapshot kept in memory (rules-client.ts); nothing is stored in the
 * page's origin. Everything a feature adds to the page ends with the script or when the
 * seller switches the console off (lifetime.ts).
 */
import css from '../../components/shiplens.css?inline';
import { handleCapturePage } from '../capture/capture-page';
import { captureVersions } from '../capture/versions';
import type { ConsoleAdapter } from '../consoles/types';
import { listenInTab, send, type PageState } from '../messaging';
import { downloadText } from '../download';
import { translatorFrom } from '../translate';
import { copyText } from './clipboard';
import { evaluatePage } from './evaluations';
import type { Feature, FeatureContext } from './feature';
import { copyAllTracking } from './features/copy-all-tracking';
import { copyTracking } from './features/copy-tracking';
import { createCopyTrackingInText } from './features/copy-tracking-in-text';
import { createListBadges } from './features/list-badges';
import { orderPanel } from './features/order-panel';
import { createComplianceNudge } from './features/compliance-nudge';
import { createRecordShipments } from './features/record-shipments';
import { createShipFormChecks } from './features/ship-form-checks';
import { Scope, type Listen } from './lifetime';
import { watchLocation } from './location-watch';
import { isOwnMutation, UiRegistry } from './mount';
import type { ListRow, ListRowSource } from '../consoles/types';
import { readPage, showsRows, skusOn, withRows, type PageModel } from './page-model';
import { noRows } from '../consoles/list-rows';
import { pageKindOf } from '../consoles/page-kind';
import { emptyPageState, pageState, waitingPageState } from './page-state';
import { RulesClient } from './rules-client';
import { claimFrame, type ScriptLifetime } from './script-lifetime';
import { RowReader } from './row-reader';
import { screenOrder } from './rows-on-screen';
import { warmUp } from './warm-up';

/**
 * How long one slice of a list may spend reading and evaluating rows before the rest waits
 * for the next task: the page stays responsive, and with drawing a slice stays well under the
 * 50 ms the browser counts as a long task. The garbage collector's steps that land in a slice
 * are not ours to bound: on a 5,000-row list they take 15–100 ms, for the size of the
 * console's DOM (test/e2e/big-pages.e2e.ts reports them).
 */
const SLICE_MS = 10;

/**
 * What one slice of a long list may take with the drawing of its rows' badges: the rows of the
 * next slice are as many as this fits at the last slice's cost a row, and never more than
 * MAX_SLICE_ROWS. On a 5,000-row Seller Central list a slice that read for 10 ms (up to a
 * hundred rows) drew their badges in 15–46 ms more, and a slice sized by the one before it
 * could still draw for 45 ms when that one had been cheap.
 */
const SLICE_WITH_DRAWING_MS = 20;
const MAX_SLICE_ROWS = 40;

/**
 * A list of up to this many rows is read in the task that brought its rows, in page order,
 * its first slice given up to FIRST_SLICE_MS: its badges are in the console's first frame, and
 * the browser lays the table out once, with them. Putting rows in screen order asks the
 * browser for that layout before the badges are in, and a badge shown after the first frame
 * lays the table out again: on a 100-row Seller Central list each of those layouts cost about
 * as much as all of ShipLens' reading (scripts/bench/browser.ts). Longer lists are read
 * on screen first, a slice per task, none near the 50 ms of a long task.
 */
const ROWS_AT_ONCE = 100;
const FIRST_SLICE_MS = 35;

/** Work waiting for a task of its own (nextTask), in the order it was asked for. */
const waitingTasks: (() => void)[] = [];
let taskChannel: MessageChannel | null = null;

/**
 * Runs `work` in a task of its own, as soon as the browser has handled what is waiting (input,
 * a frame): a list's slices follow each other this way, not by `setTimeout`, which holds each
 * of a chain of timeouts back by 4 ms. One channel for all of them, a message per task: making
 * a channel costs far more than posting a message (about 0.2 ms each in a Chromium profile of
 * a 100-row list, where a channel per task was made a dozen times).
 */
function nextTask(work: () => void): void {
  if (!taskChannel) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = () => waitingTasks.shift()?.();
  }
  waitingTasks.push(work);
  taskChannel.port2.postMessage(null);
}

/** How long a page may show none of its landmarks before it is read as it is. */
const READY_GRACE_MS = 3000;

function landmarkPresent(selectors: readonly string[]): boolean {
  return selectors.some((selector) => document.querySelector(selector) !== null);
}

export interface RunOptions {
  /**
   * How long this script is in charge of the frame (script-lifetime.ts): never WXT's
   * context, which a page script can end.
   */
  lifetime?: ScriptLifetime;
  /**
   * Features only this console's pages show (Amazon's FBA first-leg advice), passed by its
   * entrypoint so the other consoles' content scripts do not carry them.
   */
  features?: readonly Feature[];
}

export function runConsole(adapter: ConsoleAdapter, options: RunOptions = {}): void {
  const lifetime = options.lifetime ?? claimFrame(adapter.id);
  const features: readonly Feature[] = [
    orderPanel,
    createListBadges(),
    copyTracking,
    createCopyTrackingInText(),
    copyAllTracking,
    createShipFormChecks(),
    // After the ship-form checks: their submit gate must see a submit first.
    createRecordShipments(),
    createComplianceNudge(),
    ...(options.features ?? []),
  ];
  const ui = new UiRegistry(css);
  const rules = new RulesClient(adapter.id);
  const rowReader = new RowReader();
  /** Ends with the content script. */
  const script = new Scope(lifetime.signal);
  /** What features add to the page; ended and renewed when the console is switched off. */
  let featureScope = script.child();
  let state: PageState = emptyPageState(adapter.id, location.href);
  let scheduled = false;
  let lastPass = 0;
  /** Counts passes, so deferred work that a newer pass has overtaken is dropped. */
  let passes = 0;

  /**
   * The first pass after a quiet spell runs as soon as the current task ends, so the panel
   * appears with the console's markup; while the console keeps rendering, passes are held to
   * one per animation frame, however many mutations arrive.
   */
  function schedule(): void {
    if (scheduled || !lifetime.alive()) return;
    scheduled = true;
    const run = () => {
      scheduled = false;
      lastPass = performance.now();
      pass();
    };
    if (performance.now() - lastPass > 100) queueMicrotask(run);
    else requestAnimationFrame(run);
  }

  /** Whether this script has asked for the rules: a frame that shows no console page never does. */
  let rulesAsked = false;

  /** Whether the warm-up has started: once per script, with the first snapshot that arrives. */
  let warmed = false;

  async function loadRules(): Promise<void> {
    rulesAsked = true;
    // The pass in a task of its own: the snapshot's lookups were just built in this one.
    if ((await rules.load()) || rules.error) setTimeout(schedule, 0);
    const reply = rules.current;
    if (!warmed && reply) {
      warmed = true;
      warmUp({
        adapter,
        evaluate: (facts) => rules.evaluateAfresh(facts),
        language: reply.snapshot.settings.language,
        t: translatorFrom(reply.messages),
        alive: lifetime.alive,
      });
    }
  }

  async function saveSkuWeight(sku: string, grams: number): Promise<void> {
    await rules.saveWeight(sku, grams);
    schedule();
  }

  /**
   * A console page renders after load, so a pass waits for one of its landmarks rather than
   * report "not read" while the order is still arriving. A page that has none of them after
   * READY_GRACE_MS is read as it is: if it is an order page we cannot read, the panel says so.
   */
  let waiting: { href: string; since: number } | null = null;
  function waitedLongEnough(href: string): boolean {
    const now = performance.now();
    if (waiting?.href !== href) {
      waiting = { href, since: now };
      setTimeout(schedule, READY_GRACE_MS);
      return false;
    }
    return now - waiting.since >= READY_GRACE_MS;
  }

  /** The page scrubbed of buyer data, saved as a file by the browser's download. */
  async function reportPage(): Promise<string> {
    const captured = capturePage();
    downloadText(captured.fileName, captured.html, 'text/html');
    return captured.fileName;
  }

  function capturePage() {
    return handleCapturePage(
      adapter,
      document,
      new URL(location.href),
      captureVersions(rules.current),
    );
  }

  /** Folded at once here; remembered for the console's other tabs and visits. */
  function setDockCollapsed(collapsed: boolean): void {
    rules.setDockCollapsed(collapsed);
    schedule();
    send({ type: 'set-dock-collapsed', console: adapter.id, collapsed }).catch((error: unknown) =>
      console.warn('[ShipLens] the docked panel state was not saved', error),
    );
  }

  /**
   * A feature's listeners act only while this script is in charge: the first event after an
   * extension reload ends the orphaned script (and so removes them) instead of acting.
   */
  const listenWhileAlive: Listen = (target, type, handler, options) =>
    featureScope.listen(
      target,
      type,
      (event) => {
        if (lifetime.alive()) handler(event);
      },
      options,
    );

  /** Everything ShipLens shows goes, and every listener its features added. */
  function stopFeatures(): void {
    ui.clear();
    featureScope.end();
    featureScope = script.child();
  }

  function pass(): void {
    const current = (passes += 1);
    const url = new URL(location.href);
    const kind = pageKindOf(adapter, document, url);
    state = emptyPageState(adapter.id, url.href);
    const reply = rules.current;
    if (!kind || reply?.snapshot.settings.disabledConsoles.includes(adapter.id)) {
      stopFeatures();
      return;
    }
    // A kind read from the page's content needs no landmark: the content is there.
    if (
      adapter.detectPage(url) === kind &&
      !landmarkPresent(adapter.ready[kind]) &&
      !waitedLongEnough(url.href)
    ) {
      const waiting = `Waiting for the page: none of ${adapter.ready[kind].join(', ')}`;
      state = waitingPageState(adapter.id, url.href, kind, waiting);
      return;
    }
    if (!reply) {
      if (!rulesAsked) void loadRules();
      const why = rules.error ? `Rules unavailable: ${rules.error}` : 'Loading the rules';
      state = waitingPageState(adapter.id, url.href, kind, why);
      return;
    }
    // A detail page is drawn with the order, in this task.
    if (!showsRows(kind)) {
      runSlice(readPage(adapter, document, url, kind, noRows), noRows, [], 0, 0, current);
      return;
    }
    const rowSource = adapter.listRows(document, url);
    if (rowSource.rows.length <= ROWS_AT_ONCE) {
      // In the task that brought the rows, in page order: see ROWS_AT_ONCE.
      const page = readPage(adapter, document, url, kind, rowSource);
      runSlice(page, rowSource, rowSource.rows, 0, 0, current, FIRST_SLICE_MS);
      return;
    }
    // On a long list, reading the rest of the page (tracking fields, a ship dialog) and putting
    // the rows in screen order are a search or a layout of every one of the list's elements
    // each: each is task enough. They follow each other, then the slices.
    const stillCurrent = () => current === passes && lifetime.alive();
    nextTask(() => {
      if (!stillCurrent()) return;
      const page = readPage(adapter, document, url, kind, rowSource);
      nextTask(() => {
        if (!stillCurrent()) return;
        const ordered = screenOrder(rowSource.rows, window.innerHeight);
        runSlice(page, rowSource, ordered, 0, 0, current, SLICE_MS, MAX_SLICE_ROWS);
      });
    });
  }

  /**
   * One slice of a pass: the rows read and evaluated in `sliceMs` (at least one, at most
   * `maxRows`), and the features run on them; the next slice follows in a task of its own
   * unless a newer pass has started. Pages without rows are one slice.
   */
  function runSlice(
    base: PageModel,
    source: ListRowSource,
    ordered: readonly Element[],
    start: number,
    index: number,
    current: number,
    sliceMs = SLICE_MS,
    maxRows = Infinity,
  ): void {
    const reply = rules.current;
    if (!reply || current !== passes || !lifetime.alive()) return;
    const started = performance.now();
    const deadline = started + sliceMs;
    const rows: ListRow[] = [];
    let next = start;
    while (
      next < ordered.length &&
      (rows.length === 0 || (performance.now() < deadline && rows.length < maxRows))
    ) {
      const row = rowReader.read(source, ordered[next] as Element);
      rows.push(row);
      next += 1;
      // Evaluated within the slice's time: evaluatePage below gets it from the memo (a row
      // that throws is evaluated again there, and reported).
      if (row.facts.ok) {
        try {
          rules.evaluate(row.facts.facts);
        } catch {
          // reported by evaluatePage
        }
      }
    }
    const last = next >= ordered.length;
    const page = withRows(base, rows, { index, last, total: ordered.length });
    // Weights of SKUs first seen on this page arrive for the next pass.
    rules.fetchWeights(skusOn(page)).then(
      (arrived) => arrived && schedule(),
      (error: unknown) => console.warn('[ShipLens] SKU weights unavailable', error),
    );
    const evaluate = rules.evaluate.bind(rules);
    const featureContext: FeatureContext = {
      page,
      evaluations: evaluatePage(page, evaluate),
      ui,
      language: reply.snapshot.settings.language,
      t: translatorFrom(reply.messages),
      storageError: reply.storageError,
      signal: featureScope.signal,
      listen: listenWhileAlive,
      evaluate,
      saveSkuWeight,
      reportPage,
      dockCollapsed: reply.snapshot.settings.collapsedDocks.includes(adapter.id),
      setDockCollapsed,
      copy: copyText,
      schedule,
      later: (work) =>
        nextTask(() => {
          if (current !== passes || !lifetime.alive()) return;
          try {
            unobserved(work);
          } catch (error) {
            console.warn(`[ShipLens] work left for later failed on ${adapter.id}`, error);
          }
        }),
    };
    const onPage = features.filter((feature) => feature.pages.includes(page.kind));
    const errors: string[] = index === 0 ? [] : [...state.errors];
    runFeatures(
      onPage.filter((feature) => !feature.deferred && (index === 0 || feature.everySlice)),
      featureContext,
      errors,
    );
    state = pageState(page, featureContext.evaluations, errors);
    if (!last) {
      // The next slice reads no more rows than this one's reading and drawing together say
      // fit in SLICE_WITH_DRAWING_MS: drawing a hidden badge cost more than reading its row.
      const perRow = (performance.now() - started) / rows.length;
      const fit = Math.min(MAX_SLICE_ROWS, Math.max(1, Math.floor(SLICE_WITH_DRAWING_MS / perRow)));
      nextTask(() => runSlice(base, source, ordered, next, index + 1, current, SLICE_MS, fit));
      return;
    }
    const deferred = onPage.filter((feature) => feature.deferred);
    if (deferred.length === 0) return;
    // After the last slice's paint: the seller sees the panel and every badge before this
    // work starts, and a long list's slices are not held back by it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (current === passes && lifetime.alive()) runFeatures(deferred, featureContext, errors);
      }, 0),
    );
  }

  /**
   * Our own writes, with the page's observer off: a long list's badges are thousands of
   * insertions, and the records the browser would make of them (only to be recognised as ours
   * and dropped) cost more than the insertions. What the page changed before is noted first.
   */
  function unobserved(work: () => void): void {
    const pending = observer.takeRecords();
    observer.disconnect();
    try {
      work();
    } finally {
      if (!script.signal.aborted) observer.observe(document.documentElement, observed);
      noteMutations(pending);
    }
  }

  /** Runs `list` in order, each in its own try/catch; one render for all they changed. */
  function runFeatures(
    list: readonly Feature[],
    featureContext: FeatureContext,
    errors: string[],
  ): void {
    const { kind, url } = featureContext.page;
    unobserved(() =>
      ui.batch(() => {
        for (const feature of list) {
          try {
            feature.run(featureContext);
          } catch (error) {
            // One broken feature must not take the others down; say which one and where.
            const message = error instanceof Error ? error.message : String(error);
            errors.push(`${feature.id}: ${message}`);
            console.warn(
              `[ShipLens] ${feature.id} failed on ${adapter.id} ${kind} ${url.href}`,
              error,
            );
          }
        }
      }),
    );
  }

  // The popup reports on the tab, which is its top page: only the top frame answers (the first
  // frame to answer would win, and a report is of the page).
  if (window === window.top) {
    listenInTab({
      'get-page-state': async () => state,
      'capture-page': async () => capturePage(),
    });
  }
  function noteMutations(records: readonly MutationRecord[]): void {
    const theirs = records.filter((record) => !isOwnMutation(record));
    if (theirs.length === 0) return;
    rowReader.touch(theirs);
    schedule();
  }
  const observer = new MutationObserver(noteMutations);
  const observed: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(document.documentElement, observed);
  script.signal.addEventListener('abort', () => {
    observer.disconnect();
    ui.clear();
  });
  watchLocation(script.signal, () => {
    ui.clear();
    schedule();
  });
  script.listen(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible' && rulesAsked && lifetime.alive()) void loadRules();
  });
  // Frames run this script too (allFrames): most are the console's widgets and ads, which
  // need no rules until they show a console page.
  if (window === window.top || adapter.detectPage(new URL(location.href))) void loadRules();
}
