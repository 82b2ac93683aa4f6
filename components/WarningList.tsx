import type { Translate } from '../utils/translate';
import { localized } from '../utils/translate';
import type { Language } from '../utils/settings';
import type { PolicyWarning } from '../utils/rules/engine/types';
import { safeHref, severityLabel } from './format';

interface WarningListProps {
  warnings: PolicyWarning[];
  language: Language;
  t: Translate;
}

/** Policy warnings: which rule, since when, how sure, and a link to its source. */
export function WarningList({ warnings, language, t }: WarningListProps) {
  return (
    <ul className="warnings">
      {warnings.map((warning) => (
        <li
          key={warning.policyId}
          className={`warning warning-${warning.severity}`}
          data-shiplens="warning"
          data-policy={warning.policyId}
          data-severity={warning.severity}
        >
          <span className="severity">{severityLabel(warning.severity, t)}</span>{' '}
          <span className="warning-text">{localized(warning.message, language)}</span>
          <div className="warning-source muted">
            <a href={safeHref(warning.source.url)} target="_blank" rel="noreferrer noopener">
              {t('source')}
            </a>{' '}
            · {t('since', { date: warning.source.effectiveDate })} ·{' '}
            {t('confidence', { value: warning.source.confidence })}
            {warning.matched.length > 0 && (
              <span className="trace">
                {' '}
                ·{' '}
                {warning.matched
                  .map((condition) => `${condition.fact} = ${JSON.stringify(condition.actual)}`)
                  .join(', ')}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
