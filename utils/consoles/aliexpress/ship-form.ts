import type { MountPoint, ShipForm } from '../types';
import { isLabel, queryAll, queryFirst, elementText, textOf } from '../dom';
import * as s from './selectors';

/**
 * The seller's ship forms (docs/consoles/aliexpress.md#ship-form):
 * - declare shipment (填写发货通知, self-ship): a carrier, a tracking number per package, and a
 *   free-text carrier when "Other" is chosen. Its DOM was never seen: every control is found by
 *   a GUESSED id first and by its visible `<label>` text second, and the carrier may be a native
 *   `<select>`, a Fusion `next-select` or a plain input;
 * - create_ship_cn (online logistics): the chosen Cainiao solution, no tracking number.
 *
 * Nothing here changes the page: we only read what the seller chose.
 */
export function readShipForm(doc: Document): ShipForm | null {
  const carrier =
    queryFirst(doc, s.carrierControl.css) ?? controlByLabel(doc, s.labels.carrierField);
  const other =
    queryFirst(doc, s.otherCarrierInput.css) ?? controlByLabel(doc, s.labels.otherCarrierField);
  const tracking = trackingInputs(doc);
  const solution = queryFirst(doc, s.chosenSolution.css);
  if (!carrier && !solution && tracking.length === 0) return null;

  const submitButtons = queryAll(doc, s.submitCandidate.css).filter((button) =>
    isLabel(elementText(button), s.labels.submit),
  );
  const mount = warningsMount(submitButtons[0], carrier ?? solution ?? tracking[0] ?? null);
  if (!mount) return null;
  return {
    watched: unique([
      carrier,
      ...(carrier ? [...carrier.querySelectorAll('input, select')] : []),
      other,
      ...tracking,
      ...queryAll(doc, s.solutionCard.css).flatMap((card) => [...card.querySelectorAll('input')]),
    ]),
    readCarrier: () => chosenCarrier(carrier, other) ?? (elementText(solution) || null),
    readTracking: () =>
      tracking.flatMap((input) => inputValue(input).split(/[\s,;，]+/u)).filter(Boolean),
    submitButtons,
    mount,
  };
}

/** The chosen carrier as shown; "Other" resolved to the seller's free text when typed. */
function chosenCarrier(control: Element | null, other: Element | null): string | null {
  const shown = controlValue(control);
  if (shown === null || !isLabel(shown, s.labels.otherCarrier)) return shown;
  return inputValue(other).trim() || shown;
}

function controlValue(control: Element | null): string | null {
  if (!control) return null;
  if (isSelect(control)) {
    const option = control.options[control.selectedIndex];
    return control.value && option ? elementText(option) || null : null;
  }
  if (isTextInput(control)) return control.value.trim() || null;
  // Fusion next-select: the chosen value is an `<em>` in `.next-select-values`; the placeholder
  // is an input attribute, so an empty select has no text there.
  return textOf(control, ['.next-select-values em', '.next-select-values']);
}

function trackingInputs(doc: Document): Element[] {
  const byId = queryAll(doc, s.trackingInput.css);
  if (byId.length > 0) return byId;
  const labelled = controlByLabel(doc, s.labels.trackingField);
  return labelled ? [labelled] : [];
}

/** The control a visible `<label>` names: by its `for`, else the first control of its row. */
function controlByLabel(doc: Document, labels: readonly string[]): Element | null {
  for (const label of doc.querySelectorAll('label')) {
    if (!isLabel(elementText(label), labels)) continue;
    const byFor = label.htmlFor ? doc.getElementById(label.htmlFor) : null;
    if (byFor) return byFor;
    const row = label.closest(s.formItem.css.join(', '));
    const control = row?.querySelector('.next-select, select, textarea, input:not([type="radio"])');
    if (control) return control;
  }
  return null;
}

/** Warnings go right above the submit buttons' row, else after the carrier's row. */
function warningsMount(submit: Element | undefined, fallback: Element | null): MountPoint | null {
  const rowOf = (el: Element): Element =>
    el.closest(s.formItem.css.join(', ')) ?? el.parentElement ?? el;
  if (submit) return { anchor: rowOf(submit), position: 'before' };
  return fallback ? { anchor: rowOf(fallback), position: 'after' } : null;
}

function inputValue(el: Element | null): string {
  return el && isTextInput(el) ? el.value : '';
}

// Tag checks rather than `instanceof`: the page's and the content script's globals differ.
function isSelect(el: Element): el is HTMLSelectElement {
  return el.tagName === 'SELECT';
}

function isTextInput(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
}

function unique(elements: readonly (Element | null)[]): Element[] {
  return [...new Set(elements.filter((el): el is Element => el !== null))];
}
