import { useState, type FormEvent } from 'react';
import { errorText } from '../../utils/error-text';
import type { SkuWeightRecord } from '../../utils/db';
import type { Translate } from '../../utils/i18n';
import type { SkuWeight, SkuWeightsPreview } from '../../utils/import/sku-weights-csv';
import { consoleIds } from '../../utils/order-facts';
import type { Language } from '../../utils/settings';
import { ANY_CONSOLE, isSkuGrams, type SkuWeightConsole } from '../../utils/sku-weights';
import { formatDateTime } from '../extension-pages/dates';
import { weightConsoleLabel } from '../extension-pages/labels';
import { RowsPreview } from './RowsPreview';

const weightConsoles: readonly SkuWeightConsole[] = [...consoleIds, ANY_CONSOLE];

/** Enough for a screen; the filter finds the rest. */
const SHOWN = 200;

interface SkuWeightsSectionProps {
  weights: readonly SkuWeightRecord[];
  t: Translate;
  language: Language;
  sampleHref: string;
  preview(text: string): SkuWeightsPreview;
  onSave(consoleId: SkuWeightConsole, sku: string, grams: number): Promise<void>;
  onDelete(consoleId: SkuWeightConsole, sku: string): Promise<void>;
  onImport(weights: readonly SkuWeight[]): Promise<void>;
}

function grams(text: string): number | null {
  const value = Number(text);
  return text.trim() !== '' && isSkuGrams(value) ? value : null;
}

/** A weight cell: saved when it loses focus or on Enter, if it changed and is a weight. */
function WeightInput({
  row,
  label,
  onSave,
}: {
  row: SkuWeightRecord;
  label: string;
  onSave: SkuWeightsSectionProps['onSave'];
}) {
  const [text, setText] = useState(String(row.grams));
  const save = () => {
    const value = grams(text);
    if (value === null) setText(String(row.grams));
    else if (value !== row.grams) void onSave(row.console, row.sku, value);
  };
  return (
    <input
      type="number"
      className="weight-input"
      min={0}
      step="any"
      aria-label={label}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter') save();
      }}
    />
  );
}

/** The SKU weights the panel fills: edit, add, delete, import from CSV. */
export function SkuWeightsSection({
  weights,
  t,
  language,
  sampleHref,
  preview,
  onSave,
  onDelete,
  onImport,
}: SkuWeightsSectionProps) {
  const [filter, setFilter] = useState('');
  const [checked, setChecked] = useState<SkuWeightsPreview | null>(null);
  const [skip, setSkip] = useState(false);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const [draft, setDraft] = useState<{ console: SkuWeightConsole; sku: string; grams: string }>({
    console: 'amazon',
    sku: '',
    grams: '',
  });

  const needle = filter.trim().toLowerCase();
  const matching = weights.filter((row) => row.sku.toLowerCase().includes(needle));
  const draftGrams = grams(draft.grams);

  async function chooseFile(list: FileList | null) {
    setMessage('');
    setFailure('');
    setSkip(false);
    const file = list?.[0];
    try {
      setChecked(file ? preview(await file.text()) : null);
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  async function applyImport() {
    if (!checked) return;
    try {
      await onImport(checked.items);
    } catch (error) {
      setFailure(errorText(error));
      return;
    }
    setMessage(t('skuSaved', { count: checked.items.length }));
    setChecked(null);
    setInputKey((key) => key + 1);
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    setFailure('');
    const sku = draft.sku.trim();
    if (!sku || draftGrams === null) return;
    try {
      await onSave(draft.console, sku, draftGrams);
    } catch (error) {
      setFailure(errorText(error));
      return;
    }
    setDraft({ ...draft, sku: '', grams: '' });
  }

  return (
    <>
      <div className="toolbar">
        <input
          type="search"
          name="sku-filter"
          placeholder={t('skuFilter')}
          aria-label={t('skuFilter')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <span className="muted small">{t('skuCount', { count: weights.length })}</span>
        <span className="grow" />
        <label className="button">
          {t('skuImport')}
          <input
            key={inputKey}
            type="file"
            name="sku-file"
            accept=".csv,text/csv"
            className="visually-hidden"
            onChange={(event) => void chooseFile(event.target.files)}
          />
        </label>
        <a className="button quiet" href={sampleHref} download>
          {t('downloadSample')}
        </a>
      </div>

      {checked && (
        <RowsPreview
          checked={checked}
          testId="sku-preview"
          summary={t('skuPreviewSummary', {
            rows: checked.rowCount,
            weights: checked.items.length,
          })}
          skip={skip}
          t={t}
          language={language}
          onSkip={setSkip}
          onApply={() => void applyImport()}
          onCancel={() => setChecked(null)}
        />
      )}
      <p role="status" className={message ? 'notice ok' : 'visually-hidden'}>
        {message}
      </p>
      {failure && (
        <p className="notice error" role="alert">
          {failure}
        </p>
      )}

      {weights.length === 0 ? (
        <p className="muted empty">{t('skuNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table compact">
            <thead>
              <tr>
                <th scope="col">{t('colConsole')}</th>
                <th scope="col">{t('colSku')}</th>
                <th scope="col">{t('colWeight')}</th>
                <th scope="col">{t('colUpdated')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('skuDelete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {matching.slice(0, SHOWN).map((row) => (
                <tr key={`${row.console}:${row.sku}`} data-sku={row.sku} data-console={row.console}>
                  <td>{weightConsoleLabel(row.console, t)}</td>
                  <td className="mono">{row.sku}</td>
                  <td>
                    <WeightInput
                      key={`${row.grams}`}
                      row={row}
                      label={t('skuWeightLabel', {
                        sku: row.sku,
                        console: weightConsoleLabel(row.console, t),
                      })}
                      onSave={onSave}
                    />
                  </td>
                  <td className="muted small">{formatDateTime(row.updatedAt, language)}</td>
                  <td>
                    <button
                      type="button"
                      className="button quiet danger"
                      aria-label={t('skuDeleteLabel', { sku: row.sku })}
                      onClick={() => void onDelete(row.console, row.sku)}
                    >
                      {t('skuDelete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {matching.length > SHOWN && (
            <p className="muted small">
              {t('skuShowing', { shown: SHOWN, count: matching.length })}
            </p>
          )}
        </div>
      )}

      <form className="sku-add" onSubmit={(event) => void add(event)} aria-label={t('skuAddTitle')}>
        <select
          name="sku-console"
          aria-label={t('colConsole')}
          value={draft.console}
          onChange={(event) =>
            setDraft({ ...draft, console: event.target.value as SkuWeightConsole })
          }
        >
          {weightConsoles.map((id) => (
            <option key={id} value={id}>
              {weightConsoleLabel(id, t)}
            </option>
          ))}
        </select>
        <input
          type="text"
          name="sku-new"
          placeholder={t('colSku')}
          aria-label={t('colSku')}
          value={draft.sku}
          onChange={(event) => setDraft({ ...draft, sku: event.target.value })}
        />
        <input
          type="number"
          name="sku-grams"
          min={0}
          step="any"
          placeholder={t('colWeight')}
          aria-label={t('colWeight')}
          value={draft.grams}
          onChange={(event) => setDraft({ ...draft, grams: event.target.value })}
        />
        <button
          type="submit"
          className="button"
          disabled={!draft.sku.trim() || draftGrams === null}
        >
          {t('skuAdd')}
        </button>
      </form>
    </>
  );
}
