/**
 * Filling UI strings and rule text, without the string tables themselves: content scripts
 * get the table of the seller's language from the background with the rules snapshot, so
 * each of them does not carry every string of the options page in both languages.
 */
import type en from '../public/_locales/en/messages.json';
import type { Language } from './settings';
import type { LocalizedText } from './rules/engine/types';

export type MessageKey = keyof typeof en;
export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;
/** One language's table, in the shape of the `_locales` messages.json files. */
export type MessageTable = Record<MessageKey, { message: string }>;

function fill(template: string, vars: MessageVars | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A translator over one table; a key the table lacks shows as itself rather than failing. */
export function translatorFrom(table: Partial<MessageTable>): Translate {
  return (key, vars) => fill(table[key]?.message ?? key, vars);
}

/** Rule and pack text carries both languages; pick the seller's, filling {placeholders}. */
export function inLanguage(text: LocalizedText, language: Language, vars?: MessageVars): string {
  return fill(text[language] || text.en, vars);
}
