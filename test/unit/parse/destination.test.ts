import { describe, expect, it } from 'vitest';
import { inferDestination, type DestinationSignals } from '../../../utils/parse/destination';

type Row = [string, DestinationSignals, string | null, string[]?, ('high' | 'medium')?];

// prettier-ignore
const table: Row[] = [
  // The masked AliExpress address: country and street masked, phone and postcode prefix shown.
  ['phone +34 and a masked 5-digit postcode', { phone: '+34 6** *** *17', postcode: '28***' }, 'ES', ['phone +34', 'postcode 28…'], 'high'],
  ['phone +34, postcode and the IOSS tag', { phone: '+34 6** *** *17', postcode: '28***', tags: ['AE/IOSS'] }, 'ES', ['phone +34', 'postcode 28…', 'IOSS tag'], 'high'],
  ['a phone alone', { phone: '+33 6 55 01 23 47' }, 'FR', ['phone +33'], 'medium'],
  ['a three-digit calling code', { phone: '+353 87 555 0199' }, 'IE', ['phone +353'], 'medium'],
  ['00 for +', { phone: '0049 30 5550 1234' }, 'DE', ['phone +49'], 'medium'],
  // Postcode shape together with the site.
  ['ebay.com and a 5-digit ZIP', { postcode: '78701', siteCountry: 'US' }, 'US', ['postcode 78701', 'site US'], 'medium'],
  ['a ZIP+4 alone', { postcode: '43215-0000' }, 'US', ['postcode 43215-0000'], 'medium'],
  ['a Canadian postcode on ebay.com', { postcode: 'M5V 2T6', siteCountry: 'US' }, 'CA', ['postcode M5V 2T6'], 'medium'],
  ['a British postcode on ebay.com', { postcode: 'SW1A 1AA', siteCountry: 'US' }, 'GB', ['postcode SW1A 1AA'], 'medium'],
  ['a Japanese postcode', { postcode: '150-0002' }, 'JP', ['postcode 150-0002'], 'medium'],
  ['a Dutch postcode and the euro', { postcode: '1012 AB', currency: 'EUR' }, 'NL', ['postcode 1012 AB', 'currency EUR'], 'high'],
  ['+1 with a Canadian postcode', { phone: '+1 416 555 0100', postcode: 'M5V 2T6' }, 'CA', ['phone +1', 'postcode M5V 2T6'], 'high'],
  ['+1 on ebay.com', { phone: '+1 512 555 0100', siteCountry: 'US' }, 'US', ['phone +1', 'site US'], 'medium'],
  // Ambiguous or contradictory: no inference.
  ['a 5-digit postcode alone', { postcode: '28013' }, null],
  ['a 5-digit postcode on a site outside its countries', { postcode: '28013', siteCountry: 'GB' }, null],
  ['+1 alone (US, Canada, Puerto Rico)', { phone: '+1 512 555 0100' }, null],
  ['+7 alone (Russia, Kazakhstan)', { phone: '+7 701 555 0100' }, null],
  ['phone and postcode disagree', { phone: '+34 600 000 000', postcode: 'SW1A 1AA' }, null],
  ['IOSS tag alone', { tags: ['AE/IOSS'] }, null],
  ['the euro alone', { currency: 'EUR' }, null],
  ['a fully masked postcode and phone', { phone: '***', postcode: '*****' }, null],
  ['a local phone without a country code', { phone: '090-5550-0118' }, null],
  ['nothing', {}, null],
  ['the site alone', { siteCountry: 'US' }, null],
];

describe('inferDestination', () => {
  it.each(table)('%s', (_name, signals, country, basis, confidence) => {
    const inferred = inferDestination(signals);
    if (country === null) {
      expect(inferred).toBeNull();
      return;
    }
    expect(inferred).toEqual({ country, basis, confidence });
  });
});
