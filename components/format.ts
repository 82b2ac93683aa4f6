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
