import { describe, expect, it } from 'vitest';
import { parseCountdown } from '../../../utils/parse/countdown';

const now = new Date('2026-11-25T08:00:00Z');

const cases: [text: string, expected: string | null][] = [
  ['4天18小时19分', '2026-11-30T02:19Z'],
  ['剩余发货时间：5天9小时2分', '2026-11-30T17:02Z'],
  ['剩余 2天 3時 5分鐘', '2026-11-27T11:05Z'],
  ['Time left to ship: 4 days 11 hours', '2026-11-29T19:00Z'],
  // `.countdown-format` spans joined without spaces.
  ['4days11hours23minutes', '2026-11-29T19:23Z'],
  ['1 day 1 hour 1 minute', '2026-11-26T09:01Z'],
  ['3d 4h 30m', '2026-11-28T12:30Z'],
  ['12 hrs 5 mins', '2026-11-25T20:05Z'],
  ['45分', '2026-11-25T08:45Z'],
  ['0天0小时0分', '2026-11-25T08:00Z'],
  // Not countdowns.
  ['', null],
  ['Awaiting shipment', null],
  ['剩余发货时间', null],
  ['4 dollars', null],
  ['Order 8123456789012345', null],
];

describe('parseCountdown', () => {
  it.each(cases)('%s → %s', (text, expected) => {
    expect(parseCountdown(text, { now })).toBe(expected);
  });
});
