import type { ExtractResult, OrderFacts, PageKind } from '../order-facts';
import type { ConsoleAdapter } from '../consoles/types';
import type { Translate } from '../translate';
import type { Language } from '../settings';
import type { Evaluation } from '../rules/engine/types';
import type { EvaluateInput } from '../rules/engine/engine';
import type { PageState } from '../messaging';
import type { UiRegistry } from './mount';

/** What a feature may use on one pass over the page. */
export interface FeatureContext {
  adapter: ConsoleAdapter;
  doc: Document;
  url: URL;
  pageKind: PageKind;
  ui: UiRegistry;
  language: Language;
  t: Translate;
  storageError: string | null;
  /** Evaluate an order with the cached rules snapshot and the seller's SKU weights. */
  evaluate(facts: OrderFacts, form?: EvaluateInput['form']): Evaluation;
  saveSkuWeight(sku: string, grams: number): Promise<void>;
  copy(text: string): Promise<void>;
  /** Ask for another pass soon (form input, a saved weight). */
  schedule(): void;
  /** What the popup shows about this tab. */
  state: PageState;
}

/**
 * One injected feature. `run` must be idempotent: it is called on every pass (navigation,
 * re-render, form input) and renders through `ctx.ui`, which keeps one element per key.
 * Each feature runs in its own try/catch, so one console change breaks one feature only.
 */
export interface Feature {
  id: string;
  pages: readonly PageKind[];
  /**
   * Runs after the pass's other features have rendered and the browser has painted, in a
   * task of its own: for work the seller does not look at first (reading the whole page's
   * text), so that it never holds back the panel or the list badges.
   */
  deferred?: boolean;
  run(ctx: FeatureContext): void;
}

/** Summary of an extraction for the popup. */
export function describeOrder(
  result: ExtractResult,
  evaluation: Evaluation | null,
): NonNullable<PageState['order']> {
  return result.ok
    ? {
        read: true,
        orderId: result.facts.orderId,
        reason: null,
        missing: result.facts.missing,
        recommended: evaluation?.recommended?.channelId ?? null,
        warnings: evaluation?.warnings.length ?? 0,
      }
    : {
        read: false,
        orderId: null,
        reason: result.reason,
        missing: [],
        recommended: null,
        warnings: 0,
      };
}
