import { OrderPanel, type PanelState } from '../../../components/OrderPanel';
import type { Feature } from '../feature';

/** The recommendation panel next to the order on detail (and fulfil) pages. */
export const orderPanel: Feature = {
  id: 'order-panel',
  pages: ['order-detail', 'ship-form'],
  run(ctx) {
    const { order, panelMount, kind } = ctx.page;
    const evaluation = ctx.evaluations.order;
    if (!panelMount || !order) return;
    const state: PanelState =
      order.ok && evaluation
        ? { kind: 'ready', facts: order.facts, evaluation }
        : { kind: 'unread', reason: order.ok ? '' : order.reason };
    ctx.ui.render(
      'panel',
      'panel',
      panelMount,
      <OrderPanel
        state={state}
        language={ctx.language}
        t={ctx.t}
        storageError={ctx.storageError}
        warningsNextToForm={kind === 'ship-form'}
        onSaveWeight={ctx.saveSkuWeight}
      />,
    );
  },
};
