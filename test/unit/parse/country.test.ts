import { describe, expect, it } from 'vitest';
import { countryCode } from '../../../utils/parse/country';

const cases: [text: string, expected: string | null][] = [
  // English and aliases
  ['United States', 'US'],
  ['USA', 'US'],
  ['U.S.A.', 'US'],
  ['United States of America', 'US'],
  ['UNITED STATES', 'US'],
  ['  united   states ', 'US'],
  ['UK', 'GB'],
  ['United Kingdom', 'GB'],
  ['Great Britain', 'GB'],
  ['England', 'GB'],
  ['Russia', 'RU'],
  ['Russian Federation', 'RU'],
  ['South Korea', 'KR'],
  ['Korea, Republic of', 'KR'],
  ['Korea', 'KR'],
  ['North Korea', 'KP'],
  ['Czech Republic', 'CZ'],
  ['Czechia', 'CZ'],
  ['Türkiye', 'TR'],
  ['Turkiye', 'TR'],
  ['Turkey', 'TR'],
  ['The Netherlands', 'NL'],
  ['Netherlands', 'NL'],
  ['Bosnia & Herzegovina', 'BA'],
  ['Bosnia and Herzegovina', 'BA'],
  ["Côte d'Ivoire", 'CI'],
  ['Côte d’Ivoire', 'CI'],
  ['Cote dIvoire', null],
  ['Hong Kong SAR China', 'HK'],
  ['Hong Kong', 'HK'],
  ['Viet Nam', 'VN'],
  ['Japan', 'JP'],
  // Other languages (from Intl.DisplayNames)
  ['Deutschland', 'DE'],
  ['Österreich', 'AT'],
  ['OSTERREICH', 'AT'],
  ['Vereinigte Staaten', 'US'],
  ['Vereinigtes Königreich', 'GB'],
  ['Allemagne', 'DE'],
  ['États-Unis', 'US'],
  ['Etats-Unis', 'US'],
  ['Royaume-Uni', 'GB'],
  ['Germania', 'DE'],
  ['Stati Uniti', 'US'],
  ['Alemania', 'DE'],
  ['España', 'ES'],
  ['Espana', 'ES'],
  ['Reino Unido', 'GB'],
  ['EE. UU.', 'US'],
  ['Duitsland', 'DE'],
  ['Verenigd Koninkrijk', 'GB'],
  ['Niemcy', 'DE'],
  ['Wielka Brytania', 'GB'],
  ['Stany Zjednoczone', 'US'],
  ['Tyskland', 'DE'],
  ['Storbritannien', 'GB'],
  ['Alemanha', 'DE'],
  ['Estados Unidos', 'US'],
  ['ドイツ', 'DE'],
  ['アメリカ合衆国', 'US'],
  ['イギリス', 'GB'],
  ['日本', 'JP'],
  ['德国', 'DE'],
  ['德國', 'DE'],
  ['美国', 'US'],
  ['美國', 'US'],
  ['英国', 'GB'],
  ['俄罗斯', 'RU'],
  ['中国大陆', 'CN'],
  ['中国', 'CN'],
  ['香港', 'HK'],
  ['台灣', 'TW'],
  ['南韓', 'KR'],
  // Codes
  ['US', 'US'],
  ['DE', 'DE'],
  ['de', 'DE'],
  ['ＵＳ', 'US'],
  ['RU', 'RU'], // Spanish short name of GB is "RU": the code must win
  ['XK', 'XK'],
  // Address fragments: parts tried from the last
  ['Berlin, Germany', 'DE'],
  ['Atlanta, Georgia, United States', 'US'],
  ['10115 Berlin\nDeutschland', 'DE'],
  ['Boston, MA', null],
  // Unknown
  ['', null],
  ['Narnia', null],
  ['EU', null],
  ['ZZ', null],
  ['YU', null],
  ['12345', null],
];

describe('countryCode', () => {
  it.each(cases)('%j → %s', (text, expected) => {
    expect(countryCode(text)).toBe(expected);
  });

  it('answers from the cached table after the first call', () => {
    countryCode('Germany');
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) countryCode('United States');
    expect(performance.now() - start).toBeLessThan(200);
  });
});
