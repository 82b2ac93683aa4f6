import { useState } from 'react';
import { errorText } from '../../utils/error-text';
import { inLanguage, type Translate } from '../../utils/i18n';
import type { Backup, BackupParse } from '../../utils/import/backup';
import type { LocalizedText } from '../../utils/rules/engine/types';
import type { Language } from '../../utils/settings';
import { formatDateTime } from '../extension-pages/dates';
import { countryName, objectiveKeys } from '../extension-pages/labels';

interface BackupSectionProps {
  t: Translate;
  language: Language;
  onExport(): Promise<void>;
  parse(text: string): BackupParse;
  onRestore(backup: Backup): Promise<LocalizedText[]>;
}

type Outcome = { ok: true } | { ok: false; problems: string[] };

/** The whole set-up as one JSON file: download it, or read one in after a look at it. */
export function BackupSection({ t, language, onExport, parse, onRestore }: BackupSectionProps) {
  const [parsed, setParsed] = useState<BackupParse | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function chooseFile(list: FileList | null) {
    setOutcome(null);
    const file = list?.[0];
    try {
      setParsed(file ? parse(await file.text()) : null);
    } catch (error) {
      setParsed({ ok: false, errors: [{ en: errorText(error), 'zh-CN': errorText(error) }] });
    }
  }

  async function restore(backup: Backup) {
    let problems: LocalizedText[];
    try {
      problems = await onRestore(backup);
    } catch (error) {
      setOutcome({ ok: false, problems: [errorText(error)] });
      return;
    }
    setOutcome(
      problems.length === 0
        ? { ok: true }
        : { ok: false, problems: problems.map((p) => inLanguage(p, language)) },
    );
    if (problems.length === 0) {
      setParsed(null);
      setInputKey((key) => key + 1);
    }
  }

  const backup = parsed?.ok ? parsed.backup : null;
  return (
    <>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void onExport()}>
          {t('backupExport')}
        </button>
        <label className="button">
          {t('backupImport')}
          <input
            key={inputKey}
            type="file"
            name="backup-file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(event) => void chooseFile(event.target.files)}
          />
        </label>
      </div>
      {parsed && !parsed.ok && (
        <div className="notice error" role="alert">
          <strong>{t('backupInvalid')}</strong>
          <ul>
            {parsed.errors.map((error, index) => (
              <li key={index}>{inLanguage(error, language)}</li>
            ))}
          </ul>
        </div>
      )}
      {backup && (
        <div className="preview" data-testid="backup-preview">
          <h3>{t('previewTitle')}</h3>
          <p>
            {t('backupSummary', {
              date: formatDateTime(backup.exportedAt, language),
              channels: backup.localRules?.channels.length ?? 0,
              policies: backup.localRules?.policies.length ?? 0,
              weights: backup.skuWeights.length,
              country: countryName(backup.settings.shipFromCountry, language),
              currency: backup.settings.currency,
              objective: t(objectiveKeys[backup.settings.objective].label),
            })}
          </p>
          <p className="muted small">{t('backupReplaces')}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => void restore(backup)}>
              {t('apply')}
            </button>
            <button type="button" className="button" onClick={() => setParsed(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status">
        {outcome?.ok && <p className="notice ok">{t('backupImported')}</p>}
        {outcome && !outcome.ok && (
          <div className="notice error">
            <strong>{t('notApplied')}</strong>
            <ul>
              {outcome.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </>
  );
}
