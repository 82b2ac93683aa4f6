/**
 * A "time left" countdown as consoles print it → the deadline it counts down to, as a UTC
 * instant 'YYYY-MM-DDTHH:mmZ' (`now` + the duration, to the minute). AliExpress shows the
 * ship-by deadline only this way ("剩余发货时间 4天18小时19分", "Time left to ship: 4 days
 * 11 hours"; docs/consoles/aliexpress.md#order-detail, `.countdown-format`), which `parseDate`
 * rightly refuses as relative text.
 *
 * Understood units: days, hours, minutes in English ("4 days", "11 hrs", "23 min", "4d 11h 23m")
 * and Chinese ("4天", "18小时" / "18时" / "18小時", "19分" / "19分钟"); seconds are ignored.
 * Returns null when no unit is found. Use it only on a field known to be a countdown: "2 days
 * ago" would be read as two days ahead.
 */
export function parseCountdown(text: string, options: { now: Date }): string | null {
  const normalized = text.normalize('NFKC').toLowerCase();
  let minutes = 0;
  let found = false;
  for (const { regex, minutesPerUnit } of UNITS) {
    const m = regex.exec(normalized);
    if (!m) continue;
    found = true;
    minutes += Number.parseInt(m[1] ?? '0', 10) * minutesPerUnit;
  }
  if (!found) return null;
  const deadline = new Date(options.now.getTime() + minutes * 60_000);
  return `${deadline.toISOString().slice(0, 16)}Z`;
}

/** Longest spellings first inside each alternation; a Latin unit must not run into letters. */
const UNITS: readonly { regex: RegExp; minutesPerUnit: number }[] = [
  { regex: /(\d+)\s*(?:days?(?![a-z])|d(?![a-z])|天)/u, minutesPerUnit: 24 * 60 },
  {
    regex: /(\d+)\s*(?:hours?(?![a-z])|hrs?(?![a-z])|h(?![a-z])|小时|小時|时|時)/u,
    minutesPerUnit: 60,
  },
  { regex: /(\d+)\s*(?:minutes?(?![a-z])|mins?(?![a-z])|m(?![a-z])|分)/u, minutesPerUnit: 1 },
];
