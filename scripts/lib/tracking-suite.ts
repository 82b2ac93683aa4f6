/**
 * The public test suite of jkeen/tracking_number_data (https://github.com/jkeen/tracking_number_data),
 * run against our detector: every courier file's valid numbers must be recognised as that
 * courier, its invalid ones refused. Used by the unit test (on the copy npm ships) and by
 * `npm run tracking -- suite DIR` (on any release's `couriers/` folder).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectTracking, type TrackingMatch } from '../../utils/tracking';

/** One courier file of the data set, as far as the suite reads it. */
interface CourierFile {
  name: string;
  courier_code: string;
  tracking_numbers: {
    name: string;
    test_numbers: { valid: string[]; invalid?: string[] };
  }[];
}

export interface SuiteCase {
  courier: string;
  /** The courier's display name, given as the carrier field a console would show beside it. */
  courierName: string;
  format: string;
  number: string;
  expected: 'valid' | 'invalid';
}

export interface SuiteResult extends SuiteCase {
  match: TrackingMatch | null;
  pass: boolean;
}

/** Our carrier families for each courier code of the data set. */
export const COURIER_CARRIERS: Readonly<Record<string, readonly string[]>> = {
  amazon: ['amazon'],
  canada_post: ['canada-post'],
  canpar: ['canpar'],
  dhl: ['dhl'],
  dpd: ['dpd'],
  fedex: ['fedex'],
  gofo: ['gofo'],
  landmark: ['landmark'],
  lasership: ['lasership'],
  old_dominion: ['old-dominion'],
  ontrac: ['ontrac'],
  purolator: ['purolator'],
  // S10 numbers: the generic format and the operators we name by service indicator or country.
  s10: ['upu-post', 'china-post', 'yanwen'],
  speedee: ['speedee'],
  ups: ['ups'],
  usps: ['usps'],
  yodel: ['yodel'],
  yunexpress: ['yunexpress'],
};

/** Every test number of every courier file in `dir` (a release's `couriers/` folder). */
export function readSuite(dir: string): SuiteCase[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  if (files.length === 0) throw new Error(`No courier files (*.json) in ${dir}`);
  return files.sort().flatMap((file) => {
    const courier = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CourierFile;
    return courier.tracking_numbers.flatMap((format) => [
      ...format.test_numbers.valid.map((number) => caseOf(courier, format.name, number, 'valid')),
      ...(format.test_numbers.invalid ?? []).map((number) =>
        caseOf(courier, format.name, number, 'invalid'),
      ),
    ]);
  });
}

function caseOf(
  courier: CourierFile,
  format: string,
  number: string,
  expected: SuiteCase['expected'],
): SuiteCase {
  return { courier: courier.courier_code, courierName: courier.name, format, number, expected };
}

/**
 * Runs each case. A valid number passes when the match's carrier family is the courier's; an
 * invalid one passes when nothing matches. With `carrierField`, the courier's name is given as
 * the console's carrier field, which decides between formats that share a shape.
 */
export function runSuite(
  cases: readonly SuiteCase[],
  options: { carrierField: boolean },
): SuiteResult[] {
  return cases.map((entry) => {
    const hints = options.carrierField ? { carrier: entry.courierName } : undefined;
    const match = detectTracking(entry.number, hints);
    const families = COURIER_CARRIERS[entry.courier] ?? [];
    const pass =
      entry.expected === 'valid'
        ? match !== null && families.includes(match.carrierId)
        : match === null;
    return { ...entry, match, pass };
  });
}

/** Passed / total per courier and expectation, e.g. `{ courier: 'dhl', valid: [16, 16], … }`. */
export function tally(
  results: readonly SuiteResult[],
): { courier: string; valid: [number, number]; invalid: [number, number] }[] {
  const rows = new Map<string, { valid: [number, number]; invalid: [number, number] }>();
  for (const result of results) {
    const row = rows.get(result.courier) ?? { valid: [0, 0], invalid: [0, 0] };
    const cell = row[result.expected];
    cell[1] += 1;
    if (result.pass) cell[0] += 1;
    rows.set(result.courier, row);
  }
  return [...rows].map(([courier, row]) => ({ courier, ...row }));
}
