import { FormWarnings } from '../../../components/FormWarnings';
import type { Feature, FeatureContext } from '../feature';
import { readFormState } from '../form-state';
import { gateDecision, needsConfirmation, submitsForm } from '../gate';
import { Scope } from '../lifetime';

interface GateState {
  /** The carrier the seller confirmed "ship anyway" for; a different carrier asks again. */
  confirmedCarrier: string | null;
  /** The carrier of the last attempt we held (shown as "submit held" until it changes). */
  heldCarrier: string | null;
  /**
   * The gate's listeners, while its UI is shown: ended when the form goes, and with the
   * script or the console switched off (the pass's signal).
   */
  scope: Scope | null;
  /** The signal `scope` was made under; a new one means the old scope ended. */
  signal: AbortSignal | null;
  /** Form elements given input listeners in `scope`. */
  watched: WeakSet<Element>;
  /** Our live-checks element: a submit is held only while it is on the page to explain why. */
  host: Element | null;
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
    scope: null,
    signal: null,
    watched: new WeakSet(),
    host: null,
  };
  /** The pass's context, read by the submit listener: the form and evaluate of the latest pass. */
  let latest: FeatureContext | null = null;

  function holdSubmit(event: Event): void {
    const ctx = latest;
    const form = ctx?.page.form;
    const order = ctx?.page.formOrder;
    if (!ctx || !form || !order || !gate.host?.isConnected) return;
    if (!submitsForm(event, form.submitButtons, form.watched)) return;
    // Judge what the form says now: it may have changed since the pass.
    const live = readFormState(form);
    if (gateDecision(live, ctx.evaluate(order, live), gate.confirmedCarrier) === 'allow') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    gate.heldCarrier = live.chosenCarrier;
    ctx.schedule();
  }

  /** The gate's scope for this pass: the one open since the form appeared, or a new one. */
  function openScope(ctx: FeatureContext): Scope {
    if (gate.scope && gate.signal === ctx.signal && !gate.scope.signal.aborted) return gate.scope;
    const scope = new Scope(ctx.signal);
    gate.scope = scope;
    gate.signal = ctx.signal;
    gate.watched = new WeakSet();
    // ctx.listen acts only while the script is in charge; its handlers run inside our scope.
    const listen = (target: EventTarget, type: string, handler: (event: Event) => void) =>
      ctx.listen(target, type, handler, { capture: true, signal: scope.signal });
    // Capture on window runs before the console's own handlers (React roots included).
    listen(window, 'click', holdSubmit);
    listen(window, 'submit', holdSubmit);
    return scope;
  }

  /** No form on the page: its gate and every listener of it go. */
  function closeScope(ctx: FeatureContext): void {
    gate.scope?.end();
    gate.scope = null;
    gate.host = null;
    ctx.ui.prune('form-warnings', new Set());
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
        closeScope(ctx);
        return;
      }
      const scope = openScope(ctx);
      for (const element of form.watched) {
        if (gate.watched.has(element)) continue;
        gate.watched.add(element);
        ctx.listen(element, 'input', ctx.schedule, { signal: scope.signal });
        ctx.listen(element, 'change', ctx.schedule, { signal: scope.signal });
      }
      if (formState.chosenCarrier !== gate.heldCarrier) gate.heldCarrier = null;
      const needed = needsConfirmation(evaluation);
      gate.host = ctx.ui.render(
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
