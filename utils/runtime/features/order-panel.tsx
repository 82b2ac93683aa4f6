import { OrderPanel, type PanelState } from '../../../components/OrderPanel';
import type { Feature } from '../feature';
import { describeOrder } from '../feature';

/** The recommendation panel next to the order on detail (and fulfil) pages. */
export const orderPanel: Feature = {
  id: 'order-panel',
  pages: ['order-detail', 'ship-form'],
  run(ctx) {
    const mount = ctx.adapter.panelMount(ctx.doc);
    const result = ctx.adapter.extractOrder(ctx.doc, ctx.url);
    const evaluation = result.ok ? ctx.evaluate(result.facts) : null;
    if (ctx.pageKind === 'order-detail' || !ctx.state.order) {
      ctx.state.order = describeOrder(result, evaluation);
    }
    if (!mount) return;
    const state: PanelState =
      result.ok && evaluation
        ? { kind: 'ready', facts: result.facts, evaluation }
        : { kind: 'unread', reason: result.ok ? '' : result.reason };
    ctx.ui.render(
      'panel',
      'panel',
      mount,
      <OrderPanel
        state={state}
        language={ctx.language}
        t={ctx.t}
        storageError={ctx.storageError}
        warningsNextToForm={ctx.pageKind === 'ship-form'}
        onSaveWeight={ctx.saveSkuWeight}
      />,
    );
  },
};
