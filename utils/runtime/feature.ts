import type { Language } from '../settings';
import type { Translate } from '../translate';
import type { Evaluate, PageEvaluations } from './evaluations';
import type { Listen } from './lifetime';
import type { UiRegistry } from './mount';
import type { PageModel } from './page-model';

/**
 * What a feature may use on one pass: the page as the pass read it and each order's
 * evaluation, both read-only. A feature renders; it does not read the page for facts (the
 * pass did) or report to the popup (the runtime does).
 */
export interface FeatureContext {
  readonly page: PageModel;
  readonly evaluations: PageEvaluations;
  readonly ui: UiRegistry;
  readonly language: Language;
  readonly t: Translate;
  readonly storageError: string | null;
  /** Aborted when the content script ends or the console is switched off. */
  readonly signal: AbortSignal;
  /** addEventListener that ends with `signal`. */
  readonly listen: Listen;
  /**
   * Evaluate with the cached rules, for a decision that must use what the page says at that
   * moment (a submit), not what the pass read.
   */
  readonly evaluate: Evaluate;
  saveSkuWeight(sku: string, grams: number): Promise<void>;
  /** Save this page, scrubbed of buyer data, for a bug report; resolves with the file name. */
  reportPage(): Promise<string>;
  /** Whether the seller folded the docked panel away on this console. */
  readonly dockCollapsed: boolean;
  setDockCollapsed(collapsed: boolean): void;
  copy(text: string): Promise<void>;
  /** Ask for another pass soon (form input, a saved weight). */
  schedule(): void;
  /**
   * Run `work` in a task of its own, unless a newer pass has started by then: for work too
   * long for one task (no task of ours runs over 50 ms), done a piece at a time.
   */
  later(work: () => void): void;
}

/**
 * One injected feature. `run` must be idempotent: it is called on every pass (navigation,
 * re-render, form input) and renders through `ctx.ui`, which keeps one element per key.
 * Each feature runs in its own try/catch, so one console change breaks one feature only.
 */
export interface Feature {
  id: string;
  pages: readonly PageModel['kind'][];
  /**
   * Runs once per pass, after its last slice has rendered and the browser has painted, in a
   * task of its own: for work the seller does not look at first (reading the whole page's
   * text), so that it never holds back the panel or the list badges.
   */
  deferred?: boolean;
  /**
   * Runs on every slice of a long list with that slice's rows (`ctx.page.rows`,
   * `ctx.page.slice`); other features run once per pass, on its first slice.
   */
  everySlice?: boolean;
  run(ctx: FeatureContext): void;
}
