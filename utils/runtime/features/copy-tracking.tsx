import type { Feature } from '../feature';
import { nodeKeys } from '../mount';
import { renderCopyButtons } from '../copy-buttons';
import { inPieces } from '../in-pieces';

const fieldKey = nodeKeys('copy:field:');

/**
 * A copy button after every tracking number in the console's tracking fields, naming the
 * carrier recognised from the number itself; every format applies there. A list with
 * thousands of shipped orders gets its buttons a piece at a time.
 */
export const copyTracking: Feature = {
  id: 'copy-tracking',
  pages: ['order-detail', 'order-list', 'ship-form'],
  run(ctx) {
    const rendered = new Set<string>();
    inPieces(
      ctx,
      ctx.page.trackingFields.values(),
      (field) => renderCopyButtons(ctx, fieldKey, field.element, field.matches, rendered),
      // Every field handled: buttons of numbers no longer on the page go.
      () => ctx.ui.prune('copy:field:', rendered),
    );
  },
};
