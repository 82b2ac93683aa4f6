/**
 * The content-script runtime shared by every console: gets the compiled rules snapshot from
 * the background once (and again when the tab comes back into view), then on every
 * navigation and console re-render runs each feature of the current page kind, each in its
 * own try/catch. Nothing is stored in the page's origin.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '../../components/shiplens.css?inline';
import { translatorFrom } from '../translate';
import type { ConsoleAdapter } from '../consoles/types';
import { listen, send, skuWeightKey, type PageState, type SnapshotReply } from '../messaging';
import { evaluate } from '../rules/engine/engine';
import { indexPack } from '../rules/engine/pack-index';
import { warmUpParsers } from '../parse/warm-up';
import type { FeatureContext, Feature } from './feature';
import { copyText } from './clipboard';
import { EvaluationMemo } from './evaluation-memo';
import { isOwnMutation, UiRegistry } from './mount';
import { orderPanel } from './features/order-panel';
import { listBadges } from './features/list-badges';
import { copyTracking, copyTrackingInText } from './features/copy-tracking';
import { copyAllTracking } from './features/copy-all-tracking';
import { createShipFormChecks } from './features/ship-form-checks';

/** Grams per unit for one console, keyed by SKU, from the `${console}:${sku}` table. */
function weightsFor(consoleId: string, all: Record<string, number>): Record<string, number> {
  const prefix = skuWeightKey(consoleId, '');
  const weights: Record<string, number> = {};
  for (const [key, grams] of Object.entries(all)) {
    if (key.startsWith(prefix)) weights[key.slice(prefix.length)] = grams;
  }
  return weights;
}

function landmarkPresent(selectors: readonly string[]): boolean {
  return selectors.some((selector) => document.querySelector(selector) !== null);
}

export function runConsole(adapter: ConsoleAdapter, ctx: ContentScriptContext): void {
  const features: Feature[] = [
    orderPanel,
    listBadges,
    copyTracking,
    copyTrackingInText,
    copyAllTracking,
    createShipFormChecks(),
  ];
  const ui = new UiRegistry(css);
  let rules: SnapshotReply | null = null;
  let rulesError: string | null = null;
  /** Evaluations under the current `rules`; replaced with them. */
  let evaluations = new EvaluationMemo();
  let state: PageState = emptyState();
  let scheduled = false;
  let lastPass = 0;
  /** Counts passes, so deferred work that a newer pass has overtaken is dropped. */
  let passes = 0;

  function emptyState(): PageState {
    return {
      console: adapter.id,
      pageKind: null,
      url: location.href,
      order: null,
      rows: 0,
      errors: [],
    };
  }

  /**
   * The first pass after a quiet spell runs as soon as the current task ends, so the panel
   * appears with the console's markup; while the console keeps rendering, passes are held to
   * one per animation frame, however many mutations arrive.
   */
  function schedule(): void {
    if (scheduled || ctx.isInvalid) return;
    scheduled = true;
    const run = () => {
      scheduled = false;
      lastPass = performance.now();
      pass();
    };
    if (performance.now() - lastPass > 100) queueMicrotask(run);
    else requestAnimationFrame(run);
  }

  async function loadRules(): Promise<void> {
    try {
      rules = await send({ type: 'get-snapshot' });
      evaluations = new EvaluationMemo();
      rulesError = null;
      // Build the pack's and the parsers' lookups now, not when the console's order arrives.
      indexPack(rules.snapshot.pack);
      warmUpParsers();
    } catch (error) {
      rulesError = error instanceof Error ? error.message : String(error);
    }
    schedule();
  }

  async function saveSkuWeight(sku: string, grams: number): Promise<void> {
    rules = await send({ type: 'save-sku-weight', console: adapter.id, sku, grams });
    evaluations = new EvaluationMemo();
    schedule();
  }

  function pass(): void {
    const current = (passes += 1);
    const url = new URL(location.href);
    const pageKind = adapter.detectPage(url);
    state = { ...emptyState(), pageKind };
    const snapshot = rules?.snapshot;
    if (!pageKind || snapshot?.settings.disabledConsoles.includes(adapter.id)) {
      ui.clear();
      return;
    }
    if (!landmarkPresent(adapter.ready[pageKind])) {
      state.errors.push(`Waiting for the page: none of ${adapter.ready[pageKind].join(', ')}`);
      return;
    }
    if (!rules || !snapshot) {
      if (rulesError) state.errors.push(`Rules unavailable: ${rulesError}`);
      return;
    }
    const language = snapshot.settings.language;
    const skuWeights = weightsFor(adapter.id, rules.skuWeights);
    const featureContext: FeatureContext = {
      adapter,
      doc: document,
      url,
      pageKind,
      ui,
      language,
      t: translatorFrom(rules.messages),
      storageError: rules.storageError,
      evaluate: (facts, form) =>
        evaluations.get(facts, form, new Date(), (now) =>
          evaluate({
            facts,
            pack: snapshot.pack,
            settings: snapshot.settings,
            now,
            skuWeights,
            form,
          }),
        ),
      saveSkuWeight,
      copy: copyText,
      schedule,
      state,
    };
    const applicable = features.filter((feature) => feature.pages.includes(pageKind));
    runFeatures(
      applicable.filter((feature) => !feature.deferred),
      featureContext,
    );
    const deferred = applicable.filter((feature) => feature.deferred);
    if (deferred.length === 0) return;
    // After the next paint: the seller sees the panel and badges before this work starts.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (current === passes && !ctx.isInvalid) runFeatures(deferred, featureContext);
      }, 0),
    );
  }

  /** Runs `list` in order, each in its own try/catch; one render for all they changed. */
  function runFeatures(list: readonly Feature[], featureContext: FeatureContext): void {
    const { pageKind, url } = featureContext;
    ui.batch(() => {
      for (const feature of list) {
        try {
          feature.run(featureContext);
        } catch (error) {
          // One broken feature must not take the others down; say which one and where.
          const message = error instanceof Error ? error.message : String(error);
          featureContext.state.errors.push(`${feature.id}: ${message}`);
          console.warn(
            `[ShipLens] ${feature.id} failed on ${adapter.id} ${pageKind} ${url.href}`,
            error,
          );
        }
      }
    });
  }

  listen({ 'get-page-state': async () => state });
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOwnMutation(record))) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    ui.clear();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ui.clear();
    schedule();
  });
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void loadRules();
  });
  void loadRules();
}
