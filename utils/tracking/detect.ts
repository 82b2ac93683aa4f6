import { CARRIER_ALIASES, FORMAT_COLLISIONS, TRACKING_FORMATS } from './carriers';
import { verifyChecksum } from './checksums';
import { patternLength, type LengthRange } from './pattern-length';
import { postalOperatorOf } from './s10-countries';
import type { CarrierAlias, TrackingFormat } from './schema';

/** A recognised tracking number. */
export interface TrackingMatch {
  /** Upper case, without spaces or hyphens. */
  number: string;
  formatId: string;
  /** Display name; for a generic S10 number, the issuing country's postal operator. */
  carrier: string;
  /** The carrier family of the format (`fedex` for every FedEx format). */
  carrierId: string;
  /** The check digit was verified. Always false for formats that have none. */
  verified: boolean;
  /** The carrier's tracking page for this number. */
  trackingUrl: string;
}

/**
 * One format that accepts a token. Internal to the tracking module: the scanner ranks many of
 * these and turns only the one it reports into a TrackingMatch.
 */
export interface Candidate {
  format: TrackingFormat;
  token: string;
  groups: Readonly<Record<string, string | undefined>>;
  /** Position in TRACKING_FORMATS: the last tie-break. */
  order: number;
}

interface CompiledFormat {
  format: TrackingFormat;
  regex: RegExp;
  countries: ReadonlySet<string> | null;
  order: number;
  length: LengthRange;
}

/** The pattern without group names, for the combined pre-check. */
function withoutGroupNames(pattern: string): string {
  return pattern.replace(/\(\?<([A-Za-z0-9]+)>/g, '(?:');
}

const compiled: readonly CompiledFormat[] = TRACKING_FORMATS.map((format, order) => ({
  format,
  regex: new RegExp(format.pattern),
  countries: format.countryCodes ? new Set(format.countryCodes) : null,
  order,
  length: patternLength(format.pattern),
}));

/**
 * The formats a token of one length can match, and regexes to find which, with few calls.
 * Gate k, the alternation of formats k, k+1, … (group names removed) with one capture per
 * alternative, says which format matches next, so each further call jumps to the next match;
 * gate 0 rejects a token no format accepts in one call. The outer ^ keeps the engine from
 * retrying an alternation at every later position.
 */
interface LengthBucket {
  formats: readonly CompiledFormat[];
  /**
   * The alternation of every format, and of the formats the scanner may report anywhere (null
   * when there are none), to run at a position of the page text itself (sticky, any case): the
   * scanner cuts a token out of the text only when its shape can go somewhere.
   */
  anyInText: RegExp;
  anywhereInText: RegExp | null;
  gates: readonly RegExp[];
}

/**
 * A token pattern for use at a position of a longer text: no start anchor (the sticky flag
 * anchors it), and each `$` becomes "no token character follows", which is where a token ends.
 */
const inText = (entries: readonly CompiledFormat[]): RegExp =>
  new RegExp(
    `(?:${alternation(entries, false).replace(/\^/g, '').replace(/\$/g, '(?![A-Za-z0-9])')})`,
    'iy',
  );

const alternation = (entries: readonly CompiledFormat[], capture: boolean): string =>
  entries
    .map((entry) => `(${capture ? '' : '?:'}${withoutGroupNames(entry.format.pattern)})`)
    .join('|');

function bucketFor(length: number): LengthBucket | null {
  const formats = compiled.filter(
    (entry) => entry.length.min <= length && length <= entry.length.max,
  );
  if (formats.length === 0) return null;
  const anywhere = formats.filter((entry) => entry.format.scope === 'anywhere');
  return {
    formats,
    anyInText: inText(formats),
    anywhereInText: anywhere.length > 0 ? inText(anywhere) : null,
    gates: formats.map((_, k) => new RegExp(`^(?:${alternation(formats.slice(k), true)})`)),
  };
}

/**
 * Built on first use, per token length (the index): a page only ever has a few dozen lengths.
 * An array rather than a Map: the scanner asks for every long token of the page.
 */
const buckets: (LengthBucket | null | undefined)[] = [];

function bucketOf(length: number): LengthBucket | null {
  let bucket = buckets[length];
  if (bucket === undefined) buckets[length] = bucket = bucketFor(length);
  return bucket;
}

/** The first format of the bucket at or after `from` whose pattern matches `token`, or -1. */
function nextMatchingFormat(bucket: LengthBucket, token: string, from: number): number {
  const match = bucket.gates[from]?.exec(token);
  if (!match) return -1;
  for (let group = 1; group < match.length; group++) {
    if (match[group] !== undefined) return from + group - 1;
  }
  return -1;
}

const preferred = new Map<string, string>(
  FORMAT_COLLISIONS.flatMap((collision) => {
    const [a, b] = collision.formats;
    return [
      [`${a}|${b}`, collision.prefer],
      [`${b}|${a}`, collision.prefer],
    ];
  }),
);

/**
 * Upper case, spaces (including no-break spaces) and hyphens removed. NFKC first, because a
 * number typed with a Chinese or Japanese input method may come in full-width characters
 * ("ＬＺ１３４…", "１Ｚ－…").
 */
export function normaliseTrackingNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s-]+/g, '')
    .toUpperCase();
}

function candidateFor(entry: CompiledFormat, token: string): Candidate | null {
  const groups = entry.regex.exec(token)?.groups;
  if (!groups) return null;
  const { format } = entry;
  const countryCode = groups['CountryCode'];
  if (entry.countries && !(countryCode && entry.countries.has(countryCode))) return null;
  if (format.checksum) {
    let serial = groups['SerialNumber'] ?? '';
    const prefix = format.serialPrefix;
    if (prefix && !serial.startsWith(prefix.ifNotStartingWith)) serial = prefix.prepend + serial;
    if (!verifyChecksum(format.checksum, serial, groups['CheckDigit'] ?? '')) return null;
  }
  return { format, token, groups, order: entry.order };
}

/**
 * What the page says about a number besides its shape: the carrier its console names beside it
 * and the country the parcel goes to. Either may be unknown.
 */
export interface TrackingHints {
  /** The console's carrier field or column, as the console words it ("Canada Post", "Other"). */
  carrier?: string | null;
  /** ISO 3166-1 alpha-2 code of the order's destination. */
  country?: string | null;
}

/** Hints read once per detection: the carrier field resolved to an alias. */
interface ResolvedHints {
  alias: CarrierAlias | null;
  country: string | null;
}

/** 0: the carrier field names this carrier; 1: it delivers in the destination; 2: no telling; 3: it delivers elsewhere. */
function hintRank(candidate: Candidate, hints: ResolvedHints | null): number {
  if (!hints) return 2;
  if (hints.alias && acceptsCandidate(hints.alias, candidate)) return 0;
  const markets = candidate.format.markets;
  if (!markets || !hints.country) return 2;
  return markets.includes(hints.country) ? 1 : 3;
}

/**
 * Ranking: the carrier the console's field names first; then a verified check digit; then a
 * carrier that delivers in the order's destination over one that cannot tell, and that over one
 * that delivers elsewhere only; then the preference recorded for that pair in FORMAT_COLLISIONS;
 * then the order of TRACKING_FORMATS.
 */
function compare(a: Candidate, b: Candidate, hints: ResolvedHints | null): number {
  const aRank = hintRank(a, hints);
  const bRank = hintRank(b, hints);
  if ((aRank === 0) !== (bRank === 0)) return aRank === 0 ? -1 : 1;
  const aVerified = Boolean(a.format.checksum);
  if (aVerified !== Boolean(b.format.checksum)) return aVerified ? -1 : 1;
  if (aRank !== bRank) return aRank - bRank;
  const prefer = preferred.get(`${a.format.id}|${b.format.id}`);
  if (prefer) return prefer === a.format.id ? -1 : 1;
  return a.order - b.order;
}

/**
 * A number a page shows as a placeholder, refused before any checksum: a weighted checksum
 * passes "000000000000" (FedEx) and runs like "1234567890" pass others. All digits and either
 * one digit repeated, or each digit one more (or one less) than the one before, wrapping 9→0.
 */
export function isDegenerate(token: string, start = 0, end = token.length): boolean {
  const first = token.charCodeAt(start) - 48;
  if (!(first >= 0 && first <= 9)) return false;
  let same = true;
  let up = true;
  let down = true;
  for (let i = start + 1; i < end; i++) {
    const digit = token.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return false;
    const previous = token.charCodeAt(i - 1) - 48;
    same &&= digit === previous;
    up &&= digit === (previous + 1) % 10;
    down &&= digit === (previous + 9) % 10;
    if (!(same || up || down)) return false;
  }
  return true;
}

/**
 * Whether the token at `start`…`end` of a text could be reported from its shape alone (no
 * check digit computed): some format of its length has that shape — after a tracking label any
 * format, without one only the formats reported anywhere — and it is not a degenerate number.
 * One sticky regex call at the token's place in the text, and none when no format of that
 * length can be reported there: the scanner asks this of every long token of a page.
 */
export function hasReportableShape(
  text: string,
  start: number,
  end: number,
  labelled: boolean,
): boolean {
  const bucket = bucketOf(end - start);
  const shapes = bucket === null ? null : labelled ? bucket.anyInText : bucket.anywhereInText;
  if (shapes === null) return false;
  shapes.lastIndex = start;
  return shapes.test(text) && !isDegenerate(text, start, end);
}

/** Every format that accepts an already normalised token, best first. */
export function candidatesForToken(token: string, hints?: TrackingHints): Candidate[] {
  const bucket = bucketOf(token.length);
  if (bucket === null || isDegenerate(token)) return [];
  const found: Candidate[] = [];
  for (
    let k = nextMatchingFormat(bucket, token, 0);
    k >= 0;
    k = nextMatchingFormat(bucket, token, k + 1)
  ) {
    const entry = bucket.formats[k];
    const candidate = entry && candidateFor(entry, token);
    if (candidate) found.push(candidate);
  }
  if (found.length < 2) return found;
  const resolved = hints ? resolveHints(hints) : null;
  return found.sort((a, b) => compare(a, b, resolved));
}

function resolveHints(hints: TrackingHints): ResolvedHints {
  return { alias: hints.carrier ? aliasFor(hints.carrier) : null, country: hints.country ?? null };
}

/** The public result for a candidate: built only for the one that is reported. */
export function toTrackingMatch(candidate: Candidate): TrackingMatch {
  const { format, groups, token } = candidate;
  const countryCode = groups['CountryCode'];
  const carrier =
    (format.carrierFromCountryCode && countryCode && postalOperatorOf(countryCode)) ||
    format.carrier;
  return {
    number: token,
    formatId: format.id,
    carrier,
    carrierId: format.carrierId,
    verified: Boolean(format.checksum),
    // Without a USPS routing prefix when there is one: the TrackingNumber group.
    trackingUrl: format.trackingUrl.replace(
      '%s',
      encodeURIComponent(groups['TrackingNumber'] ?? token),
    ),
  };
}

/** Whether a carrier named in a console can hand out the number of this candidate. */
function acceptsCandidate(alias: CarrierAlias, candidate: Candidate): boolean {
  const countryCode = candidate.groups['CountryCode'];
  const { accepts } = alias;
  if (accepts.includes(candidate.format.carrierId)) return true;
  return (
    Boolean(countryCode) && (accepts.includes('s10') || accepts.includes(`s10:${countryCode}`))
  );
}

/**
 * The format of one token, or null. The token is normalised first, so "1Z 999 AA1…" and
 * "9400-1112-…" are accepted as typed into a form. `hints` decide between formats that share a
 * shape (a 12-digit Purolator or FedEx number).
 */
export function detectTracking(token: string, hints?: TrackingHints): TrackingMatch | null {
  const best = candidatesForToken(normaliseTrackingNumber(token), hints)[0];
  return best ? toTrackingMatch(best) : null;
}

/** Lower case, NFKC, letters and digits only: "Yun Express" and "yunexpress" compare equal. */
function carrierKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Alias names, longest first, so a prefix match finds "usps" before "ups". */
const aliasNames: readonly (readonly [string, CarrierAlias])[] = CARRIER_ALIASES.flatMap((alias) =>
  alias.names.map((name) => [carrierKey(name), alias] as const),
).sort((a, b) => b[0].length - a[0].length);

function aliasFor(carrierText: string): CarrierAlias | null {
  const key = carrierKey(carrierText);
  if (!key) return null;
  return aliasNames.find(([name]) => key.startsWith(name))?.[1] ?? null;
}

export type CarrierAgreement = 'match' | 'mismatch' | 'unknown';

/**
 * Whether a number typed into a ship-confirm form fits the carrier chosen beside it.
 * - `unknown`: the carrier text is not one we know ("Other", a local courier…).
 * - `mismatch`: the carrier is known and the number is not one of its formats, including a
 *   number that no format accepts (a typo, or a failed check digit).
 * - `match`: some format that accepts the number belongs to that carrier, even when another
 *   format ranks first (CN + 12 digits is Cainiao first, DHL eCommerce too).
 */
export function trackingMatchesCarrier(number: string, carrierText: string): CarrierAgreement {
  const alias = aliasFor(carrierText);
  if (!alias) return 'unknown';
  const candidates = candidatesForToken(normaliseTrackingNumber(number));
  return candidates.some((candidate) => acceptsCandidate(alias, candidate)) ? 'match' : 'mismatch';
}
