import { describe, expect, it } from 'vitest';
import { parseDate, parseDateTime } from '../../../utils/parse/date';

// Local wall time, like the console's own display.
const now = new Date(2024, 2, 10, 12, 0);

const dateCases: [text: string, expected: string | null][] = [
  ['Thu, Dec 5, 2019', '2019-12-05'],
  ['Thu, 5 Dec 2019', '2019-12-05'],
  ['Dec 5, 2019', '2019-12-05'],
  ['December 5th, 2019', '2019-12-05'],
  ['5 December 2019', '2019-12-05'],
  ['05-Dec-2019', '2019-12-05'],
  ['Ship by: Thu, Dec 5, 2019 PST', '2019-12-05'],
  ['Do., 5. Dez. 2019', '2019-12-05'],
  ['5. März 2024', '2024-03-05'],
  ['jeu. 5 déc. 2019', '2019-12-05'],
  ['5 août 2019', '2019-08-05'],
  ['5 février 2019', '2019-02-05'],
  ['5 dic 2019', '2019-12-05'],
  ['5 dicembre 2019', '2019-12-05'],
  ['5 de diciembre de 2019', '2019-12-05'],
  ['mar., 5 dic. 2019', '2019-12-05'],
  ['15 mrt 2024', '2024-03-15'],
  ['15 okt. 2024', '2024-10-15'],
  ['5 stycznia 2024', '2024-01-05'],
  ['5 sty 2024', '2024-01-05'],
  ['12 października 2023', '2023-10-12'],
  ['5 maj 2024', '2024-05-05'],
  ['5 de março de 2024', '2024-03-05'],
  ['Sept 5, 2019', '2019-09-05'],
  ['2021年5月19日(水) 23:45 JST', '2021-05-19'],
  ['２０２１年５月１９日', '2021-05-19'],
  ['2024-03-15 10:20:30', '2024-03-15'],
  ['2024/03/15', '2024-03-15'],
  ['2024-3-5', '2024-03-05'],
  ['15.03.2024', '2024-03-15'],
  ['15-03-2024', '2024-03-15'],
  ['15/03/2024', '2024-03-15'],
  ['03/15/2024', '2024-03-15'],
  // No year: the year putting the date nearest to now (2024-03-10)
  ['Apr 16', '2024-04-16'],
  ['Ship by Apr 16', '2024-04-16'],
  ['16 Apr', '2024-04-16'],
  ['Dec 20', '2023-12-20'],
  ['Sep 1', '2024-09-01'],
  ['Sep 20', '2023-09-20'],
  ['5月19日', '2024-05-19'],
  // Earliest date wins
  ['Ordered Dec 1, 2019 · ship by Dec 5, 2019', '2019-12-01'],
  // Null
  ['', null],
  ['today', null],
  ['2 days ago', null],
  ['Yesterday 10:20', null],
  ['03/04/2024', null],
  ['Feb 30, 2024', null],
  ['2024-13-01', null],
  ['Order 123-4567', null],
  ['Qty 2 items', null],
];

describe('parseDate', () => {
  it.each(dateCases)('%j → %s', (text, expected) => {
    expect(parseDate(text, { now })).toBe(expected);
  });

  it('moves a yearless date across the new year', () => {
    expect(parseDate('Jan 3', { now: new Date(2024, 11, 28) })).toBe('2025-01-03');
    expect(parseDate('Dec 28', { now: new Date(2025, 0, 3) })).toBe('2024-12-28');
  });

  it('finds Feb 29 only in a leap year', () => {
    expect(parseDate('Feb 29', { now: new Date(2025, 1, 20) })).toBe('2024-02-29');
  });
});

const dateTimeCases: [text: string, expected: string | null][] = [
  ['2021年5月19日(水) 23:45 JST', '2021-05-19T23:45'],
  ['2021年5月19日 午後3:45', '2021-05-19T15:45'],
  ['2021年5月19日 下午3:45', '2021-05-19T15:45'],
  ['2024-03-15 10:20:30', '2024-03-15T10:20'],
  ['2024-03-15T10:20:30Z', '2024-03-15T10:20'],
  ['Dec 5, 2019 3:45 PM', '2019-12-05T15:45'],
  ['Dec 5, 2019 at 3:45 p.m. PST', '2019-12-05T15:45'],
  ['Dec 5, 2019 12:05 am', '2019-12-05T00:05'],
  ['Dec 5, 2019 12:05 PM', '2019-12-05T12:05'],
  ['5. Dez. 2019, 14:30 Uhr', '2019-12-05T14:30'],
  ['Mar 5 2024 14:30', '2024-03-05T14:30'],
  ['Thu, Dec 5, 2019', '2019-12-05'],
  ['Dec 5, 2019 PST', '2019-12-05'],
  ['Dec 5, 2019 25:00', '2019-12-05'],
  ['Dec 5, 2019 13:00 PM', '2019-12-05'],
  ['Apr 16 09:05', '2024-04-16T09:05'],
  ['5 déc. 2019 à 14h30', '2019-12-05T14:30'],
  ['Tue, Mar 5, 2024, 10:20 AM PST', '2024-03-05T10:20'],
  ['05.03.2024 08:07', '2024-03-05T08:07'],
  ['2024-03-15T10:20:30.000Z', '2024-03-15T10:20'],
  ['Dec 5, 2019 (2 items)', '2019-12-05'],
  ['today 10:20', null],
];

describe('parseDateTime', () => {
  it.each(dateTimeCases)('%j → %s', (text, expected) => {
    expect(parseDateTime(text, { now })).toBe(expected);
  });
});
