import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstLegChannels, previewFirstLegCard } from '../../../utils/import/first-leg-csv';
import { emptyLocalEdits, withFirstLegLines, without } from '../../../utils/layers/local-edits';
import { firstLegAdvice } from '../../../utils/rules/engine/first-leg';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { overlayPacks } from '../../../utils/rules/pack/overlay';
import { parsePack } from '../../../utils/rules/pack/parse';

const context = { currencies: ['USD', 'CNY', 'EUR'], shipFrom: 'CN' };
const header =
  'name,mode,destinations,currency,per_kg,volumetric_divisor,min_charge,per_cbm,min_cbm,per_container,container_cbm,container_max_kg,min_fill_cbm,min_days,max_days';
const errorsOf = (preview: ReturnType<typeof previewFirstLegCard>) =>
  preview.errors.map((error) => `${error.line}: ${error.message.en}`);

describe('previewFirstLegCard', () => {
  it('reads the sample: one line per row, each mode with its own price fields', () => {
    const preview = previewFirstLegCard(
      readFileSync('public/samples/first-leg-sample.csv', 'utf8'),
      context,
    );
    expect(preview.errors).toEqual([]);
    expect(preview.ignoredColumns).toEqual(['notes']);
    expect(preview.items.map((line) => [line.id, line.mode])).toEqual([
      ['local-fl-matson-sea-express', 'sea-lcl'],
      ['local-fl-ups-express', 'express'],
      ['fba-air-us', 'air'],
      ['local-fl-china-europe-rail', 'rail'],
      ['local-fl-40hq-to-long-beach', 'sea-fcl'],
    ]);
    expect(preview.items[0]).toEqual({
      id: 'local-fl-matson-sea-express',
      name: { en: 'Matson sea express', 'zh-CN': 'Matson sea express' },
      provider: 'Sample Forwarder',
      mode: 'sea-lcl',
      origins: ['CN'],
      destinations: ['US'],
      currency: 'CNY',
      transitDays: { min: 18, max: 25 },
      perCbm: 1300,
      minimumCbm: 2,
    });
    // "铁路" is rail; a quoted, space-separated destination list.
    expect(preview.items[3]).toMatchObject({
      mode: 'rail',
      destinations: ['DE', 'FR', 'IT', 'ES', 'PL'],
      perKg: 14.5,
      volumetricDivisor: 6000,
      minimumCharge: 800,
    });
  });

  it('fills the usual divisor, minimum CBM and origin when the card leaves them empty', () => {
    const preview = previewFirstLegCard(
      [
        'name;mode;destinations;currency;per_kg;per_cbm;min_days;max_days',
        'Courier;express;US;USD;5.2;;4;7',
        'Air;air;GB;USD;3.1;;8;12',
        'Boat;sea-lcl;US;USD;;180;30;40',
      ].join('\r\n'),
      { ...context, shipFrom: 'HK' },
    );
    expect(preview.errors).toEqual([]);
    expect(preview.items.map((line) => line.origins)).toEqual([['HK'], ['HK'], ['HK']]);
    expect(preview.items[0]).toMatchObject({ volumetricDivisor: 5000, minimumCharge: 0 });
    expect(preview.items[1]).toMatchObject({ volumetricDivisor: 6000 });
    expect(preview.items[2]).toMatchObject({ minimumCbm: 1 });
  });

  it('names every bad row with its line and keeps the good rows for skipping', () => {
    const preview = previewFirstLegCard(
      [
        header,
        'Good air,air,US,CNY,25,,,,,,,,,10,15',
        ',air,US,CNY,25,,,,,,,,,10,15',
        'Boat,ship,US,CNY,,,,1500,,,,,,30,40',
        'Mars,air,Mars,CNY,25,,,,,,,,,10,15',
        'Yen,air,US,JPY,25,,,,,,,,,10,15',
        'Slow,air,US,CNY,25,,,,,,,,,15,10',
        'Mixed,sea-lcl,US,CNY,25,,,1500,,,,,,30,40',
        'No price,sea-fcl,US,CNY,,,,,,32000,65,,30,30,40',
        'Comma,air,US,CNY,"1,079.5",,,,,,,,,10,15',
        'Good air,air,CA,CNY,26,,,,,,,,,10,15',
        'Good boat,海运拼箱,US CA,CNY,,,,1450,2,,,,,35,50',
      ].join('\n'),
      context,
    );
    expect(errorsOf(preview)).toEqual([
      '3: no name',
      '4: unknown mode "ship": use express, air, sea-lcl, sea-fcl, rail',
      '5: unknown destination "Mars": use country codes such as US or "US CA"',
      '6: your rules have no exchange rate for JPY',
      '7: min_days 15 is above max_days 10',
      '8: per_kg is not read for a sea-lcl line: leave it empty',
      '9: a sea-fcl line needs container_max_kg',
      '10: per_kg must be a number above 0 such as 38.5',
      '11: local-fl-good-air is already on line 2: one row per line',
    ]);
    expect(preview.errors.every((error) => error.message['zh-CN'] !== '')).toBe(true);
    // Nothing good is lost: the two good rows are what skipping the others applies.
    expect(preview.items.map((line) => line.id)).toEqual([
      'local-fl-good-air',
      'local-fl-good-boat',
    ]);
    expect(preview.items[1]).toMatchObject({ destinations: ['US', 'CA'], perCbm: 1450 });
    expect(preview.skipped).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(preview.rowCount).toBe(11);
  });

  it('refuses a file that is not UTF-8 or lacks a required column, with the line', () => {
    const gbk = previewFirstLegCard(`${header}\n\uFFFD\uFFFD,air,US,CNY,25,,,,,,,,,10,15`, context);
    expect(errorsOf(gbk)).toEqual(['2: the file is not UTF-8: save it as "CSV UTF-8"']);
    expect(gbk.items).toEqual([]);
    const short = previewFirstLegCard('name,mode,currency\nA,air,CNY', context);
    expect(errorsOf(short)).toEqual([
      '1: the header has no column destinations, min_days, max_days',
    ]);
  });
});

describe('imported first-leg lines in the active pack', () => {
  const at = new Date('2026-12-03T10:00:00Z');
  const preview = previewFirstLegCard(
    readFileSync('public/samples/first-leg-sample.csv', 'utf8'),
    context,
  );
  const lines = firstLegChannels(preview.items, { fileName: 'forwarder.csv', at });
  const edits = withFirstLegLines(emptyLocalEdits(at), lines, at);
  const plan = {
    destination: 'US',
    origin: 'CN',
    readyDate: '2026-12-05',
    neededBy: '2027-02-28',
    cartons: [{ count: 40, weightKg: 15, lengthCm: 50, widthCm: 40, heightCm: 40 }],
  };

  it('replaces a bundled line of the same id, adds the others, and the pack still validates', () => {
    const { pack, origin } = overlayPacks(defaultPack, [], edits);
    expect(parsePack(pack).ok).toBe(true);
    const ids = pack.firstLeg?.channels.map((line) => line.id) ?? [];
    expect(ids.filter((id) => id === 'fba-air-us')).toHaveLength(1);
    expect(pack.firstLeg?.channels.find((line) => line.id === 'fba-air-us')).toMatchObject({
      perKg: 24,
      sample: false,
      source: 'Imported from forwarder.csv on 2026-12-03',
    });
    expect(origin['first-leg:fba-air-us']).toBe('local');
    expect(origin['first-leg:fba-express']).toBe('bundled');
    expect(pack.firstLeg?.inboundRules).toEqual(defaultPack.firstLeg?.inboundRules);
  });

  it('changes the recommendation, and removing the lines brings the bundled answer back', () => {
    const before = firstLegAdvice(plan, defaultPack, 'USD').result.recommended;
    const withCard = overlayPacks(defaultPack, [], edits).pack;
    expect(before).toBe('fba-sea-lcl-us');
    expect(firstLegAdvice(plan, withCard, 'USD').result.recommended).toBe(
      'local-fl-matson-sea-express',
    );
    const removed = without(edits, 'first-leg', 'local-fl-matson-sea-express', at);
    expect(
      firstLegAdvice(plan, overlayPacks(defaultPack, [], removed).pack, 'USD').result.recommended,
    ).toBe(before);
  });
});
