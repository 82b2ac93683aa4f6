import { useMemo, useState } from 'react';
import { inLanguage, type Translate } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import {
  rateCardColumns,
  type ImportedRateCard,
  type RateCardPreview,
} from '../../utils/import/rate-card-csv';
import type { NewChannel } from '../../utils/import/rate-card-channel';
import type { RateCardTarget } from '../../utils/options/actions';
import type { Channel } from '../../utils/rules/pack/schema';
import type { LocalizedText } from '../../utils/rules/engine/types';
import type { Language } from '../../utils/settings';
import { CardPreview } from './CardPreview';
import { CsvFormat } from './CsvFormat';
import { isComplete, NewChannelFields } from './NewChannelFields';
import { CsvFileField } from './CsvFileField';

const NEW = '__new';

const meanings: Record<keyof typeof rateCardColumns, MessageKey> = {
  destination: 'csvColDestination',
  fromGrams: 'csvColFromG',
  toGrams: 'csvColToG',
  perKg: 'csvColPerKg',
  perGram: 'csvColPerG',
  parcelFee: 'csvColParcelFee',
  currency: 'csvColCurrency',
  minChargeableGrams: 'csvColMinChargeable',
  volumetricDivisor: 'csvColDivisor',
  stepGrams: 'csvColStep',
  minDays: 'csvColDays',
  maxDays: 'csvColDays',
};

interface RateCardSectionProps {
  channels: readonly Channel[];
  t: Translate;
  language: Language;
  sampleHref: string;
  preview(text: string, target: RateCardTarget): RateCardPreview;
  onApply(
    target: RateCardTarget,
    card: ImportedRateCard,
    fileName: string,
  ): Promise<LocalizedText[]>;
}

type Result = { ok: true; text: string } | { ok: false; problems: string[] };

const blankChannel: NewChannel = {
  name: '',
  provider: '',
  platforms: [],
  serviceLevel: 'standard',
  tracked: true,
  maxWeightGrams: 2000,
};

/** Choose a channel and a CSV, see what it would change, then apply (or skip bad rows). */
export function RateCardSection({
  channels,
  t,
  language,
  sampleHref,
  preview,
  onApply,
}: RateCardSectionProps) {
  const [targetId, setTargetId] = useState('');
  const [draft, setDraft] = useState<NewChannel>(blankChannel);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [skip, setSkip] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  // A new key empties the file input after an apply.
  const [inputKey, setInputKey] = useState(0);

  const target: RateCardTarget | null =
    targetId === NEW
      ? { kind: 'new', channel: draft }
      : targetId
        ? { kind: 'existing', channelId: targetId }
        : null;
  // A new channel has no current card, so what is being typed into its form does not matter here.
  const checked = useMemo(() => {
    if (!file || !targetId) return null;
    return preview(
      file.text,
      targetId === NEW
        ? { kind: 'new', channel: blankChannel }
        : { kind: 'existing', channelId: targetId },
    );
  }, [file, targetId, preview]);
  const sorted = [...channels].sort((a, b) =>
    inLanguage(a.name, language).localeCompare(inLanguage(b.name, language), language),
  );
  const chosen = channels.find((channel) => channel.id === targetId);
  const canApply =
    target !== null &&
    checked?.card != null &&
    (checked.errors.length === 0 || skip) &&
    (target.kind === 'existing' || isComplete(draft));

  async function chooseFile(list: FileList | null) {
    setResult(null);
    setSkip(false);
    const chosenFile = list?.[0];
    setFile(chosenFile ? { name: chosenFile.name, text: await chosenFile.text() } : null);
  }

  async function apply() {
    if (!target || !checked?.card || !file) return;
    const name =
      target.kind === 'new' ? draft.name.trim() : chosen ? inLanguage(chosen.name, language) : '';
    try {
      const problems = await onApply(target, checked.card, file.name);
      if (problems.length > 0) {
        setResult({
          ok: false,
          problems: problems.map((problem) => inLanguage(problem, language)),
        });
        return;
      }
      setResult({ ok: true, text: t('rateCardApplied', { channel: name }) });
      setFile(null);
      setSkip(false);
      setInputKey((key) => key + 1);
      if (target.kind === 'new') setDraft(blankChannel);
    } catch (error) {
      setResult({ ok: false, problems: [error instanceof Error ? error.message : String(error)] });
    }
  }

  return (
    <div className="rate-card">
      <div className="settings-grid">
        <label className="field">
          <span className="field-label">{t('rateCardTarget')}</span>
          <select
            name="rate-card-target"
            value={targetId}
            onChange={(event) => setTargetId(event.target.value)}
          >
            <option value="">{t('chooseChannel')}</option>
            {sorted.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {inLanguage(channel.name, language)} · {channel.provider}
              </option>
            ))}
            <option value={NEW}>{t('rateCardNewChannel')}</option>
          </select>
        </label>
        <CsvFileField
          label={t('rateCardFile')}
          name="rate-card-file"
          resetKey={inputKey}
          onFiles={(files) => void chooseFile(files)}
        />
      </div>
      {targetId === NEW && <NewChannelFields value={draft} t={t} onChange={setDraft} />}
      {chosen && (
        <p className="muted small">
          {t('rateCardReplaces', { channel: inLanguage(chosen.name, language) })}
        </p>
      )}
      <CsvFormat
        columns={rateCardColumns}
        meanings={meanings}
        intro="csvFormatIntro"
        oneOf={['perKg', 'perGram']}
        t={t}
        sampleHref={sampleHref}
      />
      {checked && (
        <CardPreview preview={checked} skip={skip} t={t} language={language} onSkip={setSkip} />
      )}
      {checked && targetId === NEW && !isComplete(draft) && (
        <p className="notice">{t('newChannelIncomplete')}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={!canApply}
          onClick={() => void apply()}
        >
          {t('apply')}
        </button>
      </div>
      <div role="status" data-testid="rate-card-result">
        {result?.ok && <p className="notice ok">{result.text}</p>}
        {result && !result.ok && (
          <div className="notice error">
            <strong>{t('notApplied')}</strong>
            <ul>
              {result.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
