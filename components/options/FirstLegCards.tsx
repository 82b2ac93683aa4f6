import { useState, type ReactNode } from 'react';
import { errorText } from '../../utils/error-text';
import { inLanguage, type MessageKey, type Translate } from '../../utils/i18n';
import {
  firstLegColumns,
  type FirstLegCardPreview,
  type FirstLegColumn,
  type ImportedFirstLegLine,
} from '../../utils/import/first-leg-csv';
import type { LayerId, OriginKey } from '../../utils/rules/pack/overlay';
import type { FirstLegChannel } from '../../utils/rules/pack/schema';
import type { LocalizedText } from '../../utils/rules/engine/types';
import type { Language } from '../../utils/settings';
import { modeLabel } from '../compliance-text';
import { CsvFormat } from './CsvFormat';
import { RowsPreview } from './RowsPreview';
import { CsvFileField } from './CsvFileField';

const meanings: Record<FirstLegColumn, MessageKey> = {
  id: 'firstLegCsvColId',
  name: 'firstLegCsvColName',
  provider: 'firstLegCsvColProvider',
  mode: 'firstLegCsvColMode',
  origins: 'firstLegCsvColOrigins',
  destinations: 'firstLegCsvColDestinations',
  currency: 'firstLegCsvColCurrency',
  perKg: 'firstLegCsvColPerKg',
  volumetricDivisor: 'firstLegCsvColDivisor',
  minimumCharge: 'firstLegCsvColMinCharge',
  maxCartonKg: 'firstLegCsvColMaxCarton',
  perCbm: 'firstLegCsvColPerCbm',
  minimumCbm: 'firstLegCsvColMinCbm',
  perContainer: 'firstLegCsvColPerContainer',
  containerCbm: 'firstLegCsvColContainerCbm',
  containerMaxKg: 'firstLegCsvColContainerKg',
  minFillCbm: 'firstLegCsvColMinFill',
  minDays: 'firstLegCsvColDays',
  maxDays: 'firstLegCsvColDays',
};

/** A line's price in one phrase, as its card states it. */
function priceText(line: ImportedFirstLegLine, t: Translate): string {
  const { currency } = line;
  switch (line.mode) {
    case 'sea-lcl':
      return t('firstLegPriceCbm', { rate: line.perCbm, currency, minimum: line.minimumCbm });
    case 'sea-fcl':
      return t('firstLegPriceContainer', {
        rate: line.perContainer,
        currency,
        cbm: line.containerCbm,
        fill: line.minFillCbm,
      });
    default:
      return t('firstLegPriceKg', {
        rate: line.perKg,
        currency,
        divisor: line.volumetricDivisor,
        minimum: line.minimumCharge,
      });
  }
}

function LinesTable<L extends ImportedFirstLegLine>({
  lines,
  t,
  language,
  badge,
}: {
  lines: readonly L[];
  t: Translate;
  language: Language;
  /** The last cell of a row: where the line comes from, and what can be done with it. */
  badge?: (line: L) => ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">{t('complianceColLine')}</th>
            <th scope="col">{t('colDestination')}</th>
            <th scope="col">{t('firstLegColPrice')}</th>
            <th scope="col">{t('complianceColTransit')}</th>
            {badge && <th scope="col">{t('colLayer')}</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} data-testid="first-leg-card" data-line-id={line.id}>
              <td>
                {inLanguage(line.name, language)}{' '}
                <span className="tag">{modeLabel(line.mode, t)}</span>
                <div className="muted small">
                  {line.provider} · {line.origins.join(' ')}
                </div>
              </td>
              <td>{line.destinations.join(' ')}</td>
              <td>{priceText(line, t)}</td>
              <td className="nowrap">
                {t('deliveryDays', { min: line.transitDays.min, max: line.transitDays.max })}
              </td>
              {badge && <td>{badge(line)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface FirstLegCardsProps {
  /** The active pack's first-leg lines, with the layer each comes from. */
  lines: readonly FirstLegChannel[];
  origin: Readonly<Record<OriginKey, LayerId>>;
  t: Translate;
  language: Language;
  sampleHref: string;
  preview(text: string): FirstLegCardPreview;
  onApply(lines: readonly ImportedFirstLegLine[], fileName: string): Promise<LocalizedText[]>;
  onRemove(id: string): void;
}

/** The first-leg lines the planner costs, and a forwarder's card imported from CSV. */
export function FirstLegCards({
  lines,
  origin,
  t,
  language,
  sampleHref,
  preview,
  onApply,
  onRemove,
}: FirstLegCardsProps) {
  const [file, setFile] = useState<{ name: string; checked: FirstLegCardPreview } | null>(null);
  const [skip, setSkip] = useState(false);
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  // A new key empties the file input after an apply.
  const [inputKey, setInputKey] = useState(0);

  async function chooseFile(list: FileList | null) {
    setMessage('');
    setProblems([]);
    setSkip(false);
    const chosen = list?.[0];
    try {
      setFile(chosen ? { name: chosen.name, checked: preview(await chosen.text()) } : null);
    } catch (error) {
      setProblems([errorText(error)]);
    }
  }

  async function apply() {
    if (!file) return;
    try {
      const refused = await onApply(file.checked.items, file.name);
      if (refused.length > 0) {
        setProblems(refused.map((problem) => inLanguage(problem, language)));
        return;
      }
    } catch (error) {
      setProblems([errorText(error)]);
      return;
    }
    setMessage(t('firstLegCsvApplied', { count: file.checked.items.length }));
    setFile(null);
    setInputKey((key) => key + 1);
  }

  const checked = file?.checked;
  return (
    <div className="first-leg-cards" data-testid="first-leg-cards">
      <h3>{t('firstLegCardsTitle')}</h3>
      <LinesTable
        lines={lines}
        t={t}
        language={language}
        badge={(line) =>
          origin[`first-leg:${line.id}`] === 'local' ? (
            <>
              <span className="badge local">{t('ratesOwn')}</span>{' '}
              <button type="button" className="button quiet" onClick={() => onRemove(line.id)}>
                {t('revert')}
              </button>
            </>
          ) : (
            <span className={`badge ${line.sample ? 'sample' : 'local'}`}>
              {line.sample ? t('ratesSample') : t('ratesOwn')}
            </span>
          )
        }
      />
      <CsvFileField
        label={t('firstLegCsvFile')}
        name="first-leg-file"
        resetKey={inputKey}
        onFiles={(files) => void chooseFile(files)}
      />
      <CsvFormat
        columns={firstLegColumns}
        meanings={meanings}
        intro="firstLegCsvIntro"
        t={t}
        sampleHref={sampleHref}
      />
      {checked && (
        <RowsPreview
          checked={checked}
          testId="first-leg-preview"
          summary={t('firstLegCsvSummary', { rows: checked.rowCount, lines: checked.items.length })}
          skip={skip}
          t={t}
          language={language}
          onSkip={setSkip}
          onApply={() => void apply()}
          onCancel={() => setFile(null)}
        >
          {checked.items.length > 0 && (
            <LinesTable lines={checked.items} t={t} language={language} />
          )}
        </RowsPreview>
      )}
      <p
        role="status"
        data-testid="first-leg-result"
        className={message ? 'notice ok' : 'visually-hidden'}
      >
        {message}
      </p>
      {problems.length > 0 && (
        <div className="notice error" role="alert">
          <strong>{t('notApplied')}</strong>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
