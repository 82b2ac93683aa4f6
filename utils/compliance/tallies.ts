/**
 * Tallies: each compliance target of the pack over the ledger rows in its window. Pure, so
 * the options page, the popup and the panel nudge compute the same figures from the same
 * rows. A tally counts only what ShipLens saw, and says on how many shipments it rests.
 */
import { addDays } from '../iso-date';
import type { ConsoleId } from '../order-facts';
import type { ComplianceTarget, RulesPack } from '../rules/pack/schema';
import type { LocalizedText } from '../rules/engine/types';
import type { LedgerRow } from './ledger';

export interface WeekPoint {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  week: string;
  count: number;
  /** Null when nothing in scope shipped that week. */
  share: number | null;
}

export interface Tally {
  targetId: string;
  console: ConsoleId;
  name: LocalizedText;
  scope: string;
  /** Shipments in scope within the window. */
  count: number;
  /** Of those, the ones that meet the measure. */
  meeting: number;
  /** 0–1; null when count is 0. */
  share: number | null;
  target: number | null;
  periodDays: number;
  /** Strictly below target, with at least one shipment. */
  belowTarget: boolean;
  weeks: WeekPoint[];
  advice: LocalizedText;
  source: ComplianceTarget['source'];
}

/** The Monday of the ISO week holding `isoDate`. */
export function weekOf(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return addDays(isoDate, -((day + 6) % 7));
}

export function inScope(row: LedgerRow, target: ComplianceTarget): boolean {
  if (row.console !== target.platform) return false;
  if (target.destinations && !(row.destination && target.destinations.includes(row.destination)))
    return false;
  if (target.origins && !target.origins.includes(row.origin)) return false;
  if (target.valueBands && !target.valueBands.includes(row.valueBand)) return false;
  return true;
}

export function meetsMeasure(row: LedgerRow, target: ComplianceTarget): boolean {
  const { measure } = target;
  if (measure.kind === 'valid-tracking') return row.trackingValid;
  // Every channel the carrier may be must count: "SpeedPAK" is any SpeedPAK line.
  return row.channels.length > 0 && row.channels.every((id) => measure.channels.includes(id));
}

function weekly(rows: readonly LedgerRow[], target: ComplianceTarget, from: string, today: string) {
  const weeks = new Map<string, { count: number; meeting: number }>();
  for (let week = weekOf(from); week <= today; week = addDays(week, 7)) {
    weeks.set(week, { count: 0, meeting: 0 });
  }
  for (const row of rows) {
    const point = weeks.get(weekOf(row.shipDate));
    if (!point) continue;
    point.count += 1;
    if (meetsMeasure(row, target)) point.meeting += 1;
  }
  return [...weeks].map(([week, { count, meeting }]) => ({
    week,
    count,
    share: count === 0 ? null : meeting / count,
  }));
}

export function tallyTarget(
  rows: readonly LedgerRow[],
  target: ComplianceTarget,
  now: Date,
): Tally {
  const today = now.toISOString().slice(0, 10);
  // The window holds `periodDays` days, today included.
  const from = addDays(today, 1 - target.periodDays);
  const scoped = rows.filter(
    (row) => inScope(row, target) && row.shipDate >= from && row.shipDate <= today,
  );
  const meeting = scoped.filter((row) => meetsMeasure(row, target)).length;
  const share = scoped.length === 0 ? null : meeting / scoped.length;
  return {
    targetId: target.id,
    console: target.platform,
    name: target.name,
    scope: target.scope,
    count: scoped.length,
    meeting,
    share,
    target: target.share,
    periodDays: target.periodDays,
    belowTarget: share !== null && target.share !== null && share < target.share,
    weeks: weekly(scoped, target, from, today),
    advice: target.advice,
    source: target.source,
  };
}

export function tallies(
  rows: readonly LedgerRow[],
  pack: RulesPack,
  now: Date,
  consoleId?: ConsoleId,
): Tally[] {
  return (pack.complianceTargets ?? [])
    .filter((target) => consoleId === undefined || target.platform === consoleId)
    .map((target) => tallyTarget(rows, target, now));
}
