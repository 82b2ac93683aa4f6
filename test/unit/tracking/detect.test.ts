import { describe, expect, it } from 'vitest';
import {
  detectTracking,
  normaliseTrackingNumber,
  scanField,
  trackingMatchesCarrier,
} from '../../../utils/tracking';
import { isDegenerate } from '../../../utils/tracking/detect';

describe('normaliseTrackingNumber', () => {
  it('upper-cases and drops spaces, no-break spaces and hyphens', () => {
    expect(normaliseTrackingNumber(' 1z 8v9 2a7-0367\u00a0203024 ')).toBe('1Z8V92A70367203024');
  });

  it('folds full-width characters typed with a CJK input method', () => {
    expect(normaliseTrackingNumber('ＬＺ１３４７４７２０５ＣＮ')).toBe('LZ134747205CN');
    expect(normaliseTrackingNumber('１Ｚ５Ｒ８９３９０３５７５６７１２７\u3000')).toBe(
      '1Z5R89390357567127',
    );
  });
});

describe('detectTracking', () => {
  it('accepts a number as typed, with spaces and lower case (jkeen test number)', () => {
    expect(detectTracking(' 1 Z 8 V 9 2 A 7 0 3 6 7 2 0 3 0 2 4 ')).toEqual({
      number: '1Z8V92A70367203024',
      formatId: 'ups-1z',
      carrierId: 'ups',
      carrier: 'UPS',
      verified: true,
      trackingUrl:
        'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z8V92A70367203024',
    });
    expect(detectTracking('0414 4176 0228 964')?.formatId).toBe('fedex-ground-15');
  });

  it('names the postal operator of a generic S10 number from its country code', () => {
    expect(detectTracking('RB123456785GB')?.carrier).toBe('Royal Mail Group plc');
    expect(detectTracking('RB123456785US')?.carrier).toBe('United States Postal Service');
    expect(detectTracking('CP123456785CN')?.carrier).toBe('China Post');
    // Andorra is an ISO country without an operator in the UPU list.
    expect(detectTracking('RB123456785AD')?.carrier).toBe('Postal service (UPU S10)');
  });

  it('names China Post services by their S10 service indicator', () => {
    expect(detectTracking('RG027843019CN')).toMatchObject({
      formatId: 'china-post-registered',
      carrier: 'China Post',
    });
    expect(detectTracking('LZ134747205CN')).toMatchObject({
      formatId: 'china-post-epacket',
      carrier: 'China Post ePacket',
    });
    expect(detectTracking('EA123456785CN')).toMatchObject({
      formatId: 'china-ems',
      carrier: 'China EMS',
    });
  });

  it('reports Yanwen for its pseudo-country suffixes YP and YN, with a verified S10 digit', () => {
    expect(detectTracking('VR344217874YP')).toMatchObject({
      formatId: 'yanwen-s10',
      carrier: 'Yanwen',
      verified: true,
    });
    expect(detectTracking('AC550032883YN')?.carrier).toBe('Yanwen');
  });

  it('rejects an S10 number with a wrong check digit or an unknown country', () => {
    expect(detectTracking('RB123456786GB')).toBeNull();
    expect(detectTracking('RB123456785XX')).toBeNull();
  });

  it('marks formats without a check digit as not verified', () => {
    expect(detectTracking('YT2229521272164446')).toMatchObject({
      formatId: 'yunexpress',
      verified: false,
      trackingUrl: 'https://www.yuntrack.com/parcelTracking?id=YT2229521272164446',
    });
    expect(detectTracking('4PX3001794604846CN')?.carrier).toBe('4PX');
    expect(detectTracking('LP00068434402473')?.carrier).toBe('Cainiao');
    expect(detectTracking('TBA000000000000')?.carrier).toBe('Amazon Logistics');
  });

  it('sends the USPS tracking page the number without its 420 + ZIP routing prefix', () => {
    expect(detectTracking('420221539101026837331000039521')).toMatchObject({
      number: '420221539101026837331000039521',
      formatId: 'usps-legacy',
      trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9101026837331000039521',
    });
  });

  it('prefers a verified check digit over a shape without one', () => {
    // RX…CN is also a DHL eCommerce shape; the S10 digit verifies, so China Post wins.
    expect(detectTracking('RX086335202CN')?.formatId).toBe('china-post-registered');
    // With a wrong S10 digit only the unverified DHL eCommerce shape is left.
    expect(detectTracking('RX086335203CN')).toMatchObject({
      formatId: 'dhl-ecommerce',
      verified: false,
    });
  });

  it('returns null for text that is no tracking number', () => {
    for (const text of ['', 'hello world', '113-1234567-1234567', 'B08XYZ1234', 'SKU-BLU-42']) {
      expect(detectTracking(text), text).toBeNull();
    }
  });
});

describe('trackingMatchesCarrier', () => {
  it.each([
    ['1Z5R89390357567127', 'UPS'],
    ['1Z5R89390357567127', 'ups ground'],
    ['9400111206206406260787', 'USPS'],
    ['9400111206206406260787', 'USPS First Class'],
    ['RB123456785US', 'USPS'],
    ['986578788855', 'FedEx'],
    ['3318810025', 'DHL'],
    ['GM2951173225174494', 'DHL eCommerce'],
    ['RG027843019CN', 'China Post'],
    ['LZ134747205CN', '中国邮政'],
    ['LZ134747205CN', 'e邮宝'],
    ['LZ134747205CN', 'ePacket'],
    ['EA123456785CN', 'EMS'],
    ['CP123456785CN', 'China Post Registered Air Mail'],
    ['VR344217874YP', 'Yanwen'],
    ['RG027843019CN', 'Yanwen'],
    ['YT2229521272164446', 'Yun Express'],
    ['YT2229521272164446', 'YunExpress'],
    ['4PX3001794604846CN', '4PX'],
    ['LP00068434402473', 'AliExpress Standard Shipping'],
    ['CNUSUP00003994120', 'Cainiao'],
    ['LZ134747205CN', 'WishPost'],
    ['RB318450992SG', 'WishPost'],
    ['ESUS0001234567890123456789AB', 'SpeedPAK'],
    ['TBA000000000000', 'Amazon'],
    // Handed to USPS for the last mile (jkeen CHANGELOG 2.0.0).
    ['9261292700768711948021', 'FedEx SmartPost'],
    ['9261292700768711948021', 'DHL eCommerce'],
    // Both a Cainiao and a DHL eCommerce shape: either carrier is fine.
    ['CN123456789012', 'DHL'],
    ['CN123456789012', 'Cainiao'],
  ])('%s fits %s', (number, carrier) => {
    expect(trackingMatchesCarrier(number, carrier)).toBe('match');
  });

  it.each([
    ['1Z5R89390357567127', 'FedEx'],
    ['9400111206206406260787', 'UPS'],
    ['YT2229521272164446', '4PX'],
    ['LZ134747205CN', 'USPS'],
    ['RB123456785US', 'China Post'],
    ['TBA000000000000', 'WishPost'],
    ['9261292700768711948021', 'DHL'],
    // Known carrier, number no format accepts: a typo or a wrong check digit.
    ['1Z5R89390357567128', 'UPS'],
    ['hello', 'DHL'],
  ])('%s does not fit %s', (number, carrier) => {
    expect(trackingMatchesCarrier(number, carrier)).toBe('mismatch');
  });

  it.each([
    ['1Z5R89390357567127', 'Other'],
    ['1Z5R89390357567127', ''],
    ['1Z5R89390357567127', 'Correos Express'],
    ['hello', 'Some local courier'],
  ])('%s with carrier %j is unknown', (number, carrier) => {
    expect(trackingMatchesCarrier(number, carrier)).toBe('unknown');
  });
});

describe('degenerate numbers', () => {
  it.each(['000000000000', '000000000000000', '1111111111', '999999999999999999', '1234567890'])(
    'refuses %s before any checksum',
    (number) => {
      expect(isDegenerate(number)).toBe(true);
      expect(detectTracking(number)).toBeNull();
      expect(scanField(`Tracking number: ${number}`)).toEqual([]);
    },
  );

  it('refuses runs up and down, wrapping 9 to 0', () => {
    for (const run of ['123456789012', '890123456789', '987654321098', '2109876543210'])
      expect(isDegenerate(run), run).toBe(true);
  });

  it('keeps numbers that only contain a repeated or running stretch', () => {
    for (const number of ['TBA000000000000', '1LS720000000000', '3318810025', '000123450000000027'])
      expect(isDegenerate(number), number).toBe(false);
    expect(detectTracking('000123450000000027')?.formatId).toBe('fedex-ground-sscc-18');
  });
});

describe('hints: the carrier field and the destination decide between shared shapes', () => {
  // Twelve digits that pass both FedEx Express's and Purolator's check digits.
  const shared = '300001330392';

  it('prefers FedEx when nothing is known, as FORMAT_COLLISIONS says', () => {
    expect(detectTracking(shared)?.carrier).toBe('FedEx');
  });

  it('takes the carrier the console names beside the number', () => {
    expect(detectTracking(shared, { carrier: 'Purolator' })?.carrier).toBe('Purolator');
    expect(detectTracking(shared, { carrier: 'FedEx', country: 'CA' })?.carrier).toBe('FedEx');
  });

  it('takes the carrier that delivers in the destination when the field says nothing', () => {
    expect(detectTracking(shared, { country: 'CA' })?.carrier).toBe('Purolator');
    expect(detectTracking(shared, { carrier: 'Other', country: 'CA' })?.carrier).toBe('Purolator');
    expect(detectTracking(shared, { country: 'US' })?.carrier).toBe('FedEx');
  });

  it('picks DPD on a UK order for fifteen digits both FedEx Ground and DPD verify', () => {
    expect(detectTracking('100000000553079', { country: 'GB' })?.carrier).toBe('DPD');
    expect(detectTracking('100000000553079')?.formatId).toBe('fedex-ground-15');
  });

  it('reads Yodel, Evri, Canada Post and GOFO numbers', () => {
    expect(detectTracking('JJD0002245190377621')).toMatchObject({ carrier: 'Yodel' });
    expect(detectTracking('H01HYA0051826394', { country: 'GB' })).toMatchObject({
      carrier: 'Evri',
    });
    expect(detectTracking('7319426055183477')).toMatchObject({
      carrier: 'Canada Post',
      verified: true,
    });
    expect(detectTracking('GFUS01022751936048')?.carrierId).toBe('gofo');
  });

  it('names Royal Mail for a GB S10 number and lets the carrier field agree', () => {
    expect(detectTracking('RB123456785GB')?.carrier).toBe('Royal Mail Group plc');
    expect(trackingMatchesCarrier('RB123456785GB', 'Royal Mail')).toBe('match');
    expect(trackingMatchesCarrier('JJD0002245190377621', 'Royal Mail')).toBe('mismatch');
  });
});
