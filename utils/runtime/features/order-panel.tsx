import { OrderPanel, type PanelState } from '../../../components/OrderPanel';
import type { Feature } from '../feature';

/**
 * The recommendation panel next to the order on detail (and fulfil) pages: at the console's
 * anchor, else beside the order id, else docked to the window's edge (panel-placement.ts).
 * A page that looks like an order page but cannot be read gets a panel that says so.
 */
export const orderPanel: Feature = {
  id: 'order-panel',
  pages: ['order-detail', 'ship-form'],
  run(ctx) {
    const { order, panel, kind } = ctx.page;
    const evaluation = ctx.evaluations.order;
    if (!panel || !order) return;
    const state: PanelState =
      order.ok && evaluation
        ? { kind: 'ready', facts: order.facts, evaluation }
        : { kind: 'unread', reason: order.ok ? '' : order.reason };
    const host = ctx.ui.render(
      'panel',
      'panel',
      panel.mount,
      <OrderPanel
        state={state}
        language={ctx.language}
        t={ctx.t}
        storageError={ctx.storageError}
        warningsNextToForm={kind === 'ship-form'}
        placement={panel.placement}
        collapsed={panel.placement === 'docked' && ctx.dockCollapsed}
        onToggleCollapsed={() => ctx.setDockCollapsed(!ctx.dockCollapsed)}
        onReport={ctx.reportPage}
        onSaveWeight={ctx.saveSkuWeight}
      />,
    );
    // The host itself is what is fixed to the window's edge (shiplens.css).
    host.dataset['placement'] = panel.placement;
  },
};
