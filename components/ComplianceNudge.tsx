import type { Tally } from '../utils/compliance/tallies';
import type { Language } from '../utils/settings';
import type { Translate } from '../utils/translate';
import { nudgeText, tallyAttributes } from './compliance-text';

interface ComplianceNudgeProps {
  /** Tallies below target that this order falls under. */
  tallies: Tally[];
  language: Language;
  t: Translate;
}

/** Next to the order panel: this order's choice moves a share that is below target. */
export function ComplianceNudge({ tallies, language, t }: ComplianceNudgeProps) {
  return (
    <section className="panel nudge" data-shiplens="compliance-nudge" aria-live="polite">
      {tallies.map((tally) => (
        <p
          key={tally.targetId}
          className="notice"
          data-shiplens="compliance-nudge-line"
          data-target-id={tally.targetId}
          {...tallyAttributes(tally)}
        >
          {nudgeText(tally, language, t)}
        </p>
      ))}
    </section>
  );
}
