import { CopyButton } from '../../../components/CopyButton';
import { scanField } from '../../tracking';
import type { Feature } from '../feature';

const fieldKeys = new WeakMap<Element, string>();
let nextFieldKey = 0;

function keyOf(field: Element): string {
  let key = fieldKeys.get(field);
  if (!key) {
    key = `copy:${nextFieldKey++}`;
    fieldKeys.set(field, key);
  }
  return key;
}

/**
 * A copy button after every tracking number in the console's tracking fields, naming the
 * carrier recognised from the number itself. Text that holds no recognised number (an order
 * id, "--", "Add tracking") gets nothing.
 */
export const copyTracking: Feature = {
  id: 'copy-tracking',
  pages: ['order-detail', 'order-list', 'ship-form'],
  run(ctx) {
    const rendered = new Set<string>();
    for (const field of ctx.adapter.trackingFields(ctx.doc)) {
      const fieldKey = keyOf(field.element);
      const seen = new Set<string>();
      // Buttons go after the field in number order: each one after the previous button.
      let anchor: Element = field.element;
      for (const match of scanField(field.text)) {
        if (seen.has(match.number)) continue;
        seen.add(match.number);
        const key = `${fieldKey}:${match.number}`;
        rendered.add(key);
        anchor = ctx.ui.render(
          key,
          'copy',
          { anchor, position: 'after' },
          <CopyButton
            number={match.number}
            carrier={match.carrier}
            verified={match.verified}
            t={ctx.t}
            onCopy={ctx.copy}
          />,
        );
      }
    }
    ctx.ui.prune('copy:', rendered);
  },
};
