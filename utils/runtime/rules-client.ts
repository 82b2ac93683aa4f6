/**
 * The content script's copy of the rules: the background's compiled snapshot, kept in
 * memory (never in the page's storage), fetched again only when its revision changed, and
 * the seller's weights for just the SKUs this page shows. Evaluations are remembered until
 * the rules or the weights change.
 */
import type { ConsoleId, OrderFacts } from '../order-facts';
import { send, type SkuWeights, type SnapshotReply } from '../messaging';
import { evaluate } from '../rules/engine/engine';
import type { EvaluateInput } from '../rules/engine/input';
import { indexPack } from '../rules/engine/pack-index';
import type { Evaluation } from '../rules/engine/types';
import { warmUpParsers } from '../parse/warm-up';
import { EvaluationMemo } from './evaluation-memo';

export class RulesClient {
  private reply: SnapshotReply | null = null;
  private memo = new EvaluationMemo();
  private readonly weights: SkuWeights = {};
  /** SKUs asked for already (with or without a saved weight): never asked twice. */
  private readonly asked = new Set<string>();
  error: string | null = null;

  constructor(private readonly consoleId: ConsoleId) {}

  get current(): SnapshotReply | null {
    return this.reply;
  }

  private held(): SnapshotReply {
    if (!this.reply) throw new Error('No rules snapshot yet');
    return this.reply;
  }

  /** Fetch the snapshot unless the one held is current; true when it changed. */
  async load(): Promise<boolean> {
    try {
      const answer = await send({ type: 'get-snapshot', knownRevision: this.reply?.revision });
      this.error = null;
      if ('unchanged' in answer) return false;
      this.reply = answer;
      this.memo = new EvaluationMemo();
      // Build the pack's and the parsers' lookups now, once per snapshot, not when the
      // console's order arrives.
      indexPack(answer.snapshot.pack);
      warmUpParsers();
      return true;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      return false;
    }
  }

  /** Ask for the weights of SKUs not asked for yet; true when any weight arrived. */
  async fetchWeights(skus: readonly string[]): Promise<boolean> {
    const missing = skus.filter((sku) => !this.asked.has(sku));
    if (missing.length === 0) return false;
    for (const sku of missing) this.asked.add(sku);
    const found = await send({ type: 'get-sku-weights', console: this.consoleId, skus: missing });
    if (Object.keys(found).length === 0) return false;
    Object.assign(this.weights, found);
    this.memo = new EvaluationMemo();
    return true;
  }

  async saveWeight(sku: string, grams: number): Promise<void> {
    await send({ type: 'save-sku-weight', console: this.consoleId, sku, grams });
    this.weights[sku] = grams;
    this.asked.add(sku);
    this.memo = new EvaluationMemo();
  }

  /** Apply the seller's fold of the docked panel to the snapshot held, before the background has it. */
  setDockCollapsed(collapsed: boolean): void {
    const reply = this.reply;
    if (!reply) return;
    const { settings } = reply.snapshot;
    const others = settings.collapsedDocks.filter((id) => id !== this.consoleId);
    const collapsedDocks = collapsed ? [...others, this.consoleId] : others;
    this.reply = {
      ...reply,
      snapshot: { ...reply.snapshot, settings: { ...settings, collapsedDocks } },
    };
  }

  /** As `evaluate`, without remembering the result (utils/runtime/warm-up.tsx). */
  evaluateAfresh(facts: OrderFacts, form?: EvaluateInput['form'], now = new Date()): Evaluation {
    const { pack, settings } = this.held().snapshot;
    return evaluate({ facts, pack, settings, now, skuWeights: this.weights, form });
  }

  /** Evaluate with the snapshot held; call only once `current` is set. */
  evaluate(facts: OrderFacts, form?: EvaluateInput['form']): Evaluation {
    return this.memo.get(facts, form, new Date(), (now) => this.evaluateAfresh(facts, form, now));
  }
}
