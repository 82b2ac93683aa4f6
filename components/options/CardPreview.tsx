import type { Translate } from '../../utils/i18n';
import type { RateCardPreview } from '../../utils/import/rate-card-csv';
import type { Band } from '../../utils/rules/pack/schema';
import type { Language } from '../../utils/settings';
import { countryName } from '../extension-pages/labels';
import { ImportErrors } from './ImportErrors';
import { SkipBadRows } from './SkipBadRows';

interface CardPreviewProps {
  preview: RateCardPreview;
  skip: boolean;
  t: Translate;
  language: Language;
  onSkip(skip: boolean): void;
}

function band(entry: Band, t: Translate): string {
  const vars = { from: entry.fromGrams, to: entry.toGrams, fee: entry.perParcelFee };
  const text =
    entry.perKg !== undefined
      ? t('bandPerKg', { ...vars, rate: entry.perKg })
      : t('bandPerGram', { ...vars, rate: entry.perGram ?? 0 });
  return entry.stepGrams === undefined
    ? text
    : `${text} (${t('bandStep', { step: entry.stepGrams })})`;
}

/** Bands shown per destination and lines named: a 200k-row card must not become 200k nodes. */
const SHOWN_BANDS = 12;
const SHOWN_LINES = 50;

function destinationName(key: string, language: Language): string {
  return /^[A-Z]{2}$/.test(key) ? `${key} · ${countryName(key, language)}` : key;
}

/** What a rate-card file would change, and every row that is wrong with it. */
export function CardPreview({ preview, skip, t, language, onSkip }: CardPreviewProps) {
  const { card, errors } = preview;
  const errorLines = new Set(errors.map((error) => error.line));
  const knockOn = card?.skipped.filter((line) => !errorLines.has(line)) ?? [];
  const knockOnText =
    knockOn.length > SHOWN_LINES
      ? `${knockOn.slice(0, SHOWN_LINES).join(', ')}, … (+${knockOn.length - SHOWN_LINES})`
      : knockOn.join(', ');
  return (
    <div className="preview" data-testid="rate-card-preview">
      <h3>{t('previewTitle')}</h3>
      {card && (
        <p className="muted">
          {t('previewSummary', {
            rows: preview.rowCount,
            destinations: Object.keys(card.rates).length,
            currency: card.currency,
          })}
          {card.volumetricDivisor !== null &&
            ` · ${t('previewDivisor', { divisor: card.volumetricDivisor })}`}
        </p>
      )}
      {preview.ignoredColumns.length > 0 && (
        <p className="muted small">
          {t('previewIgnored', { columns: preview.ignoredColumns.join(', ') })}
        </p>
      )}
      <ImportErrors errors={errors} t={t} language={language} />
      {errors.length > 0 && card && (
        <SkipBadRows skip={skip} onSkip={onSkip}>
          {t('previewSkip', { count: card.skipped.length })}
          {knockOn.length > 0 && (
            <span className="muted small"> {t('previewSkipMore', { lines: knockOnText })}</span>
          )}
        </SkipBadRows>
      )}
      {card && errors.length > 0 && <p className="muted">{t('previewIfSkipped')}</p>}
      {card ? (
        <div className="table-wrap">
          <table className="table compact">
            <thead>
              <tr>
                <th scope="col">{t('colDestination')}</th>
                <th scope="col">{t('colBands')}</th>
                <th scope="col">{t('colDays')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(card.rates).map(([key, entry]) => (
                <tr key={key} data-destination={key}>
                  <td className="nowrap">
                    {destinationName(key, language)}
                    {entry.minChargeableGrams !== undefined && (
                      <div className="muted small">
                        {t('minChargeable', { grams: entry.minChargeableGrams })}
                      </div>
                    )}
                  </td>
                  <td>
                    {entry.bands.slice(0, SHOWN_BANDS).map((item) => (
                      <div key={item.fromGrams}>
                        {band(item, t)} <span className="muted small">{card.currency}</span>
                      </div>
                    ))}
                    {entry.bands.length > SHOWN_BANDS && (
                      <div className="muted small">
                        {t('hardeningMoreBands', { count: entry.bands.length - SHOWN_BANDS })}
                      </div>
                    )}
                  </td>
                  <td className="nowrap">
                    {t('deliveryDays', { min: entry.minDays, max: entry.maxDays })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="notice error">{t('previewNothing')}</p>
      )}
    </div>
  );
}
