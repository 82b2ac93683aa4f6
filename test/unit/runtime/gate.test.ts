// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gateDecision, needsConfirmation, submitsForm } from '../../../utils/runtime/gate';
import { evaluate } from '../../../utils/rules/engine/engine';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { defaultSettings } from '../../../utils/settings';
import { unreadOrder } from '../../../utils/order-facts';
import type { FormState } from '../../../utils/runtime/form-state';

/** A Wish order from China (the default ship-from), as a ship dialog shows it. */
const wishOrder = { ...unreadOrder('wish', 'ship-form', '5f2c1e'), destination: 'US' };

function judge(carrier: string | null, confirmed: string | null) {
  const live: FormState = {
    chosenCarrier: carrier,
    trackingNumbers: [],
    trackingCarrierMatch: 'unknown',
  };
  const evaluation = evaluate({
    facts: wishOrder,
    pack: defaultPack,
    settings: defaultSettings,
    now: new Date('2026-12-03T08:00:00Z'),
    form: live,
  });
  return gateDecision(live, evaluation, confirmed);
}

describe('the ship-anyway gate decides from the live form', () => {
  it('holds a Wish order from China shipped with another carrier than WishPost', () => {
    expect(judge('China Post', null)).toBe('hold');
  });

  it('allows WishPost', () => {
    expect(judge('WishPost', null)).toBe('allow');
  });

  it('allows the carrier the seller confirmed, and only that one', () => {
    expect(judge('China Post', 'China Post')).toBe('allow');
    expect(judge('Yanwen', 'China Post')).toBe('hold');
  });

  it('needs confirmation exactly when a warning asks for it', () => {
    const base = evaluate({
      facts: wishOrder,
      pack: defaultPack,
      settings: defaultSettings,
      now: new Date('2026-12-03T08:00:00Z'),
    });
    expect(needsConfirmation(base)).toBe(
      base.warnings.some((warning) => warning.confirmBeforeSubmit),
    );
  });
});

describe('submitsForm: which events submit the gated form', () => {
  document.body.innerHTML = `
    <form id="ship-form"><input id="tracking"><button id="inside" type="submit">Ship</button></form>
    <button id="outside" type="button">Save</button><button id="other">Other</button>
    <form id="search"><input id="q"></form>`;
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  const buttons = [byId('inside'), byId('outside')];
  const fields = [byId('tracking')];
  const event = (type: string, target: Element) => {
    const e = new Event(type, { bubbles: true });
    Object.defineProperty(e, 'target', { value: target });
    return e;
  };

  it('counts a click on a submit button, inside or outside the form, or on its content', () => {
    expect(submitsForm(event('click', byId('inside')), buttons, fields)).toBe(true);
    expect(submitsForm(event('click', byId('outside')), buttons, fields)).toBe(true);
    const label = document.createElement('span');
    byId('outside').append(label);
    expect(submitsForm(event('click', label), buttons, fields)).toBe(true);
  });

  it('counts a submit of the form that holds the fields even with its button outside', () => {
    expect(submitsForm(event('submit', byId('ship-form')), [byId('outside')], fields)).toBe(true);
  });

  it('leaves other clicks and other forms alone', () => {
    expect(submitsForm(event('click', byId('other')), buttons, fields)).toBe(false);
    expect(submitsForm(event('submit', byId('search')), buttons, fields)).toBe(false);
  });
});
