import type { ReactNode } from 'react';
import type { Translate } from '../../utils/i18n';
import type { CheckedRows } from '../../utils/import/table';
import type { Language } from '../../utils/settings';
import { ImportErrors } from './ImportErrors';
import { SkipBadRows } from './SkipBadRows';

interface RowsPreviewProps<T> {
  checked: CheckedRows<T>;
  testId: string;
  /** "12 rows · 10 weights to save". */
  summary: string;
  skip: boolean;
  t: Translate;
  language: Language;
  onSkip(skip: boolean): void;
  onApply(): void;
  onCancel(): void;
  /** What the good rows give, drawn as the import likes. */
  children?: ReactNode;
}

/**
 * The preview of an import whose rows stand alone (SKU weights, first-leg lines): every bad
 * row by line, "skip the rows with errors", apply or cancel. Nothing is applied until then.
 */
export function RowsPreview<T>({
  checked,
  testId,
  summary,
  skip,
  t,
  language,
  onSkip,
  onApply,
  onCancel,
  children,
}: RowsPreviewProps<T>) {
  const { errors, items } = checked;
  return (
    <div className="preview" data-testid={testId}>
      <h3>{t('previewTitle')}</h3>
      <p className="muted">{summary}</p>
      {checked.ignoredColumns.length > 0 && (
        <p className="muted small">
          {t('previewIgnored', { columns: checked.ignoredColumns.join(', ') })}
        </p>
      )}
      <ImportErrors errors={errors} t={t} language={language} />
      {errors.length > 0 && items.length > 0 && (
        <SkipBadRows skip={skip} onSkip={onSkip}>
          {t('previewSkip', { count: checked.skipped.length })}
        </SkipBadRows>
      )}
      {children}
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={items.length === 0 || (errors.length > 0 && !skip)}
          onClick={onApply}
        >
          {t('apply')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
