/**
 * How a warning cites the rule behind it (a policy or a customs rule): the source as the panel
 * shows it, and the instant from which the rule counts as stale. Both depend on the rule only,
 * so pack-index.ts works them out once per pack snapshot, not once per warning.
 */
import type { PolicyWarning } from './types';

/** A rule not checked against its source for this long may be out of date. */
const STALE_AFTER_MONTHS = 12;

type RuleSource = PolicyWarning['source'];

export interface Citation {
  source: RuleSource;
  /** Epoch ms from which the rule is stale (isStale). */
  staleFrom: number;
}

/** 12 calendar months after `verifiedAt` (YYYY-MM-DD), as epoch ms. */
export function staleFrom(verifiedAt: string): number {
  const [year, month, day] = verifiedAt.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1 + STALE_AFTER_MONTHS, day ?? 1);
}

/** Whether a rule cited this way is stale at `now`. */
export function isStale(citation: Citation, now: Date): boolean {
  return now.getTime() >= citation.staleFrom;
}

/** The source's public fields (a pack may be a parsed object with more), and its staleness. */
export function citationOf(source: RuleSource): Citation {
  const { url, effectiveDate, confidence, dated, verifiedAt, note } = source;
  return {
    source: {
      url,
      effectiveDate,
      confidence,
      dated,
      verifiedAt,
      ...(note === undefined ? {} : { note }),
    },
    staleFrom: staleFrom(verifiedAt),
  };
}
