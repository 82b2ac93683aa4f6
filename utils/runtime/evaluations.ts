/**
 * Each order on the page evaluated once per pass: the detail page's order, every list row,
 * and the ship form's order with what the form says. Features read these; none evaluates
 * the same order again.
 */
import type { OrderFacts } from '../order-facts';
import type { EvaluateInput } from '../rules/engine/input';
import type { Evaluation } from '../rules/engine/types';
import type { PageModel } from './page-model';

export type Evaluate = (facts: OrderFacts, form?: EvaluateInput['form']) => Evaluation;

export interface PageEvaluations {
  readonly order: Evaluation | null;
  /** Keyed by the row element; a row that could not be read or evaluated has none. */
  readonly rows: ReadonlyMap<Element, Evaluation>;
  /** The form's order evaluated with the form's carrier and tracking numbers. */
  readonly form: Evaluation | null;
  /** Rows whose evaluation threw: that row loses its badge, the others keep theirs. */
  readonly errors: readonly string[];
}

export function evaluatePage(page: PageModel, evaluate: Evaluate): PageEvaluations {
  const rows = new Map<Element, Evaluation>();
  const errors: string[] = [];
  for (const [index, { row, facts }] of page.rows.entries()) {
    if (!facts.ok) continue;
    try {
      rows.set(row, evaluate(facts.facts));
    } catch (error) {
      errors.push(`row ${index + 1} (${facts.facts.orderId}): ${String(error)}`);
    }
  }
  return {
    order: page.order?.ok ? evaluate(page.order.facts) : null,
    rows,
    form: page.formOrder && page.formState ? evaluate(page.formOrder, page.formState) : null,
    errors,
  };
}
