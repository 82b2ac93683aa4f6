import { tallyAttributes, type NudgeLine } from './compliance-text';

/** Next to the order panel: this order's choice moves a share that is below target. */
export function ComplianceNudge({ lines }: { lines: NudgeLine[] }) {
  return (
    <section className="panel nudge" data-shiplens="compliance-nudge" aria-live="polite">
      {lines.map((line) => (
        <p
          key={line.targetId}
          className="notice"
          data-shiplens="compliance-nudge-line"
          data-target-id={line.targetId}
          {...tallyAttributes(line)}
        >
          {line.text}
        </p>
      ))}
    </section>
  );
}
