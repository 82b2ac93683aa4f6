import { listBadge, type BadgeState } from '../../../components/ListBadge';
import type { Feature } from '../feature';
import { nodeKeys } from '../mount';

const keyOf = nodeKeys('badge:');

/** A compact badge per order row on list pages. */
export const listBadges: Feature = {
  id: 'list-badges',
  pages: ['order-list'],
  run(ctx) {
    const rendered = new Set<string>();
    for (const { row, mount, facts } of ctx.page.rows) {
      const key = keyOf(row);
      const evaluation = ctx.evaluations.rows.get(row);
      const state: BadgeState | null = !facts.ok
        ? { kind: 'unread', reason: facts.reason }
        : evaluation
          ? { kind: 'ready', facts: facts.facts, evaluation }
          : null; // its evaluation failed (reported by the runtime): no badge for this row
      if (!state) continue;
      rendered.add(key);
      const badge = listBadge(ctx.page.doc, { state, language: ctx.language, t: ctx.t });
      ctx.ui.renderStatic(key, 'badge', mount, badge);
    }
    ctx.ui.prune('badge:', rendered);
  },
};
