/**
 * Counts the units of work an importer does (records read, rows checked, rows revisited), so
 * tests can assert that the work grows in step with the file — a 200k-row file must not cost
 * 20 times more per row than a 10k-row one — without timing anything.
 */
export interface WorkCounter {
  count(units?: number): void;
}

export const uncounted: WorkCounter = { count: () => undefined };
