/** The options planner's plan: validated like the command line's, costed with the active pack. */
import {
  firstLegAdvice,
  FirstLegPlanSchema,
  type FirstLegAdvice,
  type FirstLegPlanInput,
} from '../rules/engine/first-leg';
import type { RulesPack } from '../rules/pack/schema';

export function planInOptions(
  input: FirstLegPlanInput,
  pack: RulesPack,
  currency: string,
): { ok: true; advice: FirstLegAdvice } | { ok: false; problems: string } {
  const plan = FirstLegPlanSchema.safeParse(input);
  if (!plan.success) {
    const problems = plan.error.issues.map(
      (issue) => `${issue.path.join('.') || 'plan'}: ${issue.message}`,
    );
    return { ok: false, problems: problems.join('; ') };
  }
  return { ok: true, advice: firstLegAdvice(plan.data, pack, currency) };
}

/** Every marketplace a first-leg line of the pack delivers to, sorted. */
export function firstLegDestinations(pack: RulesPack): string[] {
  return [...new Set((pack.firstLeg?.channels ?? []).flatMap((c) => c.destinations))].sort();
}
