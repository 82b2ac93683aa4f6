import type { Tally } from '../../utils/compliance/tallies';
import type { Translate } from '../../utils/i18n';
import type { Language } from '../../utils/settings';
import { nudgeText, tallyAttributes } from '../compliance-text';

/** The current console's tallies below target, in the words of the panel's nudge. */
export function ComplianceAlerts({
  tallies,
  t,
  language,
}: {
  tallies: Tally[];
  t: Translate;
  language: Language;
}) {
  if (tallies.length === 0) return null;
  return (
    <section aria-labelledby="popup-compliance" data-testid="popup-compliance">
      <h2 id="popup-compliance">{t('compliancePopupTitle')}</h2>
      <ul>
        {tallies.map((tally) => (
          <li key={tally.targetId} data-shiplens="compliance-alert" {...tallyAttributes(tally)}>
            {nudgeText(tally, language, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
