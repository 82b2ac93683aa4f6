import type { Feature } from '../feature';
import { nodeKeys } from '../mount';
import { renderCopyButtons } from '../copy-buttons';

const fieldKey = nodeKeys('copy:field:');

/**
 * A copy button after every tracking number in the console's tracking fields, naming the
 * carrier recognised from the number itself; every format applies there.
 */
export const copyTracking: Feature = {
  id: 'copy-tracking',
  pages: ['order-detail', 'order-list', 'ship-form'],
  run(ctx) {
    const rendered = new Set<string>();
    for (const field of ctx.page.trackingFields)
      renderCopyButtons(ctx, fieldKey, field.element, field.matches, rendered);
    ctx.ui.prune('copy:field:', rendered);
  },
};
