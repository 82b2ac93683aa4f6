import type { RowError } from '../../utils/import/csv';
import { inLanguage, type Translate } from '../../utils/i18n';
import type { Language } from '../../utils/settings';

interface ImportErrorsProps {
  errors: readonly RowError[];
  t: Translate;
  language: Language;
}

/** Enough to see what is wrong; a file with 200k bad rows must not become 200k list items. */
const SHOWN = 200;

/** The bad rows of an import (the first 200), by line, with the reason in the seller's language. */
export function ImportErrors({ errors, t, language }: ImportErrorsProps) {
  if (errors.length === 0) return <p className="notice ok">{t('previewNoErrors')}</p>;
  return (
    <div className="notice error" role="alert">
      <p>
        <strong>
          {t('previewErrors', { count: new Set(errors.map((error) => error.line)).size })}
        </strong>
      </p>
      <ul className="row-errors" data-testid="row-errors">
        {errors.slice(0, SHOWN).map((error, index) => (
          <li key={`${error.line}-${index}`} data-line={error.line}>
            <span className="line">{t('previewLine', { line: error.line })}</span>
            {inLanguage(error.message, language)}
          </li>
        ))}
      </ul>
      {errors.length > SHOWN && (
        <p className="muted small">{t('hardeningMoreErrors', { count: errors.length - SHOWN })}</p>
      )}
    </div>
  );
}
