import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../utils/rules/engine/types';
import { parseJsonWithPositions } from '../../../scripts/json-positions';
import { help, runCli } from '../../../scripts/rules-cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => `test/fixtures/rules/${name}`;

/** Run the command line in this process, with files read from the repository root. */
function cli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readText: (file) => files[file] ?? readFileSync(resolve(root, file), 'utf8'),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('rules validate', () => {
  it('accepts the bundled pack with a one-line summary', () => {
    const { code, out, err } = cli(['validate', 'public/rules/default-pack.json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^public\/rules\/default-pack\.json: valid rules pack "shiplens-default" version \S+ \(schemaVersion 2, published \d{4}-\d{2}-\d{2}\): \d+ channels, \d+ policies$/,
    );
  });

  it('lists every error of the bad pack with its path and line:column', () => {
    const { code, err } = cli(['validate', fixture('bad-pack.json')]);
    expect(code).toBe(1);
    const file = fixture('bad-pack.json');
    expect(err.split('\n')).toEqual([
      `${file}:15:33: zones.eu[2]: the ISO 3166 code for the United Kingdom is "GB", not "UK"`,
      `${file}:41:7: channels[1].id: duplicate id "line-a" (also channels[0])`,
      `${file}:27:21: channels[0].rateCard.currency: currency XYZ has no rate in currencyRates`,
      `${file}:34:15: channels[0].rates.US.bands[1].fromGrams: bands must be contiguous and ascending: expected fromGrams 300 (the previous band's toGrams), got 350`,
      `${file}:26:30: channels[0].destinations[1]: served but not priced: no rate entry for DE, FR, UK`,
      `${file}:54:11: channels[1].rates["*"].maxDays: maxDays 20 is below minDays 30`,
      expect.stringMatching(
        new RegExp(
          `^${file}:69:13: policies\\[0\\]\\.condition\\.all\\[1\\]\\.fact: unknown fact "orderTotal"`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^${file}:74:60: policies\\[0\\]\\.message\\["zh-CN"\\]: placeholder \\{orderValu\\} is not a fact`,
        ),
      ),
      `${file}:72:51: policies[0].effect.channels[0]: unknown channel "line-b"`,
      `9 errors in ${file}`,
    ]);
  });

  it('reports a JSON syntax error at its line and column', () => {
    const { code, err } = cli(['validate', 'broken.json'], {
      'broken.json': '{\n  "schemaVersion": 1,\n  "id": "x",,\n}',
    });
    expect(code).toBe(1);
    expect(err).toBe('broken.json:3:13: JSON syntax error: Unexpected token Comma found.');
  });

  it('points a missing property at its parent object', () => {
    const text = '{\n  "schemaVersion": 2\n}';
    const { err } = cli(['validate', 'short.json'], { 'short.json': text });
    expect(err.split('\n')[0]).toBe(
      'short.json:1:1: id: Invalid input: expected string, received undefined',
    );
  });
});

describe('rules audit', () => {
  const packWith = (edit: (pack: { policies: { source: Record<string, unknown> }[] }) => void) => {
    const pack = JSON.parse(readFileSync(resolve(root, 'public/rules/default-pack.json'), 'utf8'));
    edit(pack);
    return { 'edited.json': JSON.stringify(pack, null, 2) };
  };

  it('lists every policy and channel by last check, source and confidence, and passes', () => {
    const { code, out, err } = cli(['audit', 'default', '--now', '2026-12-03T00:00:00Z']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^kind +id +checked +confidence +source$/);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^policy +amazon-br-cn-accepted-carriers +2026-12-03 +confirmed-official +https:\/\/sellercentral\.amazon\.com\.br\//,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^channel +yunexpress +2026-12-03 +sample rates +yunexpress\.com\//),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^target +ebay-speedpak-gb +2026-12-03 +secondary, dated +https:\/\/en-test\.56ok\.com\//,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^inbound +amazon-inbound-carton-us +2026-12-03 +secondary +https:/),
    );
    // The bundled first-leg cards are illustrative numbers no one checked: never, so flagged.
    const cards = lines.filter((line) => line.startsWith('first-leg '));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card).toMatch(/ never \(may be out of date\) +sample rates /);
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^\\d+ policies, 1 platform-routed rules, \\d+ compliance targets, \\d+ inbound rules, \\d+ channels, ${cards.length} first-leg cards; oldest check 2026-12-03; ${cards.length} may be out of date; 0 problems$`,
      ),
    );
  });

  it('marks rules checked 12 months or more before --now as possibly out of date', () => {
    const { code, out } = cli(['audit', 'default', '--now', '2027-12-03T00:00:00Z']);
    expect(code).toBe(0);
    expect(out).toContain('2026-12-03 (may be out of date)');
    expect(out.split('\n').at(-1)).not.toContain(' 0 may be out of date');
  });

  it('fails, naming the rule, when a policy lacks verifiedAt or a source address', () => {
    const files = packWith((pack) => {
      delete pack.policies[2]?.source['verifiedAt'];
      delete pack.policies[5]?.source['url'];
    });
    const { code, out, err } = cli(['audit', 'edited.json', '--now', '2026-12-03'], files);
    expect(code).toBe(1);
    // Still listed, never-checked first.
    expect(out.split('\n')[1]).toMatch(/^policy +aliexpress-ru-over-5-no-economy-simple +never/);
    expect(err.split('\n').slice(0, 2)).toEqual([
      'edited.json: policies[2] aliexpress-ru-over-5-no-economy-simple: no date of last check (source.verifiedAt, YYYY-MM-DD)',
      'edited.json: policies[5] aliexpress-by-ua-no-economy: no source address (source.url)',
    ]);
  });

  it('holds compliance targets and Amazon inbound rules to the same source and date', () => {
    const pack = JSON.parse(readFileSync(resolve(root, 'public/rules/default-pack.json'), 'utf8'));
    delete pack.complianceTargets[0].source.verifiedAt;
    delete pack.firstLeg.inboundRules[1].source.url;
    const files = { 'edited.json': JSON.stringify(pack, null, 2) };
    const { code, err } = cli(['audit', 'edited.json', '--now', '2026-12-03'], files);
    expect(code).toBe(1);
    expect(err.split('\n').slice(0, 2)).toEqual([
      'edited.json: complianceTargets[0] ebay-speedpak-gb: no date of last check (source.verifiedAt, YYYY-MM-DD)',
      'edited.json: firstLeg.inboundRules[1] amazon-inbound-carton-eu: no source address (source.url)',
    ]);
  });
});

/** `rules explain default <fixture> --now 2026-11-25 [--carrier NAME]`, parsed. */
function explainOrder(name: string, carrier?: string): Evaluation {
  const args = ['explain', 'default', fixture(name), '--now', '2026-11-25T00:00:00Z'];
  const { code, out } = cli(carrier === undefined ? args : [...args, '--carrier', carrier]);
  expect(code).toBe(0);
  return JSON.parse(out) as Evaluation;
}
const ids = (evaluation: Evaluation) =>
  evaluation.warnings.map((w) => `${w.policyId}:${w.severity}`);

describe('rules explain: the December 2026 corrections, each set off and not', () => {
  it('Wish to Canada: US$5 needs no premium line, US$12 does', () => {
    // The buyer chose Standard Shipping: balanced keeps that level, no premium line needed.
    expect(explainOrder('wish-ca-5.json').recommended?.channelId).toBe('wishpost-standard');
    expect(ids(explainOrder('wish-ca-5.json'))).not.toContain('wish-confirmed-delivery:info');
    const twelve = explainOrder('wish-ca-12.json');
    expect(twelve.recommended?.channelId).toBe('wishpost-premium');
    expect(ids(twelve)).toContain('wish-confirmed-delivery:info');
  });

  it('Wish with China Post: warned, confirm before submit, and no dollar fine', () => {
    const evaluation = explainOrder('wish-ca-12.json', 'China Post');
    const wishpost = evaluation.warnings.find((w) => w.policyId === 'wish-wishpost-mandatory');
    expect(wishpost?.severity).toBe('critical');
    expect(wishpost?.confirmBeforeSubmit).toBe(true);
    expect(wishpost?.message.en).toContain('infraction');
    const text = evaluation.warnings.map((w) => w.message.en).join(' ');
    expect(text).not.toMatch(/\bfined?\b|penalt/i);
    expect(ids(explainOrder('wish-ca-12.json', 'WishPost Premium'))).not.toContain(
      'wish-wishpost-mandatory:critical',
    );
  });

  it('Amazon China → US at US$25: an untracked line is warned, Yun Express is not', () => {
    expect(ids(explainOrder('amazon-us-25.json', 'China Post Ordinary Small Packet'))).toEqual([
      'amazon-us-vtr-scans-2025:critical',
    ]);
    expect(ids(explainOrder('amazon-us-25.json', 'Yun Express'))).toEqual([]);
  });

  it('Amazon.com.br: China Post refused, Yun Express accepted', () => {
    const refused = explainOrder('amazon-br-25.json', 'China Post');
    expect(ids(refused)).toEqual(['amazon-br-cn-accepted-carriers:critical']);
    expect(refused.recommended?.channelId).toBe('yunexpress');
    expect(
      refused.ruledOut.find((c) => c.channelId === 'china-post-registered')?.reasons[0]?.policyId,
    ).toBe('amazon-br-cn-accepted-carriers');
    expect(ids(explainOrder('amazon-br-25.json', 'Yun Express'))).toEqual([]);
  });
});

describe('rules explain: destination rules in the landed cost', () => {
  const landedCharges = (now: string) => {
    const args = ['explain', 'default', fixture('ebay-de-40.json'), '--now', now];
    const evaluation = JSON.parse(cli([...args, '--currency', 'EUR']).out) as Evaluation;
    return (evaluation.recommended?.landed?.charges ?? []).map((charge) => charge.ruleId);
  };

  it('a €40 order to Germany shows the €3 duty line after 1 Jul 2026, not before', () => {
    expect(landedCharges('2026-07-02T00:00:00Z')).toEqual(['eu-vat-ioss', 'eu-3-euro-duty-2026']);
    expect(landedCharges('2026-06-30T00:00:00Z')).toEqual(['eu-vat-ioss']);
  });
});

describe('rules explain', () => {
  it('prints the Evaluation as JSON with the expected recommendation', () => {
    const { code, out } = cli([
      'explain',
      'default',
      fixture('good-order.json'),
      '--now',
      '2026-11-25T00:00:00Z',
      '--objective',
      'cheapest',
    ]);
    expect(code).toBe(0);
    const evaluation = JSON.parse(out) as Evaluation;
    expect(evaluation.recommended?.channelId).toBe('epacket');
    expect(evaluation.objective).toBe('cheapest');
    expect(evaluation.warnings.map((w) => w.policyId)).toEqual([
      'aliexpress-us-over-5-standard-only',
    ]);
    expect(
      evaluation.ruledOut.find((c) => c.channelId === 'cainiao-super-economy')?.reasons[0]
        ?.policyId,
    ).toBe('aliexpress-us-over-5-standard-only');
  });

  it('takes the ship-form carrier, tracking and settings from options', () => {
    const { out } = cli([
      'explain',
      'public/rules/default-pack.json',
      fixture('good-order.json'),
      '--now',
      '2026-11-25T00:00:00Z',
      '--carrier',
      'Yanwen',
      '--tracking',
      'VR344217874YP',
      '--tracking-match',
      'mismatch',
      '--currency',
      'EUR',
      '--sku-weight',
      'CASE-BLK=90',
      '--dimensions',
      '20x15x3',
      '--goods',
      'magnet',
    ]);
    const evaluation = JSON.parse(out) as Evaluation;
    expect(evaluation.warnings.map((w) => `${w.policyId}:${w.severity}`)).toEqual([
      'aliexpress-false-shipment-tracking-mismatch:critical',
      'aliexpress-us-over-5-standard-only:warning',
      'aliexpress-false-shipment-tracking-online:warning',
    ]);
    expect(evaluation.weight).toEqual({ grams: 180, source: 'sku-table', unknownSkus: [] });
    expect(evaluation.recommended?.cost?.converted?.currency).toBe('EUR');
    expect(
      evaluation.ruledOut
        .find((c) => c.channelId === 'china-post-registered')
        ?.reasons.map((r) => r.code),
    ).toContain('refused-goods');
  });

  it('rejects an order that is not OrderFacts, with each problem at its path and line', () => {
    const { code, err } = cli(['explain', 'default', fixture('bad-order.json')]);
    expect(code).toBe(1);
    const file = fixture('bad-order.json');
    expect(err.split('\n')).toEqual([
      `${file} is not an order (OrderFacts):`,
      `${file}:2:3: console: Invalid option: expected one of "aliexpress"|"amazon"|"ebay"|"wish"`,
      `${file}:5:3: destinationCountry: expected an ISO 3166 alpha-2 code`,
      `${file}:11:7: items[0].quantity: expected a quantity ≥ 1`,
      `${file}:16:19: orderValue.amount: expected an amount ≥ 0`,
      `${file}:18:3: shipBy: expected an ISO date`,
      `5 errors in ${file}`,
    ]);
  });

  it('exits 2 on usage errors and prints help on --help', () => {
    expect(cli(['explain', 'default']).code).toBe(2);
    expect(
      cli(['explain', 'default', fixture('good-order.json'), '--objective', 'slowest']).code,
    ).toBe(2);
    expect(cli(['explain', 'default', fixture('good-order.json'), '--bogus']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['--help'])).toEqual({ code: 0, out: help, err: '' });
  });
});

describe('json positions', () => {
  it('maps paths to the key of a member and the start of an element', () => {
    const parsed = parseJsonWithPositions('{\n  "a": [1, {"b": true}],\n  "c": "x\\"y"\n}');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value).toEqual({ a: [1, { b: true }], c: 'x"y' });
    expect(parsed.positionOf(['a'])).toEqual({ line: 2, column: 3 });
    expect(parsed.positionOf(['a', 1, 'b'])).toEqual({ line: 2, column: 13 });
    expect(parsed.positionOf(['a', 1, 'missing'])).toEqual({ line: 2, column: 12 });
    expect(parsed.positionOf(['c'])).toEqual({ line: 3, column: 3 });
  });

  it('rejects what JSON.parse rejects', () => {
    for (const text of ['', '{"a":1,}', '[1 2]', '{"a":01}', '"\\x"', 'tru', '{"a":1} x', '"\n"']) {
      expect(parseJsonWithPositions(text).ok, text).toBe(false);
      expect(() => JSON.parse(text) as unknown, text).toThrow();
    }
  });
});

describe('the command as a process', () => {
  it('sets the exit status', () => {
    const run = (args: string[]) => {
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/rules-cli.ts', ...args], {
          cwd: root,
          stdio: 'pipe',
        });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    expect(run(['validate', 'public/rules/default-pack.json'])).toBe(0);
    expect(run(['validate', fixture('bad-pack.json')])).toBe(1);
    // Two Node processes with the TypeScript loader: seconds on a busy machine.
  }, 60_000);
});

describe('rules first-leg', () => {
  const plan = 'test/fixtures/first-leg/us-plan.json';

  it('prints the recommendation and every option in the documented shape', () => {
    const { code, out, err } = cli(['first-leg', plan]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      recommended: string | null;
      options: Array<Record<string, unknown>>;
    };
    // 40 cartons of 0.08 CBM: 3.2 CBM by sea arrives by 2027-01-24, long before 2027-02-28.
    expect(result.recommended).toBe('fba-sea-lcl-us');
    expect(Object.keys(result)).toEqual(['recommended', 'options']);
    expect(Object.keys(result.options[0] ?? {})).toEqual([
      'channelId',
      'mode',
      'eligible',
      'reasons',
      'chargeable',
      'cost',
      'transitDays',
      'arrivesBy',
    ]);
    expect(result.options[0]).toMatchObject({
      chargeable: { value: 3.2, unit: 'cbm', basis: 'volume' },
      cost: { amount: 4800, currency: 'CNY', converted: { currency: 'USD' } },
      arrivesBy: { earliest: '2027-01-09', latest: '2027-01-24' },
    });
  });

  it('takes another pack and display currency', () => {
    const { code, out } = cli([
      'first-leg',
      plan,
      '--pack',
      'public/rules/default-pack.json',
      '--currency',
      'EUR',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).options[0].cost.converted.currency).toBe('EUR');
  });

  it('names every problem of a bad plan and exits 1', () => {
    const bad =
      '{"destination":"USA","readyDate":"2026-12-05","neededBy":"2026-11-28","cartons":[]}';
    const { code, out, err } = cli(['first-leg', 'bad.json'], { 'bad.json': bad });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n')).toEqual([
      'bad.json is not a first-leg plan:',
      'bad.json:1:2: destination: expected an ISO 3166 alpha-2 code such as "US"',
      'bad.json:1:71: cartons: expected at least one carton line',
      'bad.json:1:47: neededBy: neededBy is before readyDate',
      '3 errors in bad.json',
    ]);
  });

  it('is a usage error without a plan', () => {
    expect(cli(['first-leg']).code).toBe(2);
  });

  it('costs a forwarder card imported from CSV on top of the pack, as the options page does', () => {
    const card = 'public/samples/first-leg-sample.csv';
    const { code, out, err } = cli([
      'first-leg',
      plan,
      '--pack',
      'public/rules/default-pack.json',
      '--card',
      card,
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      recommended: string;
      options: Array<Record<string, unknown>>;
    };
    // 3.2 CBM at CNY 1300 (the card's line) beats the bundled sample's CNY 1500.
    expect(result.recommended).toBe('local-fl-matson-sea-express');
    expect(result.options[0]).toMatchObject({ cost: { amount: 4160, currency: 'CNY' } });
    // The card's fba-air-us replaces the bundled one: 600 kg at CNY 24.
    expect(result.options.filter((option) => option.channelId === 'fba-air-us')).toEqual([
      expect.objectContaining({ cost: expect.objectContaining({ amount: 14400 }) }),
    ]);
  });

  it('refuses a card with a bad row, naming the file and line, and prints no plan', () => {
    const card = [
      'name,mode,destinations,currency,per_cbm,min_days,max_days',
      'Cheap boat,sea-lcl,US,CNY,900,30,40',
      'Broken boat,sea-lcl,US,CNY,free,30,40',
    ].join('\n');
    const { code, out, err } = cli(['first-leg', plan, '--card', 'mine.csv'], { 'mine.csv': card });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('mine.csv:3: per_cbm must be a number above 0 such as 38.5');
  });
});
