import { describe, expect, it } from 'vitest';
import { rowsBetween, screenOrder } from '../../../utils/runtime/rows-on-screen';

/**
 * Rows 40 px high laid out top to bottom, the page scrolled down by `scrolled` px: each row
 * reports where it is and counts how often it was asked.
 */
function rows(count: number, scrolled: number) {
  const asked = { count: 0 };
  const list = Array.from({ length: count }, (_, i) => {
    const top = i * 40 - scrolled;
    return {
      id: i,
      getBoundingClientRect: () => {
        asked.count += 1;
        return { top, bottom: top + 40 } as DOMRect;
      },
    } as unknown as Element & { id: number };
  });
  return { list, asked };
}

const ids = (found: readonly Element[]) => found.map((row) => (row as Element & { id: number }).id);

describe('rows on screen', () => {
  it('finds the rows reaching into a band of the screen with a few looks, not one per row', () => {
    const { list, asked } = rows(5000, 100_000); // row 2500 at the top of the screen
    expect(rowsBetween(list, 0, 200)).toEqual({ start: 2500, end: 2505 });
    expect(asked.count).toBeLessThan(30);
    // A row cut by the band's edge is in it.
    expect(rowsBetween(list, -20, 20)).toEqual({ start: 2499, end: 2501 });
  });

  it('finds none above the first row or below the last', () => {
    const { list } = rows(10, 0);
    expect(rowsBetween(list, 1000, 2000)).toEqual({ start: 10, end: 10 });
    expect(rowsBetween(list, -500, -100)).toEqual({ start: 0, end: 0 });
  });

  it('puts the rows on screen first, then those below, then those above', () => {
    const { list } = rows(10, 120); // rows 3 to 5 fill a 120 px screen
    expect(ids(screenOrder(list, 120))).toEqual([3, 4, 5, 6, 7, 8, 9, 0, 1, 2]);
  });
});
