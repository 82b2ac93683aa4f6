/**
 * Text the engine writes: both UI languages always (types.ts LocalizedText), names compared
 * the same way everywhere, and fact values rendered the same way in reasons (humanize.ts words them for sellers).
 */
import type { Money } from '../../order-facts';
import type { LocalizedText, Reason } from './types';
import type { FactValue } from '../pack/vocabulary';

export function localized(en: string, zh: string): LocalizedText {
  return { en, 'zh-CN': zh };
}

export function moneyText(money: Money): string {
  return `${money.amount.toFixed(2)} ${money.currency}`;
}

export function formatFactValue(value: FactValue | undefined): string {
  if (value === null || value === undefined) return '?';
  return typeof value === 'object' ? moneyText(value) : String(value);
}

/** Up to 3 decimals, no trailing zeros: 0.25, 1.5, 0.101. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

export function reason(code: string, message: LocalizedText, values: Reason['values']): Reason {
  return { code, message, values };
}
