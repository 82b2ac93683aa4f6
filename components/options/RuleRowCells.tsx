import type { Translate } from '../../utils/i18n';
import type { LayerId } from '../../utils/rules/pack/overlay';
import { LayerBadge } from './LayerBadge';

/** The first cell of a channel or policy row: the on/off switch, named for screen readers. */
export function SwitchCell({
  on,
  name,
  onChange,
}: {
  on: boolean;
  name: string;
  onChange: (on: boolean) => void;
}) {
  return (
    <td>
      <input
        type="checkbox"
        className="switch"
        checked={on}
        aria-label={name}
        onChange={(event) => onChange(event.target.checked)}
      />
    </td>
  );
}

/** The last cell of a channel or policy row: its layer, and "revert" for a local edit. */
export function LayerCell({
  layer,
  t,
  onRevert,
}: {
  layer: LayerId;
  t: Translate;
  onRevert: () => void;
}) {
  return (
    <td>
      <LayerBadge layer={layer} t={t} />
      {layer === 'local' && (
        <button type="button" className="button quiet small" onClick={onRevert}>
          {t('revert')}
        </button>
      )}
    </td>
  );
}
