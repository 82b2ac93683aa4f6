import type { Translate } from '../../utils/i18n';
import type { NewChannel } from '../../utils/import/rate-card-channel';
import { consoleIds } from '../../utils/order-facts';
import { serviceLevels } from '../../utils/rules/pack/schema';
import type { ServiceLevel } from '../../utils/rules/engine/types';
import { levelLabel } from '../format';
import { consoleLabel } from '../extension-pages/labels';

interface NewChannelFieldsProps {
  value: NewChannel;
  t: Translate;
  onChange(value: NewChannel): void;
}

export function isComplete(channel: NewChannel): boolean {
  return channel.name.trim() !== '' && channel.platforms.length > 0 && channel.maxWeightGrams > 0;
}

/** What a new local channel needs besides its rate card. */
export function NewChannelFields({ value, t, onChange }: NewChannelFieldsProps) {
  const set = (patch: Partial<NewChannel>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="new-channel">
      <label className="field">
        <span className="field-label">{t('newChannelName')}</span>
        <input
          type="text"
          name="channel-name"
          value={value.name}
          onChange={(event) => set({ name: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('newChannelProvider')}</span>
        <input
          type="text"
          name="channel-provider"
          value={value.provider}
          onChange={(event) => set({ provider: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('newChannelLevel')}</span>
        <select
          name="channel-level"
          value={value.serviceLevel}
          onChange={(event) => set({ serviceLevel: event.target.value as ServiceLevel })}
        >
          {serviceLevels.map((level) => (
            <option key={level} value={level}>
              {levelLabel(level, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('newChannelMaxWeight')}</span>
        <input
          type="number"
          name="channel-max-weight"
          min={1}
          step={1}
          value={value.maxWeightGrams || ''}
          onChange={(event) => set({ maxWeightGrams: Math.floor(Number(event.target.value)) || 0 })}
        />
      </label>
      <fieldset className="field wide">
        <legend className="field-label">{t('newChannelPlatforms')}</legend>
        <div className="choices">
          {consoleIds.map((id) => (
            <label key={id} className="choice">
              <input
                type="checkbox"
                checked={value.platforms.includes(id)}
                onChange={(event) =>
                  set({
                    platforms: event.target.checked
                      ? [...value.platforms, id]
                      : value.platforms.filter((other) => other !== id),
                  })
                }
              />
              <span>{consoleLabel(id, t)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={value.tracked}
          onChange={(event) => set({ tracked: event.target.checked })}
        />
        <span>{t('newChannelTracked')}</span>
      </label>
    </fieldset>
  );
}
