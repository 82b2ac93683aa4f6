/**
 * Month names of the consoles' languages → month number (1–12), from `Intl.DateTimeFormat`
 * so that every form the browser itself prints is known: long and short, standalone and the
 * form used next to a day (Polish "stycznia" besides "styczeń"), with or without the
 * trailing dot ("Dez." / "Dez"), accents folded ("déc." → "dec").
 */

const MONTH_LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'sv', 'pt', 'pt-PT'] as const;

/** Forms seen on consoles that Intl does not print (older CLDR data, English "Sept"). */
const EXTRA_FORMS: Readonly<Record<string, number>> = {
  sept: 9,
  maerz: 3,
  mrz: 3,
  juin: 6,
  juil: 7,
  setiembre: 9,
};

let table: Map<string, number> | undefined;

/** Month number for a word in any supported language, or undefined. */
export function monthNumber(word: string): number | undefined {
  table ??= buildTable();
  return table.get(monthKey(word));
}

/** Lower case, accents removed, trailing dot dropped: the form both sides are compared in. */
export function monthKey(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/u, '').trim();
}

function buildTable(): Map<string, number> {
  const built = new Map<string, number>();
  // Mid-month and UTC so no time zone shifts the sample date into another month.
  const samples = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2021, m, 15)));
  for (const locale of MONTH_LOCALES) {
    for (const month of ['long', 'short'] as const) {
      const standalone = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      const withDay = new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' });
      samples.forEach((date, index) => {
        const inContext = withDay.formatToParts(date).find((p) => p.type === 'month')?.value;
        for (const name of [standalone.format(date), inContext]) {
          // pt-PT prints numeric short months in context ("15/01"): not a name.
          if (name !== undefined && !/\d/u.test(name)) built.set(monthKey(name), index + 1);
        }
      });
    }
  }
  for (const [form, month] of Object.entries(EXTRA_FORMS)) built.set(form, month);
  return built;
}
