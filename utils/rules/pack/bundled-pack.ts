/**
 * The pack that ships with the extension (public/rules/default-pack.json), validated when
 * this module loads: a pack that does not pass parsePack fails the build and every test
 * that imports it, with every problem listed, instead of reaching a seller.
 */
import pack from '../../../public/rules/default-pack.json';
import { parsePack } from './parse';
import type { RulesPack } from './schema';

function load(json: unknown): RulesPack {
  const parsed = parsePack(json);
  if (parsed.ok) return parsed.pack;
  const problems = parsed.errors.map((error) => `  ${error.path || '(pack)'}: ${error.message}`);
  throw new Error(
    `public/rules/default-pack.json is not a valid rules pack:\n${problems.join('\n')}`,
  );
}

export const defaultPack: RulesPack = load(pack);
