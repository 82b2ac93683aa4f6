/** Figures of compliance tallies and first-leg options in words, shared by every view. */
import type { Tally } from '../utils/compliance/tallies';
import type { Chargeable, FirstLegOption } from '../utils/rules/engine/first-leg';
import type { FirstLegMode } from '../utils/rules/pack/schema';
import type { Language } from '../utils/settings';
import { inLanguage, type Translate } from '../utils/translate';

/** 0.4833 → "48". */
export function percent(share: number): string {
  return String(Math.round(share * 100));
}

/** "UK SpeedPAK share, last 14 days: 48% of 25 shipments, target 60% — ship this one with SpeedPAK" */
export function nudgeText(tally: Tally, language: Language, t: Translate): string {
  return t('complianceNudge', {
    name: inLanguage(tally.name, language),
    days: tally.periodDays,
    share: percent(tally.share ?? 0),
    count: tally.count,
    target: percent(tally.target ?? 0),
    advice: inLanguage(tally.advice, language),
  });
}

/** A nudge as the order panel draws it: worded by the background, with its tally's hooks. */
export interface NudgeLine extends Pick<
  Tally,
  'targetId' | 'console' | 'scope' | 'share' | 'count'
> {
  text: string;
}

export function nudgeLine(tally: Tally, language: Language, t: Translate): NudgeLine {
  const { targetId, console, scope, share, count } = tally;
  return { targetId, console, scope, share, count, text: nudgeText(tally, language, t) };
}

/** The hook attributes every view of a tally carries (README "data-shiplens hooks"). */
export function tallyAttributes(tally: Pick<Tally, 'console' | 'scope' | 'share' | 'count'>) {
  return {
    'data-console': tally.console,
    'data-scope': tally.scope,
    'data-share': tally.share ?? '',
    'data-count': tally.count,
  };
}

const modeKeys = {
  express: 'complianceModeExpress',
  air: 'complianceModeAir',
  'sea-lcl': 'complianceModeSeaLcl',
  'sea-fcl': 'complianceModeSeaFcl',
  rail: 'complianceModeRail',
} as const satisfies Record<FirstLegMode, string>;

export function modeLabel(mode: FirstLegMode, t: Translate): string {
  return t(modeKeys[mode]);
}

const basisKeys = {
  actual: 'complianceBasisActual',
  volumetric: 'complianceBasisVolumetric',
  minimum: 'complianceBasisMinimum',
  volume: 'complianceBasisVolume',
  containers: 'complianceBasisContainers',
} as const satisfies Record<Chargeable['basis'], string>;

const units = { kg: 'kg', cbm: 'CBM', container: '' } as const;

/** "640 kg (volumetric weight)", "3.2 CBM (volume)", "2 (containers)". */
export function chargeableText({ value, unit, basis }: Chargeable, t: Translate): string {
  return `${value}${units[unit] ? ` ${units[unit]}` : ''} (${t(basisKeys[basis])})`;
}

export function arrivesText(option: FirstLegOption): string {
  return `${option.arrivesBy.earliest} – ${option.arrivesBy.latest}`;
}
