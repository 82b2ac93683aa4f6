/**
 * The one way a rules pack document becomes a `RulesPack`: the zod schema first, then the
 * cross-checks zod cannot express alone (checks.ts). Apart from schema.ts so that the schema
 * and the checks do not import each other.
 */
import { checkPack } from './checks';
import { issuesFromZod, type PackIssue } from './issues';
import { RulesPackSchema, type RulesPack } from './schema';

export type ParsePackResult = { ok: true; pack: RulesPack } | { ok: false; errors: PackIssue[] };

/** Validate a pack document: the schema first, then the cross-checks. Never throws. */
export function parsePack(json: unknown): ParsePackResult {
  const parsed = RulesPackSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: issuesFromZod(parsed.error.issues, json) };
  const errors = checkPack(parsed.data);
  return errors.length === 0 ? { ok: true, pack: parsed.data } : { ok: false, errors };
}
