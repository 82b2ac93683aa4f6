/**
 * The form where a Wish order is fulfilled: the "Fulfill order" page (origin country/region,
 * shipping carrier, tracking number — merchantfaq 204530068, 1260800536970) or the old
 * "Ship" modal on the list (shipping-provider selector, tracking number, blue "Save" —
 * contextlogic.zendesk.com 203515555). Its DOM is unknown (docs/consoles/wish.md#markup), so every
 * control is found through the label shown beside it.
 */
import { findLabel, isLabel, queryFirst, elementText } from '../dom';
import type { MountPoint, ShipForm } from '../types';
import { css, labels } from './selectors';

export interface FulfilForm {
  root: Element;
  /** True for the old modal on a list page, false for the fulfil page's own form. */
  inDialog: boolean;
  origin: Element | null;
  carrier: Element | null;
  tracking: Element | null;
  submitButtons: Element[];
  /** Where live warnings go: at the top of the form (the modal's body). */
  mount: MountPoint;
}

const controlSelector = css.formControl.join(', ');

function isHidden(el: Element): boolean {
  return el.closest('[hidden], [aria-hidden="true"]') !== null;
}

/**
 * The control a visible label names: `<label for>`, a control inside the `<label>`, or the
 * first control after the label in its field box — the label's parent or grandparent (React
 * forms wrap `div > (label + div > input)`); no higher, where the next field's control is.
 */
function controlByLabel(root: Element, wanted: readonly string[]): Element | null {
  const label = findLabel(root, wanted);
  if (!label) return null;
  const labelElement = label.closest('label');
  const forId = labelElement?.getAttribute('for');
  const byId = forId ? root.ownerDocument.getElementById(forId) : null;
  if (byId) return byId;
  const inside = labelElement?.querySelector(controlSelector);
  if (inside) return inside;
  let box = label.parentElement;
  for (let depth = 0; box && depth < 2; depth++, box = box.parentElement) {
    for (const control of box.querySelectorAll(controlSelector)) {
      if (label.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) return control;
    }
    if (box === root) break;
  }
  return null;
}

/**
 * What a control currently holds: a select's chosen option text (null for the "Select…"
 * placeholder, whose value is empty), an input's value, a combobox's input value or text.
 */
export function controlValue(control: Element | null): string | null {
  if (!control) return null;
  // Tag names, not `instanceof`: elements of a parsed or framed document have other classes.
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return option && option.value !== '' ? elementText(option) || null : null;
  }
  if (control.tagName === 'INPUT' || control.tagName === 'TEXTAREA') {
    return (control as HTMLInputElement | HTMLTextAreaElement).value.trim() || null;
  }
  const input = control.querySelector('input');
  return (input ? input.value.trim() : elementText(control)) || null;
}

function submitButtons(root: Element): Element[] {
  return [...root.querySelectorAll(css.button.join(', '))].filter(
    (button) =>
      button.getAttribute('type') === 'submit' ||
      isLabel(elementText(button) || (button.getAttribute('value') ?? ''), labels.submit),
  );
}

/** The first visible fulfil form on the page: the fulfil page's form or the old modal. */
export function findFulfilForm(doc: Document): FulfilForm | null {
  for (const selector of css.shipFormRoot) {
    for (const root of doc.querySelectorAll(selector)) {
      if (isHidden(root)) continue;
      const tracking = controlByLabel(root, labels.trackingNumber);
      if (!tracking) continue;
      const inDialog = root.closest(css.dialog.join(', ')) !== null;
      return {
        root,
        inDialog,
        origin: controlByLabel(root, labels.origin),
        carrier: controlByLabel(root, labels.carrier),
        tracking,
        submitButtons: submitButtons(root),
        mount: { anchor: queryFirst(root, css.modalBody) ?? root, position: 'prepend' },
      };
    }
  }
  return null;
}

/** The adapter's live view of the form as the seller fills it in. */
export function shipFormOf(doc: Document): ShipForm | null {
  const form = findFulfilForm(doc);
  if (!form) return null;
  return {
    watched: [form.origin, form.carrier, form.tracking].filter((el): el is Element => el !== null),
    readCarrier: () => controlValue(form.carrier),
    // Every entry as typed: whether each is a tracking number is the checks' to say.
    readTracking: () => (controlValue(form.tracking) ?? '').split(/[\s,;，、]+/u).filter(Boolean),
    submitButtons: form.submitButtons,
    mount: form.mount,
  };
}
