/**
 * `rules audit`: how old a pack's knowledge is. Every policy, platform-routed rule and channel
 * with the day it was last checked against its source, that source and how sure we are,
 * oldest first. Read from the raw JSON, so a pack that fails validation because a rule lacks
 * its source or date is still listed, with those rules named as problems.
 */
export interface AuditRow {
  kind: 'policy' | 'routed' | 'channel';
  id: string;
  /** YYYY-MM-DD, or null when never recorded. */
  verifiedAt: string | null;
  confidence: string;
  source: string;
  /** Checked 12 months or more before `now`. */
  stale: boolean;
}

export interface Audit {
  rows: AuditRow[];
  /** A policy or platform-routed rule without a source address or a verifiedAt date. */
  problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const isoDate = (value: unknown): string | null => {
  const date = text(value);
  return date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
};

/** verifiedAt at least 12 calendar months before `now` (the panel's rule, engine/policies.ts). */
function staleAt(verifiedAt: string | null, now: Date): boolean {
  if (verifiedAt === null) return true;
  const [year = 0, month = 1, day = 1] = verifiedAt.split('-').map(Number);
  return now.getTime() >= Date.UTC(year, month - 1 + 12, day);
}

function list(pack: Json, key: string): Json[] {
  const value = pack[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function ruleRow(kind: 'policy' | 'routed', rule: Json, index: number, now: Date, out: Audit) {
  const id = text(rule['id']) ?? `#${index}`;
  const source = isObject(rule['source']) ? rule['source'] : {};
  const url = text(source['url']);
  const verifiedAt = isoDate(source['verifiedAt']);
  const where = kind === 'policy' ? `policies[${index}]` : `platformRouted[${index}]`;
  if (url === null) out.problems.push(`${where} ${id}: no source address (source.url)`);
  if (verifiedAt === null)
    out.problems.push(`${where} ${id}: no date of last check (source.verifiedAt, YYYY-MM-DD)`);
  const confidence = text(source['confidence']) ?? '?';
  out.rows.push({
    kind,
    id,
    verifiedAt,
    confidence: source['dated'] === true ? `${confidence}, dated` : confidence,
    source: url ?? '—',
    stale: staleAt(verifiedAt, now),
  });
}

/** The first web address a rate card's source text names, else the text itself. */
function cardSource(card: Json): string {
  const source = text(card['source']) ?? '—';
  const address = /https?:\/\/\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*/i.exec(source)?.[0];
  return address === undefined ? source : address.replace(/[).,;]+$/, '');
}

export function auditPack(pack: unknown, now: Date): Audit {
  const out: Audit = { rows: [], problems: [] };
  if (!isObject(pack)) {
    out.problems.push('(document): not a rules pack object');
    return out;
  }
  list(pack, 'policies').forEach((rule, index) => ruleRow('policy', rule, index, now, out));
  list(pack, 'platformRouted').forEach((rule, index) => ruleRow('routed', rule, index, now, out));
  list(pack, 'channels').forEach((channel, index) => {
    const card = isObject(channel['rateCard']) ? channel['rateCard'] : {};
    const verifiedAt = isoDate(card['verifiedAt']);
    out.rows.push({
      kind: 'channel',
      id: text(channel['id']) ?? `#${index}`,
      verifiedAt,
      confidence: card['sample'] === false ? "seller's rates" : 'sample rates',
      source: cardSource(card),
      stale: staleAt(verifiedAt, now),
    });
  });
  // Never checked first, then oldest first; ties in pack order (sort is stable).
  out.rows.sort((a, b) => (a.verifiedAt ?? '').localeCompare(b.verifiedAt ?? ''));
  return out;
}

/** The listing as aligned text columns, with a summary line. */
export function formatAudit(audit: Audit): string[] {
  const header = ['kind', 'id', 'checked', 'confidence', 'source'];
  const cells = audit.rows.map((row) => [
    row.kind,
    row.id,
    (row.verifiedAt ?? 'never') + (row.stale ? ' (may be out of date)' : ''),
    row.confidence,
    row.source,
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...cells].map((line) => (line[column] ?? '').length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, column) =>
        column === values.length - 1 ? value : value.padEnd(widths[column] ?? 0),
      )
      .join('  ');
  const count = (kind: AuditRow['kind']) => audit.rows.filter((row) => row.kind === kind).length;
  const dates = audit.rows.flatMap((row) => (row.verifiedAt === null ? [] : [row.verifiedAt]));
  const stale = audit.rows.filter((row) => row.stale).length;
  return [
    line(header),
    ...cells.map(line),
    `${count('policy')} policies, ${count('routed')} platform-routed rules, ${count('channel')} channels; oldest check ${dates[0] ?? 'none'}; ${stale} may be out of date; ${audit.problems.length} problems`,
  ];
}
