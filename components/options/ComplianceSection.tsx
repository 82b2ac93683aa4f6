import type { Tally } from '../../utils/compliance/tallies';
import type { Translate } from '../../utils/i18n';
import type { Language } from '../../utils/settings';
import { inLanguage } from '../../utils/translate';
import { percent, tallyAttributes } from '../compliance-text';
import { consoleLabel } from '../extension-pages/labels';
import { ConfirmButton } from './ConfirmButton';
import { WeeklyChart } from './WeeklyChart';

interface ComplianceSectionProps {
  tallies: Tally[];
  ledgerSize: number;
  retentionDays: number;
  t: Translate;
  language: Language;
  onRetention(days: number): void;
  onClear(): void;
  onExport(): void;
}

/** One row per tally of the pack's targets, over the shipments ShipLens recorded. */
export function ComplianceSection(props: ComplianceSectionProps) {
  const { tallies, ledgerSize, retentionDays, t, language } = props;
  return (
    <div className="compliance">
      <table className="table">
        <thead>
          <tr>
            <th>{t('complianceColTally')}</th>
            <th>{t('complianceColShare')}</th>
            <th>{t('complianceColTarget')}</th>
            <th>{t('complianceColCount')}</th>
            <th>{t('complianceColWeeks')}</th>
          </tr>
        </thead>
        <tbody>
          {tallies.map((tally) => (
            <tr
              key={tally.targetId}
              data-shiplens="compliance-row"
              {...tallyAttributes(tally)}
              data-target={tally.target ?? ''}
              className={tally.belowTarget ? 'below-target' : ''}
            >
              <td>
                <strong>{inLanguage(tally.name, language)}</strong>
                <div className="muted">
                  {consoleLabel(tally.console, t)} ·{' '}
                  {t('complianceWindow', { days: tally.periodDays })} ·{' '}
                  <a href={tally.source.url} target="_blank" rel="noreferrer">
                    {t('complianceSource')}
                  </a>{' '}
                  ({tally.source.confidence})
                </div>
              </td>
              <td>
                {tally.share === null ? t('complianceNoShare') : `${percent(tally.share)}%`}
                {tally.belowTarget && <span className="tag warn"> {t('complianceBelow')}</span>}
              </td>
              <td>
                {tally.target === null ? t('complianceNoTarget') : `${percent(tally.target)}%`}
              </td>
              <td>{tally.count}</td>
              <td>
                <WeeklyChart
                  weeks={tally.weeks}
                  target={tally.target}
                  label={t('complianceChartLabel', { weeks: tally.weeks.length })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted" data-testid="compliance-ledger-size">
        {t('complianceLedgerCount', { count: ledgerSize })}
      </p>
      <div className="actions">
        <label>
          {t('complianceRetention')}{' '}
          <input
            type="number"
            min={7}
            max={3650}
            value={retentionDays}
            data-testid="compliance-retention"
            onChange={(event) => {
              const days = Number(event.currentTarget.value);
              if (Number.isInteger(days) && days >= 7 && days <= 3650) props.onRetention(days);
            }}
          />
        </label>
        <button type="button" className="button" onClick={props.onExport}>
          {t('complianceExport')}
        </button>
        <ConfirmButton
          label={t('complianceClear')}
          question={t('complianceClearQuestion')}
          yes={t('complianceClearYes')}
          no={t('complianceClearNo')}
          onConfirm={props.onClear}
        />
      </div>
    </div>
  );
}
