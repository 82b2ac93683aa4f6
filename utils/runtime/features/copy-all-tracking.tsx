import { CopyAllButton } from '../../../components/CopyAllButton';
import { scanField } from '../../tracking';
import type { Feature } from '../feature';

/** "Copy all tracking numbers" on list pages: the rows shown, deduplicated, in page order. */
export const copyAllTracking: Feature = {
  id: 'copy-all-tracking',
  pages: ['order-list'],
  run(ctx) {
    const mount = ctx.adapter.listToolbarMount(ctx.doc);
    if (!mount) return;
    const numbers = new Set<string>();
    for (const field of ctx.adapter.trackingFields(ctx.doc)) {
      for (const match of scanField(field.text)) numbers.add(match.number);
    }
    ctx.ui.render(
      'copy-all',
      'copy-all',
      mount,
      <CopyAllButton numbers={[...numbers]} t={ctx.t} onCopy={ctx.copy} />,
    );
  },
};
