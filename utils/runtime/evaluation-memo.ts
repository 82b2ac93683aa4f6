import type { OrderFacts } from '../order-facts';
import type { EvaluateInput } from '../rules/engine/engine';
import type { Evaluation } from '../rules/engine/types';

const MINUTE = 60_000;

/**
 * Evaluations remembered between passes over the page. A console re-renders often (hover
 * cards, timers, every keystroke in its search box) and each re-render is a pass; a hundred
 * list rows that did not change need not be evaluated again. An entry is keyed by everything
 * the evaluation reads that can change on the page: the order's facts, the ship form's state,
 * and the clock to the minute (`now` is passed truncated, so a remembered result is exactly
 * what evaluating again would give; ship-by deadlines are counted in hours). Make a new memo
 * when the rules, settings or SKU weights change.
 */
export class EvaluationMemo {
  private readonly entries = new Map<string, Evaluation>();
  /**
   * The same facts object (a list row remembered by the row reader) asked again in the same
   * minute: no key to build. A list of 5,000 unchanged rows costs a lookup a row per pass.
   */
  private readonly byFacts = new WeakMap<OrderFacts, { minute: number; evaluation: Evaluation }>();

  /** @param limit entries kept; beyond it the oldest go (a long session of list pages). */
  constructor(private readonly limit = 2000) {}

  get(
    facts: OrderFacts,
    form: EvaluateInput['form'],
    now: Date,
    evaluate: (now: Date) => Evaluation,
  ): Evaluation {
    const minute = Math.floor(now.getTime() / MINUTE);
    const same = form === undefined ? this.byFacts.get(facts) : undefined;
    if (same?.minute === minute) return same.evaluation;
    const key = JSON.stringify([minute, facts, form ?? null]);
    let evaluation = this.entries.get(key);
    if (evaluation === undefined) {
      evaluation = evaluate(new Date(minute * MINUTE));
      if (this.entries.size >= this.limit) {
        const oldest = this.entries.keys().next();
        if (!oldest.done) this.entries.delete(oldest.value);
      }
      this.entries.set(key, evaluation);
    }
    if (form === undefined) this.byFacts.set(facts, { minute, evaluation });
    return evaluation;
  }
}
