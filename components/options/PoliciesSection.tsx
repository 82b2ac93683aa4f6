import { inLanguage, type Translate } from '../../utils/i18n';
import type { LayerId, OriginKey } from '../../utils/rules/pack/overlay';
import type { Policy } from '../../utils/rules/pack/schema';
import type { Language } from '../../utils/settings';
import { safeHref, severityLabel } from '../format';
import { formatDate } from '../extension-pages/dates';
import { confidenceLabel, consoleLabel } from '../extension-pages/labels';
import { LayerCell, SwitchCell } from './RuleRowCells';

interface PoliciesSectionProps {
  policies: readonly Policy[];
  origin: Readonly<Record<OriginKey, LayerId>>;
  disabled: readonly string[];
  t: Translate;
  language: Language;
  onSwitch(id: string, on: boolean): void;
  onRevert(id: string): void;
}

/** "2021-09", "2021-09-12" and "2021" as the source gives them; "unknown" said plainly. */
function effective(date: string, language: Language, t: Translate): string {
  if (date === 'unknown') return t('effectiveUnknown');
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date, language) : date;
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Every platform policy: on/off, where it comes from and since when, and its layer. */
export function PoliciesSection({
  policies,
  origin,
  disabled,
  t,
  language,
  onSwitch,
  onRevert,
}: PoliciesSectionProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('colOn')}</th>
            <th scope="col">{t('colPolicy')}</th>
            <th scope="col">{t('colEffective')}</th>
            <th scope="col">{t('colSource')}</th>
            <th scope="col">{t('colLayer')}</th>
          </tr>
        </thead>
        <tbody>
          {policies.map((policy) => {
            const layer = origin[`policy:${policy.id}`] ?? 'bundled';
            const on = !disabled.includes(policy.id);
            const name = inLanguage(policy.name, language);
            const href = safeHref(policy.source.url);
            return (
              <tr key={policy.id} data-policy={policy.id} className={on ? '' : 'off'}>
                <SwitchCell
                  on={on}
                  name={name}
                  onChange={(checked) => onSwitch(policy.id, checked)}
                />
                <td className="policy-cell">
                  <strong>{name}</strong>
                  <div className="muted small">
                    <span className={`severity severity-${policy.severity}`}>
                      {severityLabel(policy.severity, t)}
                    </span>
                    {' · '}
                    {consoleLabel(policy.platform, t)}
                    {' · '}
                    <span className="mono">{policy.id}</span>
                  </div>
                </td>
                <td>
                  <div className="nowrap">
                    {effective(policy.source.effectiveDate, language, t)}
                  </div>
                  {policy.source.dated && <span className="badge sample">{t('dated')}</span>}
                </td>
                <td className="small source-cell">
                  {href ? (
                    <a href={href} target="_blank" rel="noreferrer noopener">
                      {host(policy.source.url)}
                    </a>
                  ) : (
                    policy.source.url
                  )}
                  <div className="muted">{confidenceLabel(policy.source.confidence, t)}</div>
                </td>
                <LayerCell layer={layer} t={t} onRevert={() => onRevert(policy.id)} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
