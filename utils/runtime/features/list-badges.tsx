import { ListBadge, type BadgeState } from '../../../components/ListBadge';
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
      const state: BadgeState = facts.ok
        ? { kind: 'ready', facts: facts.facts, evaluation: ctx.evaluate(facts.facts) }
        : { kind: 'unread', reason: facts.reason };
      ctx.ui.render(
        key,
        'badge',
        mount,
        <ListBadge state={state} language={ctx.language} t={ctx.t} />,
      );
    }
    ctx.ui.prune('badge:', rendered);
    ctx.state.rows = rows.length;
  },
};
