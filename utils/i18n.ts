/**
 * Every string a seller sees, in English and Simplified Chinese. The tables are the
 * extension's own `_locales` files, so the manifest and the UI share one source; the UI
 * language follows the seller's setting rather than the browser's, which is why we read the
 * tables ourselves instead of calling `browser.i18n.getMessage`.
 */
import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';
import type { Language } from './settings';
import { translatorFrom, type MessageTable, type Translate } from './translate';

export { inLanguage, translatorFrom } from './translate';
export type { MessageKey, MessageTable, MessageVars, Translate } from './translate';

const tables: Record<Language, MessageTable> = { en, 'zh-CN': zhCN };

export function messagesFor(language: Language): MessageTable {
  return tables[language];
}

export function translator(language: Language): Translate {
  return translatorFrom(tables[language]);
}

/** The browser's language as a default for a new install. */
export function languageFromLocale(locale: string): Language {
  return /^zh\b/i.test(locale) ? 'zh-CN' : 'en';
}
