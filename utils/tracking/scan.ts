import {
  candidatesForToken,
  detectTracking,
  hasReportableShape,
  normaliseTrackingNumber,
  toTrackingMatch,
} from './detect';
import type { TrackingHints, TrackingMatch } from './detect';

/**
 * Finding tracking numbers in page text, in one linear pass.
 *
 * Why not ts-tracking-number's `findTracking`: it runs every format's regex (with `\s*` between
 * characters) over the whole text, then tests each candidate against every other one, which is
 * quadratic (4 s for 100 KB, 816 s for 1 MB), and lets digit groups of phone numbers and ZIP codes
 * merge into FedEx and USPS numbers (docs/peers.md#tracking).
 *
 * Here the text is cut into tokens, maximal runs of ASCII letters and digits, and each token of a
 * plausible length is checked once against the formats. Nothing spans a separator, so
 * "+1 415-555-0134" is four short tokens and never a tracking number.
 *
 * Policy for digit-only and weak formats. A 10-digit DHL Express number has a mod-7 check and
 * FedEx 12 / 15, USPS 20 and SSCC-18 a mod-10 or mod-11 one, so about one random number in 7–10
 * passes; eBay item ids (12 digits), AliExpress order ids (15–20 digits) and bare phone numbers
 * (10 digits) have exactly those lengths. Those formats (and the ones without a check digit and
 * without a distinctive prefix) have `scope: 'tracking-context'` in carriers.ts and are reported
 * only
 * - in a known tracking field (`scanField`, or `{ context: 'tracking-field' }`), or
 * - right after a tracking label ("Tracking number:", "运单号：", "N° de suivi", …) that ends
 *   within LABEL_WINDOW characters before the token with no word or number in between, or
 * - as the next item of a list that started that way ("Tracking: 3318810025, 8487135506").
 * Formats with a verified check digit and an unusual shape (S10 with a known country, 1Z, IMpb),
 * or a distinctive prefix (YT, 4PX…CN, TBA, LP, CNUSUP) are reported anywhere.
 */

/** A tracking number found in text; `index` is where its first character is. */
export interface ScanMatch extends TrackingMatch {
  index: number;
}

export interface ScanOptions {
  /** `tracking-field`: the whole text is a known tracking-number field; every format applies. */
  context?: 'page' | 'tracking-field';
  /** The carrier field and destination of the order the text belongs to (detect.ts). */
  hints?: TrackingHints;
}

/**
 * Token lengths worth checking: the shortest format is DHL Express (10 digits), the longest DHL
 * eCommerce (2-letter prefix + up to 39). A test checks every test number against these bounds.
 */
export const MIN_TOKEN_LENGTH = 10;
export const MAX_TOKEN_LENGTH = 41;

/** How far before a token a tracking label may end (characters). */
const LABEL_WINDOW = 40;

/**
 * Labels that introduce a tracking number (compared case-insensitively). A label counts only when
 * nothing but punctuation and spaces separates it from the number, so each phrase that ends in an
 * extra word ("tracking number", "运单号码") is listed whole.
 */
const TRACKING_LABELS: readonly string[] = [
  // English (Amazon, eBay, Wish consoles)
  'tracking',
  'tracking number',
  'tracking numbers',
  'tracking no',
  'tracking id',
  'tracking code',
  'tracking info',
  'tracking information',
  'awb',
  'waybill',
  'waybill number',
  'waybill no',
  // Chinese (AliExpress seller console, ERP exports)
  '运单号',
  '运单号码',
  '物流单号',
  '快递单号',
  '跟踪号',
  '跟踪号码',
  '跟踪单号',
  '追踪号',
  '追踪号码',
  // German, Japanese, French, Spanish, Italian, Portuguese (EU and JP marketplaces)
  'sendungsnummer',
  'trackingnummer',
  'tracking-nummer',
  '追跡番号',
  'お問い合わせ番号',
  'suivi',
  'seguimiento',
  'tracciamento',
  'rastreio',
  'rastreamento',
];

/** A list separator between two numbers: spaces, commas, semicolons, slashes, bars. */
const LIST_GAP = /^[\s,;/|、，；]+$/u;
const MAX_LIST_GAP = 8;

/** The labels in lower case, by the code of their last character: the few to compare. */
const LABELS_BY_LAST = new Map<number, string[]>();
for (const label of TRACKING_LABELS.map((text) => text.toLowerCase())) {
  const last = label.charCodeAt(label.length - 1);
  LABELS_BY_LAST.set(last, [...(LABELS_BY_LAST.get(last) ?? []), label]);
}
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** 1 for ASCII letters and digits: the characters a token is made of. */
const TOKEN_CHAR = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const c = String.fromCharCode(code);
  TOKEN_CHAR[code] = /[A-Za-z0-9]/.test(c) ? 1 : 0;
}
const isTokenChar = (code: number): boolean => code < 128 && TOKEN_CHAR[code] === 1;

/** Reported numbers separated only by list separators, e.g. "Tracking: A, B / C". */
interface Run {
  /** Where the first number of the run starts: a label must end right before it. */
  start: number;
  /** Where the last number of the run ends. */
  end: number;
  /** Whether a label introduces the run; worked out the first time a number needs it. */
  labelled?: boolean;
}

function isLetterOrNumber(code: number): boolean {
  if (code < 128) return isTokenChar(code);
  // CJK ideographs and kana, the letters of most labels past ASCII, without a regex call.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3040 && code <= 0x30ff)) return true;
  return LETTER_OR_NUMBER.test(String.fromCharCode(code));
}

/** Whether `label` (lower case) ends at `end` in `text`, ASCII letters compared in any case. */
function endsWithLabel(text: string, end: number, label: string): boolean {
  for (let i = 1; i <= label.length; i++) {
    let code = text.charCodeAt(end - i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== label.charCodeAt(label.length - i)) return false;
  }
  return true;
}

/**
 * Whether a tracking label ends right before `start`: within LABEL_WINDOW characters, followed by
 * nothing but punctuation and spaces. Walks back over those, then compares the characters before
 * them with the labels that end in the same character, from their end (nothing is allocated).
 */
function labelEndsRightBefore(text: string, start: number): boolean {
  const floor = Math.max(0, start - LABEL_WINDOW);
  let end = start;
  while (end > floor && !isLetterOrNumber(text.charCodeAt(end - 1))) end--;
  if (end === floor) return false;
  let last = text.charCodeAt(end - 1);
  if (last >= 65 && last <= 90) last += 32;
  const labels = LABELS_BY_LAST.get(last);
  if (!labels) return false;
  for (const label of labels) {
    if (end - label.length >= floor && endsWithLabel(text, end, label)) return true;
  }
  return false;
}

/** A label before the token, or before the list of numbers it continues. */
function isLabelled(text: string, start: number, run: Run | null): boolean {
  return run
    ? (run.labelled ??= labelEndsRightBefore(text, run.start))
    : labelEndsRightBefore(text, start);
}

/** The match with where it starts; fields listed, not spread: a page may have thousands. */
function atIndex(match: TrackingMatch, index: number): ScanMatch {
  const { number, formatId, carrier, carrierId, verified, trackingUrl } = match;
  return { number, formatId, carrier, carrierId, verified, trackingUrl, index };
}

/**
 * Tracking numbers in `text`, in page order, each at most once per position. Linear in the length
 * of the text: one pass to cut tokens, and per token of plausible length a bounded look-back
 * for a label (LABEL_WINDOW) and a fixed number of regex tests.
 */
export function scanText(text: string, options: ScanOptions = {}): ScanMatch[] {
  const inField = options.context === 'tracking-field';
  const found: ScanMatch[] = [];
  let run: Run | null = null;
  const length = text.length;
  // Tokens shorter than MIN_TOKEN_LENGTH are never checked, so the scan looks at the character
  // where such a token would have to reach: a separator there means no long enough token starts
  // in between, and those characters are skipped without being read (most of a page's text).
  // Invariant: `i` is 0 or follows a separator, so a token can start at `i`.
  let i = 0;
  for (;;) {
    const probe = i + MIN_TOKEN_LENGTH - 1;
    if (probe >= length) break;
    if (!isTokenChar(text.charCodeAt(probe))) {
      i = probe + 1;
      continue;
    }
    // The token holding `probe`: its start at or after `i`, its end past `probe`.
    let start = probe;
    while (start > i && isTokenChar(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < length && isTokenChar(text.charCodeAt(end))) end++;
    i = end + 1; // text[end] is a separator (or the end): the next token starts after it
    if (end - start < MIN_TOKEN_LENGTH || end - start > MAX_TOKEN_LENGTH) continue;
    const continuesRun =
      run !== null && start - run.end <= MAX_LIST_GAP && LIST_GAP.test(text.slice(run.end, start));
    // The label first: looking back a few characters costs less than a regex call, and
    // unlabelled, only the formats reported anywhere are worth one (none, for most lengths).
    // All before any check digit is computed or the token cut out.
    const labelled = inField || isLabelled(text, start, continuesRun ? run : null);
    if (!inField && !hasReportableShape(text, start, end, labelled)) continue;
    const token = text.slice(start, end).toUpperCase();
    const candidates = candidatesForToken(token, options.hints);
    const top = candidates[0];
    if (!top) continue;
    let best = top;
    if (!labelled && top.format.scope === 'tracking-context') {
      // Without a label, only a format reported anywhere may stand.
      const anywhere = candidates.find((candidate) => candidate.format.scope === 'anywhere');
      if (!anywhere) continue;
      best = anywhere;
    }
    found.push(atIndex(toTrackingMatch(best), start));
    if (run && continuesRun) run.end = end;
    else run = { start, end };
  }
  return found;
}

/**
 * For a known tracking-number field (a table column or input the console labels as tracking):
 * every format applies, and `hints` (the order's carrier field and destination) decide between
 * formats that share a shape. When no token matches, the whole field is tried once with spaces and
 * hyphens removed, for numbers printed in groups ("9400 1112 0108 0805 4830 16").
 */
export function scanField(text: string, hints?: TrackingHints): ScanMatch[] {
  const found = scanText(text, { context: 'tracking-field', hints });
  if (found.length > 0) return found;
  const trimmed = text.trim();
  if (trimmed.length > 2 * MAX_TOKEN_LENGTH || !/^[A-Za-z0-9][A-Za-z0-9\s-]*$/.test(trimmed)) {
    return [];
  }
  const whole = detectTracking(normaliseTrackingNumber(trimmed), hints);
  return whole ? [{ ...whole, index: text.indexOf(trimmed) }] : [];
}
