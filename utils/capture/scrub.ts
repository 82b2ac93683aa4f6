/**
 * The scrubber of "Report this page": takes a console page (a `Document`, the live page's
 * copy in the browser or a saved file in Node) and replaces the buyer's data in it, in place,
 * by same-shape placeholders (shape.ts), so the page can be attached to a bug report or kept
 * as a test fixture. Structure, tags, ids, classes, `data-*` attributes, labels, country
 * names, amounts, order ids and tracking numbers stay. Scripts and inline event handlers go.
 *
 * Buyer data is found four ways, each for what the others miss:
 * 1. the elements each console's markup names (`utils/consoles/<console>/buyer-data.ts`);
 * 2. values shown after a buyer label ("Phone:", "Ship to", "收件人", "电话" …);
 * 3. any text that repeats a value found by 1 or 2 (the name again in "Contact buyer", an
 *    attribute, a user id in a `data-*` attribute);
 * 4. e-mail addresses and phone numbers anywhere, by their form (patterns.ts);
 * plus form fields whose name says they hold a name, address, phone or note, and every
 * textarea (free text) that holds more than tracking numbers.
 */
import type { BuyerDataRules } from './buyer-data';
import { maskPatterns } from './patterns';
import { maskBuyerText, maskShape } from './shape';

export interface ScrubOptions {
  rules: BuyerDataRules;
  /** Order ids and tracking numbers: never masked, wherever they appear. */
  keep: readonly string[];
}

/** What was replaced, for the capture's report. */
export interface ScrubSummary {
  /** Elements holding buyer data found by the console's markup or by a label. */
  buyerValues: number;
  /** Other places where one of their values appeared again. */
  repeatedValues: number;
  /** E-mail addresses and phone numbers found by their form. */
  patternMatches: number;
  /** Form fields whose value was masked. */
  formFields: number;
  /** Scripts emptied and inline event handlers removed. */
  scripts: number;
  eventHandlers: number;
}

const SHOW_TEXT_AND_COMMENTS = 0x4 | 0x80;
/** Where a label is a column heading or a choice, not the label of the value beside it. */
const NOT_A_LABEL = 'th, thead, [role="columnheader"], option, script, style';
/** Attributes that name the markup, not its content. */
const STRUCTURAL = new Set(['id', 'class', 'style']);
/** Attributes of a buyer element that may repeat its text. */
const TEXT_ATTRIBUTES = ['title', 'aria-label', 'alt', 'value'];
/** Form fields that hold a buyer's name, address, phone, e-mail or a note, by name/id/autocomplete. */
const BUYER_FIELD =
  /(buyer|recipient|receiver|contact|consignee|customer|first|last|full)[-_]?name|^name$|address|street|phone|^tel|mobile|e-?mail|zip|postal|post_?code|city|note|remark|comment|message/iu;
const IGNORED_INPUTS = new Set([
  'hidden',
  'checkbox',
  'radio',
  'submit',
  'button',
  'reset',
  'image',
]);

export function scrubDocument(doc: Document, options: ScrubOptions): ScrubSummary {
  const summary: ScrubSummary = {
    buyerValues: 0,
    repeatedValues: 0,
    patternMatches: 0,
    formFields: 0,
    scripts: 0,
    eventHandlers: 0,
  };
  removeScripts(doc, summary);
  const labels = new Set(options.rules.labels.map(normaliseLabel));
  const found = buyerElements(doc, options.rules, labels);
  const known = knownValues(found, options);
  for (const one of found) maskElement(one, options.rules);
  summary.buyerValues = found.length;
  maskFormFields(doc, options.keep, summary);
  summary.repeatedValues = replaceEverywhere(doc, (text) => replaceKnown(text, known));
  summary.patternMatches = replaceEverywhere(doc, (text) => maskPatterns(text, options.keep));
  return summary;
}

function removeScripts(doc: Document, summary: ScrubSummary): void {
  for (const script of doc.querySelectorAll('script')) {
    script.textContent = '';
    script.removeAttribute('src');
    summary.scripts += 1;
  }
  for (const element of doc.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      if (!name.toLowerCase().startsWith('on')) continue;
      element.removeAttribute(name);
      summary.eventHandlers += 1;
    }
  }
}

function normaliseLabel(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/[:：]\s*$/u, '')
    .trim()
    .toLowerCase();
}

/** A buyer element, and for an inline "Label: value" the label part that stays. */
interface Found {
  element: Element;
  after: string | null;
}

function buyerElements(doc: Document, rules: BuyerDataRules, labels: Set<string>): Found[] {
  const found = new Map<Element, Found>();
  for (const selector of rules.values) {
    for (const element of doc.querySelectorAll(selector)) {
      found.set(element, { element, after: null });
    }
  }
  const isLabel = (element: Element) =>
    element.children.length === 0 && labels.has(normaliseLabel(element.textContent ?? ''));
  for (const element of doc.querySelectorAll('body *')) {
    if (element.children.length > 0 || element.closest(NOT_A_LABEL)) continue;
    const text = (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (!text) continue;
    if (labels.has(normaliseLabel(text))) {
      // "<span>Buyer note: </span>Please pack…": the value is the text after the label.
      if (textAfter(element).trim() && element.parentElement && !found.has(element.parentElement)) {
        // The label's own text as the page has it: it is looked for in the parent's text nodes.
        const label = element.textContent ?? text;
        found.set(element.parentElement, { element: element.parentElement, after: label });
        continue;
      }
      const value = [element.nextElementSibling, element.parentElement?.nextElementSibling].find(
        (candidate) => candidate && (candidate.textContent ?? '').trim() !== '',
      );
      // A value that holds labels of its own is a block of labelled values: each is found by its label.
      if (!value || [...value.querySelectorAll('*')].some(isLabel) || isLabel(value)) continue;
      if (!found.has(value)) found.set(value, { element: value, after: null });
      continue;
    }
    const inline = /^([^:：]{1,40}[:：])\s*\S/u.exec(text);
    if (inline?.[1] && labels.has(normaliseLabel(inline[1])) && !found.has(element)) {
      found.set(element, { element, after: inline[1] });
    }
  }
  // An element inside another buyer element is masked with it.
  const inside = (element: Element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (found.has(parent)) return true;
    }
    return false;
  };
  return [...found.values()].filter(({ element }) => !inside(element));
}

/** The text right after an element, up to the next element. */
function textAfter(element: Element): string {
  let text = '';
  for (let node = element.nextSibling; node && node.nodeType !== 1; node = node.nextSibling) {
    if (node.nodeType === 3) text += (node as Text).data;
  }
  return text;
}

/** Values worth looking for elsewhere: long or distinctive enough not to hit ordinary words. */
function knownValues(found: readonly Found[], options: ScrubOptions): string[] {
  const values = new Set<string>();
  const add = (raw: string) => {
    const value = raw.replace(/\s+/gu, ' ').trim();
    const distinctive = value.length >= 6 || (value.length >= 4 && /[\s\d@_.]/u.test(value));
    if (distinctive && maskBuyerText(value) !== value && !options.keep.includes(value)) {
      values.add(value);
    }
  };
  for (const one of found) {
    for (const { node, from } of buyerText(one, options.rules)) {
      const text = node.data.slice(from);
      add(text);
      for (const part of text.split(/[,，\n;；|()（）]+/u)) add(part);
    }
  }
  // Longest first: "Dana Whitfield" before a part of it.
  return [...values].sort((a, b) => b.length - a.length);
}

/**
 * The buyer's text in a found element: its text nodes, less the console's tooltips, and with
 * a label (`after`) only what follows the label.
 */
function buyerText(
  { element, after }: Found,
  rules: BuyerDataRules,
): Array<{ node: Text; from: number }> {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4);
  const parts: Array<{ node: Text; from: number }> = [];
  let labelPassed = after === null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && rules.consoleText.some((selector) => parent.closest(selector))) continue;
    if (labelPassed) parts.push({ node, from: 0 });
    else if (after !== null && node.data.includes(after)) {
      parts.push({ node, from: node.data.indexOf(after) + after.length });
      labelPassed = true;
    }
  }
  return parts;
}

function maskElement(found: Found, rules: BuyerDataRules): void {
  for (const { node, from } of buyerText(found, rules)) {
    node.data = node.data.slice(0, from) + maskBuyerText(node.data.slice(from));
  }
  const { element } = found;
  for (const inner of [element, ...element.querySelectorAll('*')]) {
    for (const name of TEXT_ATTRIBUTES) {
      const value = inner.getAttribute(name);
      if (value) inner.setAttribute(name, maskBuyerText(value));
    }
    // A link to the buyer's profile or messages names them in its query: keep where it goes.
    const href = inner.getAttribute('href');
    const query = href?.search(/[?#]/u) ?? -1;
    if (href && query >= 0) {
      inner.setAttribute('href', href.slice(0, query) + maskShape(href.slice(query)));
    }
  }
}

function maskFormFields(doc: Document, keep: readonly string[], summary: ScrubSummary): void {
  for (const field of doc.querySelectorAll('input, textarea')) {
    const textarea = field.tagName === 'TEXTAREA';
    const value = textarea ? (field.textContent ?? '') : (field.getAttribute('value') ?? '');
    if (!value.trim()) continue;
    const type = (field.getAttribute('type') ?? 'text').toLowerCase();
    if (!textarea && IGNORED_INPUTS.has(type)) continue;
    const named = ['name', 'id', 'autocomplete'].some((attribute) =>
      BUYER_FIELD.test(field.getAttribute(attribute) ?? ''),
    );
    const onlyKept = value
      .split(/[\s,，;]+/u)
      .filter(Boolean)
      .every((token) => keep.includes(token));
    if (!(type === 'email' || type === 'tel' || named || textarea) || onlyKept) continue;
    if (textarea) field.textContent = maskBuyerText(value);
    else field.setAttribute('value', maskBuyerText(value));
    summary.formFields += 1;
  }
}

function replaceKnown(text: string, known: readonly string[]): string {
  let out = text;
  for (const value of known) if (out.includes(value)) out = out.replaceAll(value, maskShape(value));
  return out;
}

/**
 * Applies `mask` to every text, comment and attribute value of the page (ids and classes
 * excepted); returns how many changed.
 */
function replaceEverywhere(doc: Document, mask: (text: string) => string): number {
  let changed = 0;
  const walker = doc.createTreeWalker(doc, SHOW_TEXT_AND_COMMENTS);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as CharacterData).data;
    const masked = mask(data);
    if (masked !== data) {
      (node as CharacterData).data = masked;
      changed += 1;
    }
  }
  for (const element of doc.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      if (STRUCTURAL.has(name)) continue;
      const value = element.getAttribute(name) ?? '';
      const masked = mask(value);
      if (masked !== value) {
        element.setAttribute(name, masked);
        changed += 1;
      }
    }
  }
  return changed;
}
