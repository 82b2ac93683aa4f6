import { COUNTRY_ALIASES } from './country-aliases';
import { ISO_3166_ALPHA2 } from './iso-3166';

/**
 * Country name or code as a console shows it → ISO 3166-1 alpha-2, or null.
 *
 * Knows every assigned code's name in the consoles' languages (from `Intl.DisplayNames`, long
 * and short styles), the aliases in `country-aliases.ts` ("USA", "Korea, Republic of",
 * "中国大陆"…) and the codes themselves ("US", "de"). Case, accents, punctuation and extra
 * spaces don't matter. When the whole text is not a country, the comma- or line-separated
 * parts are tried from the last one ("Berlin, Germany", an address block), so a US state
 * called Georgia is not taken for the country when the country line follows it; two-letter
 * parts are skipped there, as they are mostly states ("Boston, MA").
 */
export function countryCode(text: string): string | null {
  // Most console text names the country in English: answer from the English table when the
  // whole text is a name there (the full table gives the same answer then, as English claims
  // names first), and build the other twelve languages only when needed — building them
  // costs a content script ~100 ms in Chromium.
  const quick = lookup(text, getTable('quick'));
  if (quick?.whole) return quick.code;
  return lookup(text, getTable('full'))?.code ?? null;
}

/**
 * Build the name table of every language ahead of need, when the browser is idle: one
 * language at a time while `deadline` leaves time (a language is ~5–30 ms of `Intl` calls, so
 * no idle task of ours runs long), at least one per call. True once the table is complete.
 */
export function prepareAllCountryNames(deadline?: { timeRemaining(): number }): boolean {
  if (tables.full) return true;
  const building = (fullInProgress ??= { built: codeTable(), next: 0 });
  // At least one language per call: an idle callback run for its timeout has no time left.
  while (building.next < NAME_LOCALES.length) {
    addNames(building.built, NAME_LOCALES[building.next] as string);
    building.next += 1;
    if (deadline && deadline.timeRemaining() <= 0 && building.next < NAME_LOCALES.length)
      return false;
  }
  tables.full = withAliases(building.built);
  fullInProgress = null;
  return true;
}

function lookup(text: string, table: Map<string, string>): { code: string; whole: boolean } | null {
  const whole = table.get(countryNameKey(text));
  if (whole !== undefined) return { code: whole, whole: true };

  // "Falkland Islands (Malvinas)", "Germany (DE)": the name without its remark.
  const withoutRemark = text.replace(/[(（][^)）]*[)）]/gu, ' ');
  if (withoutRemark !== text) {
    const hit = table.get(countryNameKey(withoutRemark));
    if (hit !== undefined) return { code: hit, whole: true };
  }

  const parts = withoutRemark.split(/[,，\n;|:：]/u);
  if (parts.length < 2) return null;
  for (let i = parts.length - 1; i >= 0; i--) {
    const key = countryNameKey(parts[i] ?? '');
    // Inside an address a two-letter part is a US state or province far more often than a
    // country: "Boston, MA" is not Morocco, "Denver, CO" is not Colombia.
    if (/^[a-z]{2}$/u.test(key)) continue;
    const hit = table.get(key);
    if (hit !== undefined) return { code: hit, whole: false };
  }
  return null;
}

/** Languages of the supported consoles; zh-Hant covers Taiwan/Hong Kong sellers. */
const NAME_LOCALES = [
  'en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'sv', 'pt', 'pt-PT', 'ja', 'zh-Hans', 'zh-Hant',
] as const; // prettier-ignore

const tables: Partial<Record<'quick' | 'full', Map<string, string>>> = {};

/** The full table while `prepareAllCountryNames` builds it a language at a time. */
let fullInProgress: { built: Map<string, string>; next: number } | null = null;

/**
 * Built on first use, not at import: ~250 codes × 13 locales × 2 styles of `Intl` calls
 * cost a content script real time. 'quick' holds the codes, English names and aliases;
 * 'full' every language.
 */
function getTable(kind: 'quick' | 'full'): Map<string, string> {
  const cached = tables[kind];
  if (cached) return cached;
  if (kind === 'full') {
    prepareAllCountryNames();
    return tables.full as Map<string, string>;
  }
  const built = codeTable();
  addNames(built, NAME_LOCALES[0]);
  return (tables.quick = withAliases(built));
}

function codeTable(): Map<string, string> {
  const built = new Map<string, string>();
  for (const code of ISO_3166_ALPHA2) built.set(code.toLowerCase(), code);
  return built;
}

/** The first language to claim a name keeps it: English first, as consoles use it most. */
function addNames(built: Map<string, string>, locale: string): void {
  for (const style of ['long', 'short'] as const) {
    const names = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
    for (const code of ISO_3166_ALPHA2) {
      const name = names.of(code);
      if (name !== undefined && name !== code) addOnce(built, countryNameKey(name), code);
    }
  }
}

/** Aliases override: they encode decisions ("England" → GB) the Intl data can't make. */
function withAliases(built: Map<string, string>): Map<string, string> {
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES))
    built.set(countryNameKey(alias), code);
  return built;
}

function addOnce(map: Map<string, string>, key: string, code: string): void {
  if (key !== '' && !map.has(key)) map.set(key, code);
}

/**
 * Comparison key: NFKC (full-width → ASCII), accents removed, lower case, "&" read as "and",
 * punctuation as space, a leading "the" dropped ("The Netherlands"), "saint" read as "st". CJK is unaffected except
 * for spaces and the middle dot in Japanese names ("ボスニア・ヘルツェゴビナ").
 */
export function countryNameKey(text: string): string {
  return (
    text
      .normalize('NFKC')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/&/gu, ' and ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/^the /u, '')
      // CLDR writes "St. Lucia", ISO and many consoles "Saint Lucia".
      .replace(/(^| )saint(?= )/gu, '$1st')
  );
}
