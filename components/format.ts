import type { Translate } from '../utils/translate';
import type { Money } from '../utils/order-facts';
import type { Language } from '../utils/settings';
import type { ServiceLevel, Severity } from '../utils/rules/engine/types';

/** Building an `Intl.NumberFormat` costs more than formatting with one: keep them. */
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(money: Money, language: Language): string {
  const key = `${language}:${money.currency}`;
  try {
    let format = moneyFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(language, { style: 'currency', currency: money.currency });
      moneyFormats.set(key, format);
    }
    return format.format(money.amount);
  } catch {
    // An unknown currency code: show it plainly rather than fail the panel.
    return `${money.amount.toFixed(2)} ${money.currency}`;
  }
}

const levelKeys = {
  economy: 'levelEconomy',
  simple: 'levelSimple',
  standard: 'levelStandard',
  premium: 'levelPremium',
  express: 'levelExpress',
} as const;

export function levelLabel(level: ServiceLevel, t: Translate): string {
  return t(levelKeys[level]);
}

const severityKeys = {
  info: 'severityInfo',
  warning: 'severityWarning',
  critical: 'severityCritical',
} as const;

export function severityLabel(severity: Severity, t: Translate): string {
  return t(severityKeys[severity]);
}

/** Rule text comes from packs and feeds: link only to web addresses, never `javascript:`. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** As `moneyFormats`: a panel shows a date per warning source. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date at the precision a source gives it: "2019", "Jan 2018" / "2018年1月", or a full day
 * ("3 Dec 2026" / "2026年12月3日"). Read as UTC, so it shows the same day everywhere.
 */
export function formatPartialDate(value: string, language: Language): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (match === null) return value;
  const [, year, month, day] = match;
  if (month === undefined) return year ?? value;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const key = `${language}:${day === undefined ? 'month' : 'day'}`;
  let format = dateFormats.get(key);
  if (!format) {
    const parts: Intl.DateTimeFormatOptions =
      day === undefined ? { year: 'numeric', month: 'short' } : { dateStyle: 'medium' };
    format = new Intl.DateTimeFormat(language, { ...parts, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(date);
}
