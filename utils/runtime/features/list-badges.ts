import { listBadge, type BadgeState } from '../../../components/ListBadge';
import type { Feature } from '../feature';
import { nodeKeys } from '../mount';

const keyOf = nodeKeys('badge:');

/** A compact badge per order row on list pages. */
export const listBadges: Feature = {
  id: 'list-badges',
  pages: ['order-list'],
  run(ctx) {
    const rows = ctx.adapter.listRows(ctx.doc, ctx.url);
    const rendered = new Set<string>();
    for (const { row, mount, facts } of rows) {
      const key = keyOf(row);
      rendered.add(key);
      // One row that cannot be evaluated or drawn loses its own badge, not the others'.
      try {
        const state: BadgeState = facts.ok
          ? { kind: 'ready', facts: facts.facts, evaluation: ctx.evaluate(facts.facts) }
          : { kind: 'unread', reason: facts.reason };
        const badge = listBadge(ctx.doc, { state, language: ctx.language, t: ctx.t });
        ctx.ui.renderStatic(key, 'badge', mount, badge);
      } catch (error) {
        console.warn(`[ShipLens] the badge of row ${key} failed`, error);
        ctx.state.errors.push(`list-badges: row ${key}: ${String(error)}`);
      }
    }
    ctx.ui.prune('badge:', rendered);
    ctx.state.rows = rows.length;
  },
};
