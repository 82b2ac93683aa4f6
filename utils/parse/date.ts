import { monthNumber } from './month-names';

/**
 * Dates as consoles print them → 'YYYY-MM-DD'. Text around the date is tolerated ("Ship by:
 * Thu, Dec 5, 2019 PST"); the first date in the text wins. Understood forms:
 *
 * - month names in en/de/fr/it/es/nl/pl/sv/pt: "Dec 5, 2019", "5 December 2019",
 *   "Do., 5. Dez. 2019", "jeu. 5 déc. 2019", "5 de diciembre de 2019", "05-Dec-2019";
 * - year first: "2024-03-15 10:20:30", "2024/03/15", "2021年5月19日(水) 23:45 JST";
 * - day first with dots or dashes: "15.03.2024", "15-03-2024" (the European conventions);
 * - slashes with the day unclear: "15/03/2024" and "03/15/2024" only when one number is
 *   above 12 — "03/04/2024" is null, because the console's convention is unknown here;
 * - no year: "Apr 16", "Ship by 16 Apr", "5月19日" → the year putting the date nearest `now`.
 *
 * Not understood (null): relative words ("today", "2 days ago"), two-digit years, week
 * numbers, impossible dates (Feb 30).
 */
export function parseDate(text: string, options: { now: Date }): string | null {
  const found = findDate(text, options.now);
  return found ? formatDate(found) : null;
}

/**
 * As `parseDate`, plus the clock time printed after the date, kept as shown (no time zone
 * conversion: "23:45 JST" is 'T23:45'): "10:20:30", "3:45 PM", "午後3:45". Seconds are
 * dropped. Returns the date alone when no time follows it.
 */
export function parseDateTime(text: string, options: { now: Date }): string | null {
  const found = findDate(text, options.now);
  if (!found) return null;
  const time = timeAfter(found.rest);
  return time ? `${formatDate(found)}T${time}` : formatDate(found);
}

interface FoundDate {
  year: number;
  month: number;
  day: number;
  /** Where the match started, to prefer the earliest date in the text. */
  index: number;
  /** The text after the date, where a clock time may follow. */
  rest: string;
}

/** A regex and how to read its groups; `year` undefined means the text had none. */
interface Pattern {
  regex: RegExp;
  read(groups: readonly string[]): { year?: number; month?: number; day: number } | null;
}

const int = (s: string | undefined): number => Number.parseInt(s ?? '', 10);
const LETTERS = '(?<!\\p{L})(\\p{L}+)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.)?';
const YEAR = '(\\d{4})(?!\\d)';

/** Patterns with a year. Each is tried over the whole text; the earliest match wins. */
const FULL: readonly Pattern[] = [
  {
    // 2024-03-15, 2024/03/15, 2024.03.15
    regex: /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/gu,
    read: (g) => ({ year: int(g[1]), month: int(g[3]), day: int(g[4]) }),
  },
  {
    // 2021年5月19日
    regex: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu,
    read: (g) => ({ year: int(g[1]), month: int(g[2]), day: int(g[3]) }),
  },
  {
    // Dec 5, 2019 · December 5th 2019 · Dec-05-2019
    regex: new RegExp(`${LETTERS}[\\s-]*${DAY},?[\\s-]+${YEAR}`, 'gu'),
    read: (g) => ({ year: int(g[3]), month: monthNumber(g[1] ?? ''), day: int(g[2]) }),
  },
  {
    // 5 December 2019 · 5. Dez. 2019 · 5 de diciembre de 2019 · 05-Dec-2019
    regex: new RegExp(
      `(?<!\\d)${DAY}(?:\\s+de)?[\\s-]+${LETTERS}(?:\\s+de)?,?[\\s-]+${YEAR}`,
      'gu',
    ),
    read: (g) => ({ year: int(g[3]), month: monthNumber(g[2] ?? ''), day: int(g[1]) }),
  },
  {
    // 15.03.2024 · 15-03-2024: day first wherever dots or dashes are used this way.
    regex: /(?<![\d.-])(\d{1,2})([.-])(\d{1,2})\2(\d{4})(?!\d)/gu,
    read: (g) => ({ year: int(g[4]), month: int(g[3]), day: int(g[1]) }),
  },
  {
    // 15/03/2024 or 03/15/2024: only when the numbers themselves say which is the day.
    regex: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/gu,
    read: (g) => {
      const a = int(g[1]);
      const b = int(g[2]);
      if (a > 12 && b <= 12) return { year: int(g[3]), month: b, day: a };
      if (b > 12 && a <= 12) return { year: int(g[3]), month: a, day: b };
      return null;
    },
  },
];

/** Patterns without a year, tried only when no pattern with a year matched. */
const PARTIAL: readonly Pattern[] = [
  {
    // 5月19日
    regex: /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu,
    read: (g) => ({ month: int(g[1]), day: int(g[2]) }),
  },
  {
    // Apr 16 · Apr. 16th (not "Apr 16:30", not "Apr 162")
    regex: new RegExp(`${LETTERS}\\s+${DAY}(?!\\d|:\\d)`, 'gu'),
    read: (g) => ({ month: monthNumber(g[1] ?? ''), day: int(g[2]) }),
  },
  {
    // 16 Apr · 16. Apr.
    regex: new RegExp(`(?<![\\d:])${DAY}\\s+${LETTERS}`, 'gu'),
    read: (g) => ({ month: monthNumber(g[2] ?? ''), day: int(g[1]) }),
  },
];

function findDate(text: string, now: Date): FoundDate | null {
  const normalized = normalize(text);
  return earliest(normalized, FULL, now) ?? earliest(normalized, PARTIAL, now);
}

/**
 * NFKC turns full-width digits into ASCII ("２０２１年"); accents are removed and case folded
 * so month words compare equal to the table ("DÉC." → "dec.").
 */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009]/gu, ' ');
}

function earliest(text: string, patterns: readonly Pattern[], now: Date): FoundDate | null {
  let best: FoundDate | null = null;
  for (const pattern of patterns) {
    const found = firstValid(text, pattern, now);
    if (found && (!best || found.index < best.index)) best = found;
  }
  return best;
}

function firstValid(text: string, pattern: Pattern, now: Date): FoundDate | null {
  const { regex } = pattern;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const read = pattern.read(m);
    const date =
      read && read.month !== undefined ? complete(read.year, read.month, read.day, now) : null;
    if (date) return { ...date, index: m.index, rest: text.slice(m.index + m[0].length) };
    // Overlapping retry: "thu 5 dec 2019" must still be found after "thu 5" failed.
    regex.lastIndex = m.index + 1;
  }
  return null;
}

type Ymd = { year: number; month: number; day: number };

/** Validates the date; a missing year becomes the one putting the date nearest `now`. */
function complete(year: number | undefined, month: number, day: number, now: Date): Ymd | null {
  if (year !== undefined) return isValid(year, month, day) ? { year, month, day } : null;
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  let best: Ymd | null = null;
  let bestDistance = Infinity;
  for (const y of [now.getFullYear() - 1, now.getFullYear(), now.getFullYear() + 1]) {
    if (!isValid(y, month, day)) continue; // Feb 29 only exists in leap years
    const distance = Math.abs(Date.UTC(y, month - 1, day) - today);
    if (distance < bestDistance) {
      best = { year: y, month, day };
      bestDistance = distance;
    }
  }
  return best;
}

function isValid(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A clock time within a short non-digit gap after the date (" at ", "(水) ", "T", ", "):
 * "10:20", "10:20:30.000", "3:45 PM", "3:45 p.m.", "午後3:45" / "下午3:45", French "14h30".
 */
const TIME =
  /^[^\d]{0,16}?(?:(午前|午後|上午|下午)\s*)?(\d{1,2})(?::|\s?h\s?)(\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s*([ap])\.?\s?m\b\.?)?/u;

/** "HH:mm" from the start of `rest` (after a short non-digit gap), or null. */
function timeAfter(rest: string): string | null {
  const m = TIME.exec(rest);
  if (!m) return null;
  let hour = int(m[2]);
  const minute = int(m[3]);
  const meridiem = m[4] ?? (m[1] === '午前' || m[1] === '上午' ? 'a' : m[1] ? 'p' : undefined);
  if (minute > 59) return null;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return `${pad(hour)}:${pad(minute)}`;
}

function formatDate({ year, month, day }: Ymd): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
