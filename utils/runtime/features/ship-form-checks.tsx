import { FormWarnings } from '../../../components/FormWarnings';
import { unreadOrder } from '../../order-facts';
import type { ShipForm } from '../../consoles/types';
import { trackingMatchesCarrier } from '../../tracking';
import type { Feature } from '../feature';

type CarrierMatch = 'match' | 'mismatch' | 'unknown';

/** One verdict for all the numbers typed: any mismatch counts, all must match to match. */
export function combineMatches(carrier: string | null, numbers: readonly string[]): CarrierMatch {
  if (!carrier || numbers.length === 0) return 'unknown';
  const verdicts = numbers.map((number) => trackingMatchesCarrier(number, carrier));
  if (verdicts.includes('mismatch')) return 'mismatch';
  return verdicts.every((verdict) => verdict === 'match') ? 'match' : 'unknown';
}

interface GateState {
  /** A fined choice is active. */
  needed: boolean;
  /** The carrier the seller confirmed "ship anyway" for; a different carrier asks again. */
  confirmedCarrier: string | null;
  carrier: string | null;
  blockedAttempt: boolean;
  form: ShipForm | null;
}

/**
 * Live warnings on confirm-shipment / add-tracking / fulfil forms, and the "ship anyway"
 * gate: while a choice the platform fines is selected, a submit is held until the seller
 * confirms in our UI. We never submit or change the form ourselves.
 */
export function createShipFormChecks(): Feature {
  const watched = new WeakSet<Element>();
  const gate: GateState = {
    needed: false,
    confirmedCarrier: null,
    carrier: null,
    blockedAttempt: false,
    form: null,
  };
  let schedule = () => {};
  let gateInstalled = false;

  const isConfirmed = () =>
    gate.confirmedCarrier !== null && gate.confirmedCarrier === gate.carrier;

  function holdSubmit(event: Event): void {
    const form = gate.form;
    if (!gate.needed || isConfirmed() || !form) return;
    const target = event.target;
    if (!(target instanceof Node)) return;
    const submits =
      event.type === 'submit'
        ? form.submitButtons.some((button) => target.contains(button))
        : form.submitButtons.some((button) => button.contains(target));
    if (!submits) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    gate.blockedAttempt = true;
    schedule();
  }

  return {
    id: 'ship-form-checks',
    // Wish's older "Ship" dialog opens on top of the order list.
    pages: ['ship-form', 'order-list'],
    run(ctx) {
      schedule = ctx.schedule;
      const form = ctx.adapter.shipForm(ctx.doc, ctx.url);
      gate.form = form;
      if (!form) {
        gate.needed = false;
        ctx.ui.prune('form-warnings', new Set());
        return;
      }
      if (!gateInstalled) {
        // Capture on window runs before the console's own handlers (React roots included).
        window.addEventListener('click', holdSubmit, true);
        window.addEventListener('submit', holdSubmit, true);
        gateInstalled = true;
      }
      for (const element of form.watched) {
        if (watched.has(element)) continue;
        watched.add(element);
        element.addEventListener('input', ctx.schedule);
        element.addEventListener('change', ctx.schedule);
      }
      const extracted = ctx.adapter.extractOrder(ctx.doc, ctx.url);
      // A form that shows no readable order (Wish's ship dialog on a list) is checked on its own.
      const facts = extracted.ok
        ? extracted.facts
        : unreadOrder(ctx.adapter.id, ctx.pageKind, 'unknown');
      const chosenCarrier = form.readCarrier();
      const trackingNumbers = form.readTracking();
      const evaluation = ctx.evaluate(facts, {
        chosenCarrier,
        trackingNumbers,
        trackingCarrierMatch: combineMatches(chosenCarrier, trackingNumbers),
      });
      if (chosenCarrier !== gate.carrier) gate.blockedAttempt = false;
      gate.carrier = chosenCarrier;
      gate.needed = evaluation.warnings.some((warning) => warning.confirmBeforeSubmit);
      ctx.ui.render(
        'form-warnings',
        'form-warnings',
        form.mount,
        <FormWarnings
          warnings={evaluation.warnings}
          needsConfirmation={gate.needed}
          confirmed={isConfirmed()}
          blockedAttempt={gate.blockedAttempt}
          language={ctx.language}
          t={ctx.t}
          onConfirm={() => {
            gate.confirmedCarrier = gate.carrier;
            gate.blockedAttempt = false;
            ctx.schedule();
          }}
        />,
      );
    },
  };
}
