import type { Translate } from '../utils/translate';
import type { Language } from '../utils/settings';
import type { PolicyWarning } from '../utils/rules/engine/types';
import { WarningList } from './WarningList';

interface FormWarningsProps {
  warnings: PolicyWarning[];
  /** A fined choice is active and the seller has not confirmed it yet. */
  needsConfirmation: boolean;
  confirmed: boolean;
  /** The seller tried to submit while confirmation was needed. */
  blockedAttempt: boolean;
  language: Language;
  t: Translate;
  onConfirm: () => void;
}

/** Live checks on a ship / confirm-shipment form, with the "ship anyway" gate. */
export function FormWarnings(props: FormWarningsProps) {
  const { warnings, needsConfirmation, confirmed, blockedAttempt, language, t, onConfirm } = props;
  return (
    <section
      className="panel form-warnings"
      data-shiplens="form-warnings"
      data-warnings={warnings.length}
      aria-live="polite"
    >
      <h2 className="panel-title">{t('formWarningsTitle')}</h2>
      {warnings.length > 0 ? (
        <WarningList warnings={warnings} language={language} t={t} />
      ) : (
        <p className="ok">{t('formOk')}</p>
      )}
      {needsConfirmation && !confirmed && (
        <div className="gate" data-shiplens="ship-anyway-gate" role="alert">
          <strong>{t('shipAnywayTitle')}</strong>
          <p>{t('shipAnywayHint')}</p>
          {blockedAttempt && <p className="blocked">{t('submitBlocked')}</p>}
          <button type="button" className="danger" data-shiplens="ship-anyway" onClick={onConfirm}>
            {t('shipAnyway')}
          </button>
        </div>
      )}
      {needsConfirmation && confirmed && (
        <p className="muted" data-shiplens="ship-anyway-confirmed">
          {t('shipAnywayConfirmed')}
        </p>
      )}
    </section>
  );
}
