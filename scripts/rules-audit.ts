/**
 * `rules audit`: how old a pack's knowledge is. Every policy, platform-routed rule, compliance
 * target, Amazon inbound rule, channel and first-leg card with the day it was last checked
 * against its source, that source and how sure we are, oldest first. Read from the raw JSON, so a pack that fails validation because a rule lacks
 * its source or date is still listed, with those rules named as problems.
 */
export interface AuditRow {
  kind: RuleKind | 'channel' | 'first-leg';
  id: string;
  /** YYYY-MM-DD, or null when never recorded. */
  verifiedAt: string | null;
  confidence: string;
  source: string;
  /** Checked 12 months or more before `now`. */
  stale: boolean;
}

/** Rules whose source must name an address and a verifiedAt date, and where a pack keeps them. */
const ruleLists = {
  policy: (pack: Json) => list(pack, 'policies'),
  routed: (pack: Json) => list(pack, 'platformRouted'),
  target: (pack: Json) => list(pack, 'complianceTargets'),
  inbound: (pack: Json) => list(isObject(pack['firstLeg']) ? pack['firstLeg'] : {}, 'inboundRules'),
};
const ruleWhere: Record<RuleKind, string> = {
  policy: 'policies',
  routed: 'platformRouted',
  target: 'complianceTargets',
  inbound: 'firstLeg.inboundRules',
};
type RuleKind = keyof typeof ruleLists;

export interface Audit {
  rows: AuditRow[];
  /** A rule (policy, platform-routed, target, inbound) without a source address or a verifiedAt date. */
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

function ruleRow(kind: RuleKind, rule: Json, index: number, now: Date, out: Audit) {
  const id = text(rule['id']) ?? `#${index}`;
  const source = isObject(rule['source']) ? rule['source'] : {};
  const url = text(source['url']);
  const verifiedAt = isoDate(source['verifiedAt']);
  const where = `${ruleWhere[kind]}[${index}]`;
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
  for (const kind of Object.keys(ruleLists) as RuleKind[])
    ruleLists[kind](pack).forEach((rule, index) => ruleRow(kind, rule, index, now, out));
  const cardRow = (kind: 'channel' | 'first-leg', id: unknown, card: Json, index: number) => {
    const verifiedAt = isoDate(card['verifiedAt']);
    out.rows.push({
      kind,
      id: text(id) ?? `#${index}`,
      verifiedAt,
      confidence: card['sample'] === false ? "seller's rates" : 'sample rates',
      source: cardSource(card),
      stale: staleAt(verifiedAt, now),
    });
  };
  list(pack, 'channels').forEach((channel, index) =>
    cardRow(
      'channel',
      channel['id'],
      isObject(channel['rateCard']) ? channel['rateCard'] : {},
      index,
    ),
  );
  // A first-leg line is its own card: its source, sample flag and verifiedAt sit on the line.
  list(isObject(pack['firstLeg']) ? pack['firstLeg'] : {}, 'channels').forEach((line, index) =>
    cardRow('first-leg', line['id'], line, index),
  );
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
    `${count('policy')} policies, ${count('routed')} platform-routed rules, ${count('target')} compliance targets, ${count('inbound')} inbound rules, ${count('channel')} channels, ${count('first-leg')} first-leg cards; oldest check ${dates[0] ?? 'none'}; ${stale} may be out of date; ${audit.problems.length} problems`,
  ];
}
