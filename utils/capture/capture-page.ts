/**
 * "Report this page": the current page as one HTML file, scrubbed of buyer data, with the
 * report of what ShipLens read at its top. Runs where the page is (the content script, on
 * the live `document`) and in Node (the maintainers' `npm run fixture`). The page itself is
 * never changed: the scrubber works on a copy. Nothing is sent anywhere.
 */
import type { ConsoleAdapter } from '../consoles/types';
import { buyerDataRules } from './buyer-data';
import { readForReport, reportComment, type CaptureReport, type CaptureVersions } from './report';
import { scrubDocument } from './scrub';

export interface CapturedPage {
  /** A name for the saved file: console, page kind, order id when read. */
  fileName: string;
  html: string;
  report: CaptureReport;
}

export function handleCapturePage(
  adapter: ConsoleAdapter,
  doc: Document,
  url: URL,
  versions: CaptureVersions,
  now: Date = new Date(),
): CapturedPage {
  const reading = readForReport(adapter, doc, url);
  const copy = copyWithFormState(doc);
  // ShipLens' own panel, badges and buttons are not part of the console's page.
  for (const own of copy.querySelectorAll('*')) {
    if (own.localName.startsWith('shiplens-')) own.remove();
  }
  const scrubbed = scrubDocument(copy, { rules: buyerDataRules(adapter), keep: reading.keep });
  const report: CaptureReport = {
    format: 'shiplens-page-capture',
    version: 1,
    capturedAt: now.toISOString(),
    url: url.href,
    console: adapter.id,
    pageKind: reading.pageKind,
    versions,
    order: reading.order,
    rows: reading.rows,
    scrubbed,
  };
  const html = `<!DOCTYPE html>\n${reportComment(report)}\n${copy.documentElement.outerHTML}\n`;
  return { fileName: fileNameOf(report), html, report };
}

/**
 * A copy of the page whose form fields carry what the seller typed or chose as attributes:
 * the live values are properties, which serialising a page leaves out.
 */
function copyWithFormState(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  const live = doc.querySelectorAll('input, textarea, select');
  const copied = copy.querySelectorAll('input, textarea, select');
  live.forEach((field, index) => {
    const target = copied[index];
    if (!target) return;
    // By tag name: a parsed page in Node has no window whose classes `instanceof` could use.
    if (field.tagName === 'SELECT') {
      const select = field as HTMLSelectElement;
      const chosenInMarkup = Math.max(
        0,
        [...select.options].findIndex((option) => option.hasAttribute('selected')),
      );
      if (select.selectedIndex === chosenInMarkup) return;
      const options = target.querySelectorAll('option');
      [...select.options].forEach((option, at) =>
        options[at]?.toggleAttribute('selected', option.selected),
      );
    } else if (field.tagName === 'TEXTAREA') {
      target.textContent = (field as HTMLTextAreaElement).value;
    } else {
      const input = field as HTMLInputElement;
      if (input.type === 'checkbox' || input.type === 'radio') {
        target.toggleAttribute('checked', input.checked);
      } else if (input.value !== (input.getAttribute('value') ?? '')) {
        target.setAttribute('value', input.value);
      }
    }
  });
  return copy;
}

function fileNameOf(report: CaptureReport): string {
  const orderId = report.order?.ok ? report.order.facts.orderId : null;
  const parts = ['shiplens', report.console, report.pageKind ?? 'page', orderId];
  const stamp = report.capturedAt.slice(0, 19).replace(/[T:]/gu, '-');
  return `${[...parts.filter(Boolean), stamp].join('-').replace(/[^\w.-]+/gu, '_')}.html`;
}
