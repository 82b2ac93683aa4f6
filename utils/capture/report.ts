/**
 * What goes beside a scrubbed page: what ShipLens read on it and what it missed, the page
 * kind, and the versions of the extension and the rules pack, so a maintainer can replay the
 * page. Built from the ORIGINAL page (before scrubbing); order facts hold no buyer data.
 */
import { readAllRows } from '../consoles/list-rows';
import type { ConsoleAdapter } from '../consoles/types';
import type { ConsoleId, ConsolePageKind, ExtractResult } from '../order-facts';
import { scanField } from '../tracking';
import type { ScrubSummary } from './scrub';

export interface CaptureVersions {
  extension: string;
  /** The active rules pack's version; null when the content script has no rules yet. */
  rulesPack: string | null;
}

export interface CaptureReport {
  format: 'shiplens-page-capture';
  version: 1;
  capturedAt: string;
  url: string;
  console: ConsoleId;
  /** Null: ShipLens does not treat this address as an order page. */
  pageKind: ConsolePageKind | null;
  versions: CaptureVersions;
  /** The order of a detail page or ship form, as read or with why not. */
  order: ExtractResult | null;
  /** List pages: each row as read or with why not. */
  rows: ExtractResult[];
  scrubbed: ScrubSummary;
}

export interface PageReading {
  pageKind: ConsolePageKind | null;
  order: ExtractResult | null;
  rows: ExtractResult[];
  /** Order ids and tracking numbers on the page: the scrubber never masks them. */
  keep: string[];
}

/** Reads the page as the content script would, without the rules. */
export function readForReport(adapter: ConsoleAdapter, doc: Document, url: URL): PageReading {
  const pageKind = adapter.detectPage(url);
  const order =
    pageKind === 'order-detail' || pageKind === 'ship-form' ? adapter.extractOrder(doc, url) : null;
  const rows =
    pageKind === 'order-list'
      ? readAllRows(adapter.listRows(doc, url)).map((row) => row.facts)
      : [];
  const keep = new Set<string>();
  for (const result of [order, ...rows]) {
    if (!result?.ok) continue;
    keep.add(result.facts.orderId);
    for (const number of result.facts.trackingNumbers) keep.add(number);
  }
  for (const field of adapter.trackingFields(doc)) {
    for (const match of scanField(field.text)) keep.add(match.number);
  }
  for (const number of adapter.shipForm(doc, url)?.readTracking() ?? []) keep.add(number);
  return { pageKind, order, rows, keep: [...keep] };
}

/**
 * The report as an HTML comment for the top of the saved page: JSON, with `--` written as
 * `-\u002d` inside strings so the comment cannot end early (it stays valid JSON).
 */
export function reportComment(report: CaptureReport): string {
  const json = JSON.stringify(report, null, 2).replace(/--/gu, '-\\u002d');
  return `<!-- ShipLens page capture: buyer names, addresses, phones, e-mails and notes are replaced by placeholders of the same shape.\n${json}\n-->`;
}

/** The report of a saved capture, or null when the file has none. */
export function readReportComment(html: string): CaptureReport | null {
  const found = /<!-- ShipLens page capture:[^\n]*\n([\s\S]*?)\n-->/u.exec(html);
  if (!found?.[1]) return null;
  try {
    return JSON.parse(found[1]) as CaptureReport;
  } catch {
    return null;
  }
}
