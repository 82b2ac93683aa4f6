/**
 * What a ship form says right now: the carrier chosen and the tracking numbers typed, and
 * whether those numbers belong to that carrier. Read from the live form, so a decision made
 * at the moment of submit sees what the seller (or an auto-fill script) just changed.
 */
import type { ShipForm } from '../consoles/types';
import type { EvaluateInput } from '../rules/engine/input';
import { trackingMatchesCarrier } from '../tracking';

export type FormState = NonNullable<EvaluateInput['form']>;
type CarrierMatch = FormState['trackingCarrierMatch'];

/** One verdict for all the numbers typed: any mismatch counts, all must match to match. */
export function combineMatches(carrier: string | null, numbers: readonly string[]): CarrierMatch {
  if (!carrier || numbers.length === 0) return 'unknown';
  const verdicts = numbers.map((number) => trackingMatchesCarrier(number, carrier));
  if (verdicts.includes('mismatch')) return 'mismatch';
  return verdicts.every((verdict) => verdict === 'match') ? 'match' : 'unknown';
}

export function readFormState(form: ShipForm): FormState {
  const chosenCarrier = form.readCarrier();
  const trackingNumbers = form.readTracking();
  return {
    chosenCarrier,
    trackingNumbers,
    trackingCarrierMatch: combineMatches(chosenCarrier, trackingNumbers),
  };
}
