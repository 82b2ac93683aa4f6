/**
 * Every string a seller sees, in English and Simplified Chinese. The tables are the
 * extension's own `_locales` files, so the manifest and the UI share one source; the UI
 * language follows the seller's setting rather than the browser's, which is why we read the
 * tables ourselves instead of calling `browser.i18n.getMessage`.
 */
import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';
import type { Language } from './settings';
import type { LocalizedText } from './rules/types';

export type MessageKey = keyof typeof en;
export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

const tables: Record<Language, Record<MessageKey, { message: string }>> = { en, 'zh-CN': zhCN };

function fill(template: string, vars: MessageVars | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function translator(language: Language): Translate {
  const table = tables[language];
  return (key, vars) => fill(table[key].message, vars);
}

/** Rule and pack text carries both languages; pick the seller's, filling {placeholders}. */
export function localized(text: LocalizedText, language: Language, vars?: MessageVars): string {
  return fill(text[language] || text.en, vars);
}

/** The browser's language as a default for a new install. */
export function languageFromLocale(locale: string): Language {
  return /^zh\b/i.test(locale) ? 'zh-CN' : 'en';
}
