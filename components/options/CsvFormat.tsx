import type { MessageKey, Translate } from '../../utils/i18n';
import { rateCardColumns } from '../../utils/import/rate-card-csv';

type Column = keyof typeof rateCardColumns;

const meanings: Record<Column, MessageKey> = {
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

function need(column: Column): MessageKey {
  if (column === 'perKg' || column === 'perGram') return 'csvOneOf';
  return rateCardColumns[column].required ? 'csvRequired' : 'csvOptional';
}

/** The rate-card columns, from the parser's own table (docs/rate-card-csv.md says the same). */
export function CsvFormat({ t, sampleHref }: { t: Translate; sampleHref: string }) {
  const columns = Object.keys(rateCardColumns) as Column[];
  return (
    <details className="csv-format">
      <summary>{t('csvFormat')}</summary>
      <p className="muted">{t('csvFormatIntro')}</p>
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">{t('csvColumn')}</th>
            <th scope="col">{t('csvMeaning')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => {
            const [name, chinese] = rateCardColumns[column].names;
            return (
              <tr key={column}>
                <td className="nowrap">
                  <code>{name}</code>
                  <div className="muted small">{chinese}</div>
                </td>
                <td>
                  {t(meanings[column])} <span className="badge">{t(need(column))}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <a className="button" href={sampleHref} download>
        {t('downloadSample')}
      </a>
    </details>
  );
}
