import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { languageFromLocale, inLanguage, translator } from '../../utils/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('exist in both languages with the same placeholders', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const chinese = (zhCN as Record<string, { message: string }>)[key]?.message ?? '';
      expect(chinese, key).not.toBe('');
      expect(placeholders(chinese), key).toEqual(placeholders(message));
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(translator('en')('deliveryDays', { min: 7, max: 12 })).toBe('7–12 days');
    expect(translator('zh-CN')('deliveryDays', { min: 7, max: 12 })).toBe('7–12 天');
    expect(translator('en')('deliveryDays', { min: 7 })).toBe('7–{max} days');
  });

  it('pick the language of rule text, falling back to English', () => {
    expect(
      inLanguage({ en: 'Ship by {date}', 'zh-CN': '请于 {date} 前发货' }, 'zh-CN', {
        date: 'Nov 26',
      }),
    ).toBe('请于 Nov 26 前发货');
    expect(inLanguage({ en: 'Only English', 'zh-CN': '' }, 'zh-CN')).toBe('Only English');
  });

  it('default to Chinese for Chinese browsers only', () => {
    expect(languageFromLocale('zh-CN')).toBe('zh-CN');
    expect(languageFromLocale('zh-TW')).toBe('zh-CN');
    expect(languageFromLocale('en-US')).toBe('en');
    expect(languageFromLocale('de')).toBe('en');
  });
});
