/**
 * Packs written to break the validator: keys named like `Object.prototype` members, conditions
 * nested thousands deep, ten thousand channels. Each is reported (or accepted) with a result,
 * never a thrown error, wherever a pack or a policy is read: a pack, a backup's local rules.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/import/backup';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { MAX_CONDITION_DEPTH } from '../../../utils/rules/pack/condition-depth';
import { parsePack } from '../../../utils/rules/pack/parse';
import type { RulesPack } from '../../../utils/rules/pack/schema';
import { defaultSettings } from '../../../utils/settings';
import { channelOf } from '../layers/packs';

/**
 * A copy of the bundled pack, changed, as a feed or a file arrives: JSON text parsed, where
 * "__proto__" is an own key. `deep` replaces the placeholder condition "DEEP" by text, since
 * a tree thousands deep cannot go through JSON.stringify.
 */
function packWith(change: (pack: RulesPack) => void, deep = ''): unknown {
  const pack = structuredClone(defaultPack) as RulesPack;
  change(pack);
  const text = JSON.stringify(pack)
    .replaceAll('"proto-key"', '"__proto__"')
    .replace('"DEEP"', deep);
  return JSON.parse(text);
}

function errorsOf(input: unknown): string[] {
  const result = parsePack(input);
  return result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`);
}

const leaf = '{"fact":"itemCount","op":"gt","value":1}';

function nestedText(depth: number, open: string, close: string): string {
  return `${open.repeat(depth)}${leaf}${close.repeat(depth)}`;
}

function withDeepPolicy(index: number, depth: number, open: string, close: string): unknown {
  return packWith(
    (pack) => {
      const policy = pack.policies[index];
      if (policy) Object.assign(policy, { condition: 'DEEP' });
    },
    nestedText(depth, open, close),
  );
}

const prototypeKeys = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'proto-key'];
const namedKeys = prototypeKeys.filter((key) => key !== 'proto-key');

describe('validator on hostile packs', () => {
  it.each(prototypeKeys)('reports a rate key named %s that no zone defines', (key) => {
    const errors = errorsOf(
      packWith((pack) => {
        const channel = pack.channels[0];
        const entry = Object.values(channel?.rates ?? {})[0];
        if (!channel || !entry) throw new Error('no channel');
        channel.rates = { [key]: entry };
        channel.destinations = ['US'];
      }),
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/channels\[0\]/);
  });

  it('accepts a zone honestly named "constructor", looked up as its own', () => {
    const input = packWith((pack) => {
      pack.zones = { ...pack.zones, constructor: ['FJ', 'WS'] };
      const channel = pack.channels[0];
      const entry = Object.values(channel?.rates ?? {})[0];
      if (!channel || !entry) throw new Error('no channel');
      channel.rates = { ...channel.rates, constructor: entry };
      if (channel.destinations !== '*') channel.destinations = [...channel.destinations, 'FJ'];
    });
    expect(errorsOf(input)).toEqual([]);
  });

  it.each(namedKeys)('reports a currency keyed %s', (key) => {
    const input = packWith((pack) => {
      pack.currencyRates.rates = { ...pack.currencyRates.rates, [key]: 2 };
    });
    expect(errorsOf(input)).toEqual([`currencyRates.rates.${key}: Invalid key in record`]);
  });

  it('drops a "__proto__" key without it reaching any prototype', () => {
    const result = parsePack(
      packWith((pack) => {
        pack.currencyRates.rates = { ...pack.currencyRates.rates, 'proto-key': 2 };
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.hasOwn(result.pack.currencyRates.rates, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(result.pack.currencyRates.rates)).not.toHaveProperty('CNY');
  });

  it.each([
    ['not', '{"not":', '}'],
    ['all', '{"all":[', ']}'],
    ['any', '{"any":[' + leaf + ',', ']}'],
  ])('refuses a condition nested 5,000 deep with %s, naming the policy', (_, open, close) => {
    expect(errorsOf(withDeepPolicy(2, 5_000, open, close))).toEqual([
      `policies[2].condition: conditions may nest all/any/not at most ${MAX_CONDITION_DEPTH} levels deep; this one goes deeper`,
    ]);
  });

  it('accepts a condition exactly as deep as allowed, and refuses one level more', () => {
    expect(errorsOf(withDeepPolicy(0, MAX_CONDITION_DEPTH, '{"not":', '}'))).toEqual([]);
    expect(errorsOf(withDeepPolicy(0, MAX_CONDITION_DEPTH + 1, '{"not":', '}'))).toHaveLength(1);
  });

  it('validates 10,000 channels, finding the one bad among them', () => {
    const base = channelOf(defaultPack, 'yunexpress');
    const entry = Object.values(base.rates)[0];
    if (!entry) throw new Error('no rate entry');
    const input = packWith((pack) => {
      pack.channels = Array.from({ length: 10_000 }, (_, index) => ({
        ...base,
        id: `line-${index}`,
        destinations: '*',
        rates: { '*': entry },
      }));
      pack.policies = pack.policies.filter((policy) => policy.effect.kind === 'warn');
      const bad = pack.channels[9_876];
      if (bad) bad.limits = { ...bad.limits, maxWeightGrams: -1 };
    });
    expect(errorsOf(input)).toEqual([
      'channels[9876].limits.maxWeightGrams: Too small: expected number to be >0',
    ]);
    // Room for a loaded machine: the test runner's limit, not a speed assertion.
  }, 30_000);

  it('refuses a backup whose local policy nests 5,000 deep, with a message', () => {
    const policy = {
      ...structuredClone(defaultPack.policies[0]),
      id: 'deep-local',
      condition: 'DEEP',
    };
    const backup = JSON.stringify({
      format: 'shiplens-backup',
      version: 1,
      exportedAt: '2026-12-03T10:00:00.000Z',
      settings: defaultSettings,
      localRules: { updatedAt: '2026-12-03T10:00:00.000Z', channels: [], policies: [policy] },
      skuWeights: [],
    }).replace('"DEEP"', nestedText(5_000, '{"not":', '}'));
    const result = parseBackup(backup);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.en)).toEqual([
      `localRules.policies[0].condition: conditions may nest all/any/not at most ${MAX_CONDITION_DEPTH} levels deep; this one goes deeper`,
    ]);
  });
});
