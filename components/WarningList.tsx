import type { Translate } from '../utils/translate';
import { inLanguage } from '../utils/translate';
import type { Language } from '../utils/settings';
import type { PolicyWarning } from '../utils/rules/engine/types';
import { formatPartialDate, safeHref, severityLabel } from './format';
import { confidenceLabel } from './extension-pages/labels';

interface WarningListProps {
  warnings: PolicyWarning[];
  language: Language;
  t: Translate;
  /** 'customs': the destination's rules, hooked as `data-shiplens="customs"`. */
  kind?: 'warning' | 'customs';
}

/**
 * Policy warnings: a sentence the seller acts on first; then which rule, since when, how sure
 * we are and when it was last checked (flagged when that is a year ago or more); the values
 * that set it off stay in collapsed details.
 */
export function WarningList({ warnings, language, t, kind = 'warning' }: WarningListProps) {
  return (
    <ul className="warnings">
      {warnings.map((warning) => (
        <li
          key={warning.policyId}
          className={`warning warning-${warning.severity}`}
          data-shiplens={kind}
          data-policy={warning.policyId}
          data-severity={warning.severity}
          data-checked={warning.source.verifiedAt}
          data-stale={warning.stale ? 'true' : undefined}
        >
          <span className="severity">{severityLabel(warning.severity, t)}</span>{' '}
          <span className="warning-text">{inLanguage(warning.message, language)}</span>
          <WarningSource warning={warning} language={language} t={t} />
          {warning.details.length > 0 && (
            <details className="warning-details muted">
              <summary>{t('polWhy')}</summary>
              <ul>
                {warning.details.map((line) => (
                  <li key={line.en}>{inLanguage(line, language)}</li>
                ))}
              </ul>
              {/* Notes are maintainers' English: shown to English readers only. */}
              {language === 'en' && warning.source.note && <p>{warning.source.note}</p>}
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

function WarningSource({
  warning,
  language,
  t,
}: { warning: PolicyWarning } & Omit<WarningListProps, 'warnings' | 'kind'>) {
  const { source } = warning;
  return (
    <div className="warning-source muted">
      <a href={safeHref(source.url)} target="_blank" rel="noreferrer noopener">
        {t('source')}
      </a>{' '}
      ·{' '}
      {source.effectiveDate === 'unknown'
        ? t('polStartUnknown')
        : t('polInForce', { date: formatPartialDate(source.effectiveDate, language) })}{' '}
      · {confidenceLabel(source.confidence, t)} ·{' '}
      <span data-shiplens="checked">
        {t('polChecked', { date: formatPartialDate(source.verifiedAt, language) })}
      </span>
      {warning.stale && (
        <>
          {' '}
          · <strong className="stale">{t('polMayBeOutdated')}</strong>
        </>
      )}
    </div>
  );
}
