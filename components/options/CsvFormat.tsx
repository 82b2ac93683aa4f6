import type { MessageKey, Translate } from '../../utils/i18n';

const columns: Array<{
  name: string;
  chinese: string;
  need: 'csvRequired' | 'csvOptional' | 'csvOneOf';
  meaning: MessageKey;
}> = [
  { name: 'destination', chinese: '目的地', need: 'csvRequired', meaning: 'csvColDestination' },
  { name: 'from_g', chinese: '起始克重', need: 'csvRequired', meaning: 'csvColFromG' },
  { name: 'to_g', chinese: '截止克重', need: 'csvRequired', meaning: 'csvColToG' },
  { name: 'per_kg', chinese: '每公斤运费', need: 'csvOneOf', meaning: 'csvColPerKg' },
  { name: 'per_g', chinese: '每克运费', need: 'csvOneOf', meaning: 'csvColPerG' },
  { name: 'parcel_fee', chinese: '挂号费', need: 'csvRequired', meaning: 'csvColParcelFee' },
  { name: 'currency', chinese: '币种', need: 'csvRequired', meaning: 'csvColCurrency' },
  {
    name: 'min_chargeable_g',
    chinese: '最低计费克重',
    need: 'csvOptional',
    meaning: 'csvColMinChargeable',
  },
  {
    name: 'volumetric_divisor',
    chinese: '体积重系数',
    need: 'csvOptional',
    meaning: 'csvColDivisor',
  },
  { name: 'step_g', chinese: '进位克重', need: 'csvOptional', meaning: 'csvColStep' },
  {
    name: 'min_days / max_days',
    chinese: '最短时效 / 最长时效',
    need: 'csvOptional',
    meaning: 'csvColDays',
  },
];

/** The rate-card columns (docs/rate-card-csv.md, kept in step with utils/import/rate-card-csv.ts). */
export function CsvFormat({ t, sampleHref }: { t: Translate; sampleHref: string }) {
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
          {columns.map((column) => (
            <tr key={column.name}>
              <td className="nowrap">
                <code>{column.name}</code>
                <div className="muted small">{column.chinese}</div>
              </td>
              <td>
                {t(column.meaning)} <span className="badge">{t(column.need)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <a className="button" href={sampleHref} download>
        {t('downloadSample')}
      </a>
    </details>
  );
}
