import { describe, expect, it } from 'vitest';
import { prng } from '../../../scripts/bench/random';
import { scanField, scanText, TRACKING_FORMATS } from '../../../utils/tracking';
import { evidenceOf } from '../../fixtures/tracking/formats';
import { candidatesForToken } from '../../../utils/tracking/detect';
import { MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH } from '../../../utils/tracking/scan';

const numbers = (text: string): string[] => scanText(text).map((match) => match.number);

/**
 * A console-like page: an Amazon order, an eBay sale, an AliExpress order and a Wish order, with
 * tracking numbers planted (marked ←) among decoys. Several decoys pass a weak check digit:
 * the phone 4155550103 and 13800138004 (DHL mod 7), the eBay item 364123456706 (FedEx 12), the
 * AliExpress ids 812345678901202 (FedEx Ground 15) and 81234567890123456709 (USPS 20).
 */
const CONSOLE_PAGE = `
Order ID: 113-1234567-1234567    Order date: Tue, Dec 3, 2019    Ship by: 2019-12-05
Buyer: John Smith    Phone: +1 415-555-0134 · (415) 555-0134 · 4155550103
Ship to: 1600 Amphitheatre Pkwy, Mountain View, CA 94043-1351, United States
SKU: SKU-BLU-42    AB12345    ASIN: B08XYZ1234    Item price: $12.99    Tax: $1.07    Total: US $14.06
Tracking ID: 1Z5R89390357567127 (UPS Ground)
eBay order 12-34567-89012 · item 364123456706 · sold 2 × £7.50 on 05/12/2024
AliExpress 订单号 8123456789012345 · order 812345678901202 · ref 81234567890123456709
买家电话 +86 138 0013 8000 / 13800138004 · 邮编 518000 · 金额 ¥1,234.00
物流单号：LZ134747205CN
Wish order 5f1a2b3c4d5e6f7a8b9c0d1e · product 5e8f3a2b1c4d5e6f7a8b9c0d · $4.99
Package handed to the carrier: YT2229521272164446, label RB123456785GB printed 2024-05-12
Tracking numbers: 3318810025, 8487135506
Sendungsnummer: 9400111206206406260787
N° de suivi : 4PX3001794604846CN
追跡番号：986578788855
Amazon Logistics TBA000000000000 out for delivery; LP00068434402473 (Cainiao first mile)
`;

const PLANTED = [
  '1Z5R89390357567127',
  'LZ134747205CN',
  'YT2229521272164446',
  'RB123456785GB',
  '3318810025',
  '8487135506',
  '9400111206206406260787',
  '4PX3001794604846CN',
  '986578788855',
  'TBA000000000000',
  'LP00068434402473',
];

describe('scanText on a console page', () => {
  it('finds exactly the planted numbers, in page order, and no decoy', () => {
    expect(numbers(CONSOLE_PAGE)).toEqual(PLANTED);
  });

  it('gives each match the index of its first character in the text', () => {
    for (const match of scanText(CONSOLE_PAGE)) {
      const printed = CONSOLE_PAGE.slice(match.index, match.index + match.number.length);
      expect(printed).toBe(match.number);
    }
  });

  it('reports carrier, verification and link', () => {
    expect(
      scanText(CONSOLE_PAGE).map(({ formatId, carrier, verified }) => [
        formatId,
        carrier,
        verified,
      ]),
    ).toEqual([
      ['ups-1z', 'UPS', true],
      ['china-post-epacket', 'China Post ePacket', true],
      ['yunexpress', 'YunExpress', false],
      ['upu-s10', 'Royal Mail Group plc', true],
      ['dhl-express', 'DHL Express', true],
      ['dhl-express', 'DHL Express', true],
      ['usps-impb-n', 'USPS', true],
      ['4px', '4PX', false],
      ['fedex-express-12', 'FedEx', true],
      ['amazon-logistics', 'Amazon Logistics', false],
      ['cainiao-lp', 'Cainiao', false],
    ]);
  });

  it('finds nothing in the page once the planted numbers are gone', () => {
    let decoysOnly = CONSOLE_PAGE;
    for (const number of PLANTED) decoysOnly = decoysOnly.replace(number, '');
    expect(numbers(decoysOnly)).toEqual([]);
  });
});

describe('the tracking-context rule for weak digit-only formats', () => {
  it('needs a label: the same DHL number is a phone number without one', () => {
    expect(numbers('Tracking number: 3318810025')).toEqual(['3318810025']);
    expect(numbers('Phone: 3318810025')).toEqual([]);
    expect(numbers('3318810025')).toEqual([]);
  });

  it.each([
    'Tracking: 986578788855',
    'tracking no. 986578788855',
    'TRACKING ID 986578788855',
    'AWB 986578788855',
    'Waybill number - 986578788855',
    '运单号：986578788855',
    '物流单号 986578788855',
    '跟踪号: 986578788855',
    'Sendungsnummer: 986578788855',
    '追跡番号：986578788855',
    'N° de suivi : 986578788855',
    'Número de seguimiento: 986578788855',
  ])('accepts the label in %j', (text) => {
    expect(numbers(text)).toEqual(['986578788855']);
  });

  it('does not treat an order-number label as a tracking label', () => {
    expect(numbers('订单号：986578788855')).toEqual([]);
    expect(numbers('Order number: 986578788855')).toEqual([]);
  });

  it('rejects a label with a word or a number between it and the number', () => {
    expect(numbers('Tracking number (DHL): 3318810025')).toEqual([]);
    expect(numbers('Add tracking  Order 986578788855')).toEqual([]);
    expect(numbers('Tracking ID: 1Z5R89390357567127 · Phone 4155550103')).toEqual([
      '1Z5R89390357567127',
    ]);
  });

  it('rejects a label more than 40 characters before the number', () => {
    expect(numbers(`Tracking:${' '.repeat(45)}3318810025`)).toEqual([]);
    expect(numbers(`Tracking:${' '.repeat(25)}3318810025`)).toEqual(['3318810025']);
  });

  it('continues a labelled list across commas, slashes and line breaks', () => {
    expect(numbers('Tracking numbers: 3318810025, 8487135506 / 1099255990\n3821724944')).toEqual([
      '3318810025',
      '8487135506',
      '1099255990',
      '3821724944',
    ]);
    expect(numbers('Tracking: 1Z5R89390357567127, 3318810025')).toEqual([
      '1Z5R89390357567127',
      '3318810025',
    ]);
  });

  it('carries the label of a list through strong numbers in it', () => {
    expect(
      numbers('Tracking: 3318810025, 1Z5R89390357567127, YT2229521272164446, 8487135506'),
    ).toEqual(['3318810025', '1Z5R89390357567127', 'YT2229521272164446', '8487135506']);
    // The same list without a label: only the strong numbers.
    expect(numbers('Shipped: 1Z5R89390357567127, YT2229521272164446, 8487135506')).toEqual([
      '1Z5R89390357567127',
      'YT2229521272164446',
    ]);
  });

  it('ends the list at the first word', () => {
    expect(numbers('Tracking: 3318810025 phone 4155550103')).toEqual(['3318810025']);
  });

  it('reports strong formats anywhere, lower case included', () => {
    expect(numbers('see yt2229521272164446 and 9400111206206406260787 today')).toEqual([
      'YT2229521272164446',
      '9400111206206406260787',
    ]);
  });

  it('reports a strong reading of a token that also has a weak one, without a label', () => {
    // RX…CN verifies as China Post (anywhere); the DHL eCommerce reading needs a label.
    expect(numbers('parcel RX086335202CN')).toEqual(['RX086335202CN']);
    expect(numbers('parcel RX086335203CN')).toEqual([]);
    expect(numbers('Tracking: RX086335203CN')).toEqual(['RX086335203CN']);
  });

  it('never joins a number across separators or splits one out of a longer token', () => {
    expect(
      numbers('+1 415 555 0103 · 4155 550 103 · 1Z5R89390357567127X · X1Z5R89390357567127'),
    ).toEqual([]);
  });

  it('treats the whole text as a tracking field when told so', () => {
    expect(scanText('3318810025', { context: 'tracking-field' }).map((m) => m.number)).toEqual([
      '3318810025',
    ]);
  });
});

describe('scanField', () => {
  it('accepts weak formats without a label', () => {
    expect(scanField('986578788855').map((m) => m.formatId)).toEqual(['fedex-express-12']);
  });

  it('reads a number printed in groups when no token matches on its own', () => {
    expect(scanField('  9400 1112 0108 0805 4830 16 ')).toEqual([
      expect.objectContaining({ number: '9400111201080805483016', index: 2 }),
    ]);
    expect(scanField('1Z 8V9 2A7 0367 2030 24')[0]?.formatId).toBe('ups-1z');
  });

  it('returns every number of a field that holds several', () => {
    expect(scanField('3318810025 / 8487135506').map((m) => m.number)).toEqual([
      '3318810025',
      '8487135506',
    ]);
  });

  it('returns nothing for a field without a tracking number', () => {
    expect(scanField('')).toEqual([]);
    expect(scanField('not shipped yet')).toEqual([]);
  });
});

describe('cutting text into tokens', () => {
  /** The plain way: every maximal run of ASCII letters and digits, each checked whole. */
  function reference(text: string): Array<[number, string]> {
    return [...text.matchAll(/[A-Za-z0-9]+/g)].flatMap((match): Array<[number, string]> => {
      const token = match[0];
      if (token.length < MIN_TOKEN_LENGTH || token.length > MAX_TOKEN_LENGTH) return [];
      return candidatesForToken(token.toUpperCase()).length > 0
        ? [[match.index, token.toUpperCase()]]
        : [];
    });
  }

  it('finds exactly the runs a plain tokenizer finds, on 2,000 seeded texts', () => {
    const random = prng(77);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const valid = TRACKING_FORMATS.flatMap((format) => evidenceOf(format.id).valid);
    const alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefxyz';
    const separators = [' ', '-', '\n', '：', 'é', '·', ', ', '号', '\u00a0'];
    let found = 0;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let piece = Math.floor(random() * 40); piece > 0; piece--) {
        if (random() < 0.25) text += pick(valid);
        else {
          const length = 1 + Math.floor(random() * (random() < 0.8 ? 12 : 50));
          for (let k = 0; k < length; k++) text += pick([...alnum]);
        }
        if (random() < 0.9) text += pick(separators); // else two pieces make one longer run
      }
      const expected = reference(text);
      const actual = scanText(text, { context: 'tracking-field' }).map(
        (match): [number, string] => [match.index, match.number],
      );
      expect(actual).toEqual(expected);
      found += actual.length;
    }
    expect(found).toBeGreaterThan(2000);
  });
});
