/**
 * The single-order confirm-shipment / confirm-dispatch / edit-shipment form (§1.6):
 *
 *   [data-test-id="tvs-carrier-dropdown"]          US; EU: select#CarrierListDropdown-<n>
 *     select (hidden, values are carrier names)    + span.a-dropdown-prompt (what the seller sees)
 *   input[data-test-id="text-input-carrier"]       free text when the carrier is "Other"
 *   input[data-test-id="text-input-tracking-id"]   one per package
 *   [data-test-id="confirm-shipment-button-action"] span.a-button > input[type=submit]
 *
 * The AUI dropdown writes the seller's pick into the hidden select, which automation relies on
 * (ids 35992425508, 62562315865 set `select.value` and dispatch change/input), so the select's
 * value is the chosen carrier.
 */
import type { MountPoint, ShipForm } from '../types';
import { queryAll, queryFirst } from '../dom';
import { shipForm as s } from './selectors';

/** Option value of the free-text carrier (§1.6, id 35992425508 `carrierNativeSelect.value = "Other"`). */
const OTHER_CARRIER = 'other';

const isSelect = (el: Element | null): el is HTMLSelectElement => el?.tagName === 'SELECT';
const isInput = (el: Element | null): el is HTMLInputElement => el?.tagName === 'INPUT';

export function findShipForm(doc: Document): ShipForm | null {
  // Most pages have no form: one search of the page says so (each alternative below is a
  // search of every element, ~10 ms on a 5,000-row order list).
  if (doc.querySelector([...s.carrierSelect, ...s.trackingInputs].join(', ')) === null) return null;
  const carrier = queryFirst(doc, s.carrierSelect);
  const select = isSelect(carrier) ? carrier : null;
  const trackingInputs = queryAll(doc, s.trackingInputs).filter(isInput);
  const lastField = trackingInputs.at(-1) ?? select;
  if (!lastField) return null;

  const otherField = queryFirst(doc, s.otherCarrier);
  const other = isInput(otherField) ? otherField : null;
  const submitButtons = queryAll(doc, s.submit);

  return {
    watched: [select, other, ...trackingInputs].filter((el) => el !== null),
    readCarrier() {
      const chosen = select?.value.trim() ?? '';
      // An empty value is the "Select a carrier" prompt; an empty "Other" is no choice yet.
      if (chosen.toLowerCase() !== OTHER_CARRIER) return chosen || null;
      return other?.value.trim() || null;
    },
    readTracking: () => trackingInputs.map((input) => input.value.trim()).filter(Boolean),
    submitButtons,
    mount: formMount(submitButtons[0], lastField),
  };
}

/** Before the submit button's AUI wrapper; without a button, after the last field. */
function formMount(submit: Element | undefined, lastField: Element): MountPoint {
  if (!submit) return { anchor: lastField, position: 'after' };
  return { anchor: submit.closest(s.submitContainer[0]) ?? submit, position: 'before' };
}
