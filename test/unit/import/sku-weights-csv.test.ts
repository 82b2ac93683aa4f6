import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewSkuWeights } from '../../../utils/import/sku-weights-csv';

describe('previewSkuWeights', () => {
  it('reads the sample, an empty console meaning any console, stored once', () => {
    const result = previewSkuWeights(readFileSync('public/samples/sku-weights-sample.csv', 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.items).toHaveLength(3);
    expect(result.items[0]).toEqual({ console: 'amazon', sku: 'SL-LID-6P-GRN', grams: 180 });
    expect(result.items.filter((weight) => weight.sku === 'MUG-CER-350-WHT')).toEqual([
      { console: '*', sku: 'MUG-CER-350-WHT', grams: 410 },
    ]);
  });

  it('reads Chinese headers and decimals', () => {
    const result = previewSkuWeights('平台,商品编码,重量（克）\nEbay,A-1,12.5\n');
    expect(result.items).toEqual([{ console: 'ebay', sku: 'A-1', grams: 12.5 }]);
  });

  it('names every bad row and keeps the good ones for skipping', () => {
    const result = previewSkuWeights(
      [
        'console,sku,weight_g',
        'temu,A,10',
        'amazon,,10',
        'amazon,B,0',
        'amazon,C,1kg',
        'amazon,D,50',
        ',D,60',
      ].join('\n'),
    );
    expect(result.errors.map((error) => `${error.line}: ${error.message.en}`)).toEqual([
      '2: unknown console "temu": use aliexpress, amazon, ebay, wish or leave it empty',
      '3: the SKU must be 1 to 200 characters',
      '4: weight_g must be a number of grams above 0 and at most 100000, such as 125 or 12.5',
      '5: weight_g must be a number of grams above 0 and at most 100000, such as 125 or 12.5',
      '7: D is already on line 6',
    ]);
    expect(result.items).toEqual([{ console: 'amazon', sku: 'D', grams: 50 }]);
    expect(result.skipped).toEqual([2, 3, 4, 5, 7]);
  });
});
