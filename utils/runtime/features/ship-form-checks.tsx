import { FormWarnings } from '../../../components/FormWarnings';
import type { Feature, FeatureContext } from '../feature';
import { readFormState } from '../form-state';
import { gateDecision, needsConfirmation, submitsForm } from '../gate';

interface GateState {
  /** The carrier the seller confirmed "ship anyway" for; a different carrier asks again. */
  confirmedCarrier: string | null;
  /** The carrier of the last attempt we held (shown as "submit held" until it changes). */
  heldCarrier: string | null;
  /** The signal the gate's listeners were added under; a new one means they are gone. */
  signal: AbortSignal | null;
  /** Form elements given input listeners under `signal`. */
  watched: WeakSet<Element>;
}

/**
 * Live warnings on confirm-shipment / add-tracking / fulfil forms, and the "ship anyway"
 * gate: while a choice the platform penalises is selected, a submit is held until the
 * seller confirms in our UI. We never submit or change the form ourselves. The gate's
 * listeners live only while the form is on the page and the script runs (ctx.signal).
 */
export function createShipFormChecks(): Feature {
  const gate: GateState = {
    confirmedCarrier: null,
    heldCarrier: null,
    signal: null,
    watched: new WeakSet(),
  };
  /** The pass's context, read by the submit listener: the form and evaluate of the latest pass. */
  let latest: FeatureContext | null = null;

  function holdSubmit(event: Event): void {
    const ctx = latest;
    const form = ctx?.page.form;
    const order = ctx?.page.formOrder;
    if (!ctx || !form || !order) return;
    if (!submitsForm(event, form.submitButtons, form.watched)) return;
    // Judge what the form says now: it may have changed since the pass.
    const live = readFormState(form);
    if (gateDecision(live, ctx.evaluate(order, live), gate.confirmedCarrier) === 'allow') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    gate.heldCarrier = live.chosenCarrier;
    ctx.schedule();
  }

  function listenOnce(ctx: FeatureContext): void {
    if (gate.signal === ctx.signal) return;
    gate.signal = ctx.signal;
    gate.watched = new WeakSet();
    // Capture on window runs before the console's own handlers (React roots included).
    ctx.listen(window, 'click', holdSubmit, { capture: true });
    ctx.listen(window, 'submit', holdSubmit, { capture: true });
  }

  return {
    id: 'ship-form-checks',
    // Wish's older "Ship" dialog opens on top of the order list.
    pages: ['ship-form', 'order-list'],
    run(ctx) {
      const { form, formState } = ctx.page;
      const evaluation = ctx.evaluations.form;
      latest = form ? ctx : null;
      if (!form || !formState || !evaluation) {
        ctx.ui.prune('form-warnings', new Set());
        return;
      }
      listenOnce(ctx);
      for (const element of form.watched) {
        if (gate.watched.has(element)) continue;
        gate.watched.add(element);
        ctx.listen(element, 'input', ctx.schedule);
        ctx.listen(element, 'change', ctx.schedule);
      }
      if (formState.chosenCarrier !== gate.heldCarrier) gate.heldCarrier = null;
      const needed = needsConfirmation(evaluation);
      ctx.ui.render(
        'form-warnings',
        'form-warnings',
        form.mount,
        <FormWarnings
          warnings={evaluation.warnings}
          needsConfirmation={needed}
          confirmed={
            gate.confirmedCarrier !== null && gate.confirmedCarrier === formState.chosenCarrier
          }
          blockedAttempt={gate.heldCarrier !== null}
          language={ctx.language}
          t={ctx.t}
          onConfirm={() => {
            gate.confirmedCarrier = formState.chosenCarrier;
            gate.heldCarrier = null;
            ctx.schedule();
          }}
        />,
      );
    },
  };
}
