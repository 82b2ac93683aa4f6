import type { FirstLegAdvice as Advice } from '../utils/rules/engine/first-leg';
import type { Language } from '../utils/settings';
import { localized, type Translate } from '../utils/translate';
import { arrivesText, chargeableText, modeLabel } from './compliance-text';
import { formatMoney } from './format';

interface FirstLegAdviceProps {
  advice: Advice;
  language: Language;
  t: Translate;
}

/**
 * The first-leg recommendation and every line with its figures: on Send to Amazon pages
 * and in the options planner (the same result as `npm run rules -- first-leg`).
 */
export function FirstLegAdvice({ advice, language, t }: FirstLegAdviceProps) {
  const { result, names, notices, neededBy, sampleRates } = advice;
  const name = (id: string) => {
    const text = names[id];
    return text ? localized(text, language) : id;
  };
  return (
    <section
      className="first-leg"
      data-shiplens="first-leg"
      data-channel={result.recommended ?? ''}
    >
      <p className="first-leg-top">
        <strong>
          {result.recommended
            ? t('complianceFirstLegRecommended', { name: name(result.recommended) })
            : t('complianceFirstLegNone', { date: neededBy })}
        </strong>
      </p>
      {sampleRates && <p className="muted">{t('complianceFirstLegSample')}</p>}
      <table className="first-leg-options">
        <thead>
          <tr>
            <th>{t('complianceColLine')}</th>
            <th>{t('complianceColChargeable')}</th>
            <th>{t('complianceColCost')}</th>
            <th>{t('complianceColTransit')}</th>
            <th>{t('complianceColArrives')}</th>
            <th>{t('complianceColWhy')}</th>
          </tr>
        </thead>
        <tbody>
          {result.options.map((option) => (
            <tr
              key={option.channelId}
              data-shiplens="first-leg-option"
              data-channel={option.channelId}
              data-eligible={option.eligible}
              className={option.eligible ? '' : 'muted'}
            >
              <td>
                {name(option.channelId)} <span className="tag">{modeLabel(option.mode, t)}</span>
              </td>
              <td>{chargeableText(option.chargeable, t)}</td>
              <td>
                {formatMoney(option.cost, language)}
                {option.cost.converted && ` ≈ ${formatMoney(option.cost.converted, language)}`}
              </td>
              <td>{t('complianceTransitDays', option.transitDays)}</td>
              <td>{arrivesText(option)}</td>
              <td>
                {option.reasons.map((reason) => localized(reason.message, language)).join(' ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {notices.length > 0 && (
        <ul className="first-leg-notices muted">
          {notices.map((notice) => (
            <li key={notice.id} data-policy={notice.id}>
              {localized(notice.message, language)}{' '}
              <a href={notice.source.url} target="_blank" rel="noreferrer">
                {t('complianceSource')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
