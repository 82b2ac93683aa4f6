import type { ReactNode } from 'react';

/**
 * "Skip the N bad rows": the choice every import preview offers when some rows are bad, so
 * the good ones can still be applied. `children` words it (the count, and any knock-on lines).
 */
export function SkipBadRows({
  skip,
  onSkip,
  children,
}: {
  skip: boolean;
  onSkip: (skip: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="choice skip">
      <input
        type="checkbox"
        name="skip-bad-rows"
        checked={skip}
        onChange={(event) => onSkip(event.target.checked)}
      />
      <span>{children}</span>
    </label>
  );
}
