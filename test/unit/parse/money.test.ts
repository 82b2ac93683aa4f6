import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../utils/parse/money';

type Case = [text: string, fallback: string | undefined, expected: [number, string] | null];

const cases: Case[] = [
  // Dollars: bare "$" is USD unless the console's fallback is another dollar.
  ['$5.99', undefined, [5.99, 'USD']],
  ['$5.99', 'CAD', [5.99, 'CAD']],
  ['$5.99', 'AUD', [5.99, 'AUD']],
  ['$120.00', 'MXN', [120, 'MXN']],
  ['$5.99', 'EUR', [5.99, 'USD']],
  ['US $5.99', undefined, [5.99, 'USD']],
  ['US $5.99', 'CAD', [5.99, 'USD']],
  ['US$5.99', undefined, [5.99, 'USD']],
  ['USD 5.99', undefined, [5.99, 'USD']],
  ['5.99 USD', undefined, [5.99, 'USD']],
  ['USD5.99', undefined, [5.99, 'USD']],
  ['US $1,234.56', undefined, [1234.56, 'USD']],
  ['$1,234,567.89', undefined, [1234567.89, 'USD']],
  ['C $12.00', undefined, [12, 'CAD']],
  ['C$12.00', undefined, [12, 'CAD']],
  ['CA$12.00', undefined, [12, 'CAD']],
  ['AU $9.95', undefined, [9.95, 'AUD']],
  ['A$9.95', undefined, [9.95, 'AUD']],
  ['AU$9.95', undefined, [9.95, 'AUD']],
  ['MX$120.00', undefined, [120, 'MXN']],
  ['NZ$15.00', undefined, [15, 'NZD']],
  ['HK$88.00', undefined, [88, 'HKD']],
  ['R$ 49,90', undefined, [49.9, 'BRL']],
  ['R$1.049,90', undefined, [1049.9, 'BRL']],
  // Euro, pound, franc
  ['€12,50', undefined, [12.5, 'EUR']],
  ['12,50 €', undefined, [12.5, 'EUR']],
  ['12,50\u00a0€', undefined, [12.5, 'EUR']],
  ['EUR 1.234,56', undefined, [1234.56, 'EUR']],
  ['1 234,56 €', undefined, [1234.56, 'EUR']],
  ['1\u202f234,56\u00a0€', undefined, [1234.56, 'EUR']],
  ['€1,234.56', undefined, [1234.56, 'EUR']],
  ['EUR 12.5', undefined, [12.5, 'EUR']],
  ['£3.20', undefined, [3.2, 'GBP']],
  ['GBP 3.20', undefined, [3.2, 'GBP']],
  ["CHF 1'234.50", undefined, [1234.5, 'CHF']],
  // Yen and yuan
  ['¥1,234', undefined, [1234, 'JPY']],
  ['￥1,234', undefined, [1234, 'JPY']],
  ['￥１，２３４', undefined, [1234, 'JPY']],
  ['¥1,234', 'CNY', [1234, 'CNY']],
  ['￥88.00', 'CNY', [88, 'CNY']],
  ['JP¥1,234', undefined, [1234, 'JPY']],
  ['JP¥1,234', 'CNY', [1234, 'JPY']],
  ['1,234円', undefined, [1234, 'JPY']],
  ['CN¥ 88.00', undefined, [88, 'CNY']],
  ['RMB 88', undefined, [88, 'CNY']],
  ['88.00元', undefined, [88, 'CNY']],
  ['人民币 88.00', undefined, [88, 'CNY']],
  ['88.00 美元', undefined, [88, 'USD']],
  ['共计人民币88元起', undefined, [88, 'CNY']],
  ['订单金额：US $12.34', undefined, [12.34, 'USD']],
  ['12,50 欧元', undefined, [12.5, 'EUR']],
  ['12,50 euros', undefined, [12.5, 'EUR']],
  ['＄5.99', undefined, [5.99, 'USD']],
  // Nordic, Polish, others
  ['1.234 kr', undefined, [1234, 'SEK']],
  ['1 234,50 kr', undefined, [1234.5, 'SEK']],
  ['99 kr', 'NOK', [99, 'NOK']],
  ['zł 12,00', undefined, [12, 'PLN']],
  ['12,00 zł', undefined, [12, 'PLN']],
  ['₹1,23,456.00', undefined, [123456, 'INR']],
  ['₹12,34,567', undefined, [1234567, 'INR']],
  ['KWD 1.234', undefined, [1.234, 'KWD']],
  ['BHD 12.500', undefined, [12.5, 'BHD']],
  ['TRY 45,90', undefined, [45.9, 'TRY']],
  // Ambiguous "one separator + 3 digits": thousands (see amount.ts), decimal only for 0.xxx
  ['$1,234', undefined, [1234, 'USD']],
  ['€1.234', undefined, [1234, 'EUR']],
  ['€0,123', undefined, [0.123, 'EUR']],
  ['€1.2345', undefined, [1.2345, 'EUR']],
  // Signs are ignored: the amount is the magnitude.
  ['-$5.99', undefined, [5.99, 'USD']],
  ['−€3,00', undefined, [3, 'EUR']],
  ['($5.99)', undefined, [5.99, 'USD']],
  ['$-5.99', undefined, [5.99, 'USD']],
  // Text around the amount
  ['Order total: US $12.00 (2 items)', undefined, [12, 'USD']],
  ['2 x $5.99', undefined, [5.99, 'USD']],
  ['Subtotal (3 items): €12,50', undefined, [12.5, 'EUR']],
  ['BONUS $5', undefined, [5, 'USD']],
  ['Kraft 5,00', 'EUR', [5, 'EUR']],
  ['USDT 5', 'EUR', [5, 'EUR']],
  ['Price: 5.99', 'GBP', [5.99, 'GBP']],
  ['5.99', 'usd', [5.99, 'USD']],
  ['0', 'EUR', [0, 'EUR']],
  // Null: no number, or no currency at all
  ['', undefined, null],
  ['Free', 'USD', null],
  ['$', undefined, null],
  ['€ --', undefined, null],
  ['5.99', undefined, null],
  ['1.234.56 €', undefined, null],
  ['12.34,56 €', undefined, null],
  ['1,2345,678 $', undefined, null],
  ['5.99', 'dollars', null],
  ['$5.99', 'dollars', [5.99, 'USD']],
];

describe('parseMoney', () => {
  it.each(cases)('%j (fallback %s)', (text, fallback, expected) => {
    const result = parseMoney(text, fallback);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toEqual({ amount: expected[0], currency: expected[1] });
  });
});
