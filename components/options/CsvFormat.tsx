import type { MessageKey, Translate } from '../../utils/i18n';
import type { ColumnSpec } from '../../utils/import/table';

interface CsvFormatProps<C extends string> {
  /** The importer's own column table: names and whether each is required. */
  columns: Readonly<Record<C, ColumnSpec>>;
  /** What each column means, in the page's words. */
  meanings: Readonly<Record<C, MessageKey>>;
  /** The file's shape in one sentence ("one row per …"). */
  intro: MessageKey;
  /** Columns of which exactly one is given ("one of the two"). */
  oneOf?: readonly C[];
  t: Translate;
  sampleHref: string;
}

/** An importer's columns, from the parser's own table (docs/rate-card-csv.md says the same). */
export function CsvFormat<C extends string>({
  columns,
  meanings,
  intro,
  oneOf = [],
  t,
  sampleHref,
}: CsvFormatProps<C>) {
  const need = (column: C): MessageKey =>
    oneOf.includes(column) ? 'csvOneOf' : columns[column].required ? 'csvRequired' : 'csvOptional';
  return (
    <details className="csv-format">
      <summary>{t('csvFormat')}</summary>
      <p className="muted">{t(intro)}</p>
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">{t('csvColumn')}</th>
            <th scope="col">{t('csvMeaning')}</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(columns) as C[]).map((column) => {
            const [name, chinese] = columns[column].names;
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
