import type { Translate } from '../../utils/i18n';
import type { LayerId } from '../../utils/rules/pack/overlay';
import { layerLabel } from '../extension-pages/labels';

/** Which layer of the active pack a channel or policy comes from. */
export function LayerBadge({ layer, t }: { layer: LayerId; t: Translate }) {
  const kind = layer === 'bundled' ? '' : layer === 'local' ? 'local' : 'feed';
  const label = layerLabel(layer, t);
  return (
    <span className={`badge ${kind}`} data-layer={layer} title={label}>
      {label}
    </span>
  );
}
