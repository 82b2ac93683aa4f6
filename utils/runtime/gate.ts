/**
 * The "ship anyway" decision, made from the form as it is at the moment of submit: a script
 * that switches the carrier and submits in the same task is judged on the carrier it just
 * chose, not on what the last pass read.
 */
import type { Evaluation } from '../rules/engine/types';
import type { FormState } from './form-state';

export type GateDecision = 'hold' | 'allow';

/** True when the platform penalises this choice, so submitting needs our confirmation. */
export function needsConfirmation(evaluation: Evaluation): boolean {
  return evaluation.warnings.some((warning) => warning.confirmBeforeSubmit);
}

/**
 * Hold the submit when the live choice needs confirmation and the seller has not confirmed
 * THIS carrier ("ship anyway" for China Post does not cover a later switch to another line).
 */
export function gateDecision(
  live: FormState,
  evaluation: Evaluation,
  confirmedCarrier: string | null,
): GateDecision {
  if (!needsConfirmation(evaluation)) return 'allow';
  return confirmedCarrier !== null && confirmedCarrier === live.chosenCarrier ? 'allow' : 'hold';
}

/** Whether `event` submits `form`: a click on one of its submit buttons, or a submit of it. */
export function submitsForm(
  event: Event,
  submitButtons: readonly Element[],
  fields: readonly Element[],
): boolean {
  const target = event.target;
  if (!(target instanceof Node)) return false;
  if (event.type === 'click') return submitButtons.some((button) => button.contains(target));
  // A submit event targets the <form>: ours when it holds one of the form's buttons or
  // fields (Wish's older dialog keeps its Save button outside the form).
  return (
    submitButtons.some((button) => target.contains(button)) ||
    fields.some((field) => target.contains(field))
  );
}
