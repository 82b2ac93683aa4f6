import { listBadge, type BadgeState } from '../../../components/ListBadge';
import type { Evaluation } from '../../rules/engine/types';
import type { Feature } from '../feature';
import { nodeKeys } from '../mount';

/** A compact badge per order row on list pages. */
export function createListBadges(): Feature {
  const keyOf = nodeKeys('badge:');
  /** Badges drawn in this pass, over its slices; the others are removed at its last slice. */
  let rendered = new Set<string>();
  /** What each badge shows, so an unchanged row is not drawn again. */
  let shown = new WeakMap<Element, Evaluation | string>();
  let shownLanguage = '';
  /** Badges of rows read after the first slice, put in hidden then and shown at the last one. */
  let pending: (() => void)[] = [];
  return {
    id: 'list-badges',
    pages: ['order-list'],
    everySlice: true,
    run(ctx) {
      if (ctx.page.slice.index === 0) {
        rendered = new Set();
        pending = [];
      }
      if (ctx.language !== shownLanguage) {
        shown = new WeakMap();
        shownLanguage = ctx.language;
      }
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
        // The memo hands back the same evaluation for an unchanged row: nothing to redraw.
        const content = facts.ok ? (evaluation as Evaluation) : facts.reason;
        if (shown.get(row) === content && ctx.ui.has(key)) continue;
        const badge = listBadge(ctx.page.doc, { state, language: ctx.language, t: ctx.t });
        shown.set(row, content);
        // The first slice holds the rows on screen: drawn at once. The others are put in hidden
        // now and shown at the last slice, all in one go: the console lays its table out again
        // once (a long table takes most of a second), not after every slice.
        if (ctx.page.slice.index === 0) ctx.ui.renderStatic(key, 'badge', mount, badge);
        else pending.push(ctx.ui.prepareStatic(key, 'badge', mount, badge));
      }
      if (ctx.page.slice.last) {
        // In a task of its own: showing thousands of hosts is work enough for one (about
        // 15 ms for 5,000 in Chromium), and the last slice has read its rows already.
        const shows = pending;
        const keep = rendered;
        pending = [];
        ctx.later(() =>
          ctx.ui.batch(() => {
            for (const show of shows) show();
            ctx.ui.prune('badge:', keep);
          }),
        );
      }
    },
  };
}
