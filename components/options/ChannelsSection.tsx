import { inLanguage, type Translate } from '../../utils/i18n';
import type { LayerId, OriginKey } from '../../utils/rules/pack/overlay';
import type { Channel } from '../../utils/rules/pack/schema';
import type { Language } from '../../utils/settings';
import { levelLabel } from '../format';
import { consoleLabel } from '../extension-pages/labels';
import { LayerCell, SwitchCell } from './RuleRowCells';

interface ChannelsSectionProps {
  channels: readonly Channel[];
  origin: Readonly<Record<OriginKey, LayerId>>;
  disabled: readonly string[];
  t: Translate;
  language: Language;
  onSwitch(id: string, on: boolean): void;
  onRevert(id: string): void;
}

/** Every channel of the active pack: on/off, what it is, its rates, and which layer it is from. */
export function ChannelsSection({
  channels,
  origin,
  disabled,
  t,
  language,
  onSwitch,
  onRevert,
}: ChannelsSectionProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('colOn')}</th>
            <th scope="col">{t('colChannel')}</th>
            <th scope="col">{t('colLevel')}</th>
            <th scope="col">{t('colPlatforms')}</th>
            <th scope="col">{t('colRates')}</th>
            <th scope="col">{t('colLayer')}</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((channel) => {
            const layer = origin[`channel:${channel.id}`] ?? 'bundled';
            const on = !disabled.includes(channel.id);
            const name = inLanguage(channel.name, language);
            return (
              <tr key={channel.id} data-channel={channel.id} className={on ? '' : 'off'}>
                <SwitchCell
                  on={on}
                  name={name}
                  onChange={(checked) => onSwitch(channel.id, checked)}
                />
                <td>
                  <strong>{name}</strong>
                  <div className="muted small">
                    {channel.provider} · <span className="mono">{channel.id}</span>
                  </div>
                </td>
                <td>{levelLabel(channel.serviceLevel, t)}</td>
                <td className="small">
                  {channel.platforms.map((id) => consoleLabel(id, t)).join(', ')}
                </td>
                <td>
                  <span
                    className={`badge ${channel.rateCard.sample ? 'sample' : 'local'}`}
                    title={channel.rateCard.source}
                  >
                    {channel.rateCard.sample ? t('ratesSample') : t('ratesOwn')}
                  </span>{' '}
                  <span className="muted small">{channel.rateCard.currency}</span>
                </td>
                <LayerCell layer={layer} t={t} onRevert={() => onRevert(channel.id)} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
