/**
 * The add-tracking forms (docs/consoles/ebay.md#ship-form): `/ship/trk/trackings` (one line: a
 * tracking textbox and a carrier combobox, "Save and continue") and `/ship/tr/update` (one
 * `trkNum_N` textbox per line with its carrier combobox in the next cell, "Save").
 *
 * The carrier is a combobox: free text with suggestions, no `<select>` and no separate
 * "Other" field, so what the seller typed or picked is the input's value.
 */
import type { ExtractResult } from '../../order-facts';
import { unreadOrder, validateOrderFacts } from '../../order-facts';
import { queryAll, queryFirst } from '../dom';
import type { MountPoint, ShipForm } from '../types';
import { labelledOrderId } from '../content-kind';
import { orderIdPattern, shipFormOrderKey } from './pages';
import { visibleText } from './read';
import * as s from './selectors';

const isInput = (el: Element): el is HTMLInputElement => el.tagName === 'INPUT';

interface FormControls {
  tracking: HTMLInputElement[];
  /** Carrier comboboxes in line order. */
  carriers: HTMLInputElement[];
  submits: Element[];
}

function controlsOf(doc: Document): FormControls | null {
  // Most pages (a list of thousands of rows) have no form: one search of the page says so.
  if (doc.querySelector(s.trackingInput.join(', ')) === null) return null;
  const tracking = queryAll(doc, s.trackingInput).filter(isInput);
  if (tracking.length === 0) return null;
  // /ship/tr/update: each line's combobox sits in the cell after its tracking cell.
  const perLine = tracking
    .map((input) => input.closest(s.lineTrackingCell.join(', '))?.nextElementSibling)
    .map((cell) => (cell ? queryFirst(cell, s.carrierCombobox) : null))
    .filter((el): el is Element => el !== null);
  const carriers = (perLine.length > 0 ? perLine : queryAll(doc, s.carrierCombobox)).filter(
    isInput,
  );
  return { tracking, carriers, submits: submitButtons(doc) };
}

/** "Save" / "Save and continue" by their label: other primary buttons (Search) are not it. */
function submitButtons(doc: Document): Element[] {
  const wanted = s.labels.submit.map((label) => label.toLowerCase());
  for (const selector of s.submitButton) {
    const found = [...doc.querySelectorAll(selector)].filter((button) =>
      wanted.includes(visibleText(button).toLowerCase()),
    );
    if (found.length > 0) return found;
  }
  return [];
}

const valuesOf = (inputs: readonly HTMLInputElement[]): string[] =>
  inputs.map((input) => input.value.trim()).filter(Boolean);

export function readShipForm(doc: Document): ShipForm | null {
  const controls = controlsOf(doc);
  if (!controls) return null;
  const { tracking, carriers, submits } = controls;
  const [firstSubmit] = submits;
  const lastTracking = tracking[tracking.length - 1];
  const mount: MountPoint | null = firstSubmit
    ? { anchor: firstSubmit, position: 'before' }
    : lastTracking
      ? { anchor: lastTracking, position: 'after' }
      : null;
  if (!mount) return null;
  return {
    watched: [...tracking, ...carriers],
    // One carrier per line on the multi-line form: the first one chosen stands for the form.
    readCarrier: () => valuesOf(carriers)[0] ?? null,
    readTracking: () => valuesOf(tracking),
    submitButtons: submits,
    mount,
  };
}

/**
 * The order of an add-tracking form: what the form holds (carrier, tracking numbers) and the
 * order key from the URL. These pages show no address, items or amounts in any source, so
 * those facts are missing; the seller filling in tracking is shipping the order themselves.
 */
export function extractShipForm(doc: Document, url: URL): ExtractResult {
  // At an address we do not know, the order number the form shows ("Order number: …").
  const orderId = shipFormOrderKey(url) ?? labelledOrderId(doc.body, orderIdPattern);
  if (!orderId) return { ok: false, reason: 'This add-tracking page names no single order' };
  const form = readShipForm(doc);
  if (!form) return { ok: false, reason: 'No add-tracking form on this page' };
  const carrier = form.readCarrier();
  const trackingNumbers = form.readTracking();
  const unread = unreadOrder('ebay', 'ship-form', orderId);
  return validateOrderFacts({
    ...unread,
    carrier,
    trackingNumbers,
    fulfilledBy: 'seller',
    missing: unread.missing.filter(
      (fact) =>
        fact !== 'fulfilledBy' &&
        !(fact === 'carrier' && carrier) &&
        !(fact === 'trackingNumbers' && trackingNumbers.length > 0),
    ),
  });
}
