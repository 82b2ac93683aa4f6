import { CopyAllButton } from '../../../components/CopyAllButton';
import type { Feature } from '../feature';

/** "Copy all tracking numbers" on list pages: the rows shown, deduplicated, in page order. */
export const copyAllTracking: Feature = {
  id: 'copy-all-tracking',
  pages: ['order-list'],
  run(ctx) {
    const mount = ctx.page.listToolbarMount;
    if (!mount) return;
    const numbers = new Set<string>();
    for (const field of ctx.page.trackingFields) {
      for (const match of field.matches) numbers.add(match.number);
    }
    ctx.ui.render(
      'copy-all',
      'copy-all',
      mount,
      <CopyAllButton numbers={[...numbers]} t={ctx.t} onCopy={ctx.copy} />,
    );
  },
};
