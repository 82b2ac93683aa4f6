import { describe, expect, it } from 'vitest';
import { parsePackCached } from '../../../utils/rules/pack/parse-cache';
import { parsePack } from '../../../utils/rules/pack/parse';
import { miniPackInput } from '../rules/helpers';

describe('parsePackCached', () => {
  it('gives the same validated pack for equal content, without validating again', () => {
    const first = parsePackCached(miniPackInput());
    const again = parsePackCached(structuredClone(miniPackInput()));
    expect(again).toBe(first);
    expect(first).toEqual(parsePack(miniPackInput()));
  });

  it('validates changed content afresh, and remembers bad packs with their errors', () => {
    const changed = { ...miniPackInput(), version: '9.9.9' };
    const result = parsePackCached(changed);
    expect(result.ok && result.pack.version).toBe('9.9.9');
    const bad = { ...miniPackInput(), channels: 'none' };
    const refused = parsePackCached(bad);
    expect(refused.ok).toBe(false);
    expect(refused).toEqual(parsePack(bad));
    expect(parsePackCached(structuredClone(bad))).toBe(refused);
  });

  it('hands out frozen results: a caller cannot change what the next one gets', () => {
    const result = parsePackCached(miniPackInput());
    if (!result.ok) throw new Error('mini pack should validate');
    expect(() => result.pack.channels.push(result.pack.channels[0] as never)).toThrow(TypeError);
    expect(() => {
      (result.pack.channels[0] as { name: unknown }).name = 'changed';
    }).toThrow(TypeError);
  });

  it('keeps only the most recent packs', () => {
    const first = parsePackCached({ ...miniPackInput(), version: '1.0.0' });
    for (let n = 0; n < 8; n++) parsePackCached({ ...miniPackInput(), version: `2.0.${n}` });
    expect(parsePackCached({ ...miniPackInput(), version: '1.0.0' })).not.toBe(first);
  });
});
