import type { Translate } from '../utils/translate';
import type { OrderFacts } from '../utils/order-facts';
import type { Language } from '../utils/settings';
import { countryName } from './extension-pages/labels';

/** The words of a basis entry ("phone +34") by its first word, in the panel's language. */
const basisKeys = {
  phone: 'readingBasisPhone',
  postcode: 'readingBasisPostcode',
  site: 'readingBasisSite',
  currency: 'readingBasisCurrency',
} as const;

export function basisText(basis: readonly string[], t: Translate): string {
  const words = basis.map((entry) => {
    if (entry === 'IOSS tag') return t('readingBasisIoss');
    const [word = '', ...rest] = entry.split(' ');
    const key = basisKeys[word as keyof typeof basisKeys];
    return key ? t(key, { value: rest.join(' ') }) : entry;
  });
  const last = words.pop();
  if (last === undefined) return '';
  return words.length === 0
    ? last
    : `${words.join(t('readingBasisComma'))}${t('readingBasisJoin')}${last}`;
}

/**
 * "Destination: Spain — inferred from phone +34 and postcode 28…; reveal the address to
 * confirm" when the page hid the country and ShipLens inferred it; nothing when the page
 * showed it (the address says it plainly).
 */
export function DestinationLine(props: { facts: OrderFacts; language: Language; t: Translate }) {
  const { facts, language, t } = props;
  if (facts.destinationSource !== 'inferred' || facts.destinationCountry === null) return null;
  return (
    <p className="notice" data-shiplens="destination">
      {t('readingDestinationInferred', {
        country: countryName(facts.destinationCountry, language),
        basis: basisText(facts.destinationBasis ?? [], t),
      })}
    </p>
  );
}
