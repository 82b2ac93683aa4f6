/**
 * The tracking command line, for maintainers, CI and support staff: which carrier a number
 * belongs to, which numbers a text file holds, and how the detector does on the public test
 * suite of jkeen/tracking_number_data. Runs with `npx tsx scripts/tracking-cli.ts …` (or
 * `npm run tracking -- …`); JSON lines on standard output.
 */
import { parseArgs } from 'node:util';
import { detectTracking, scanField, scanText, type TrackingHints } from '../utils/tracking';
import { processIo, runWhenMain, UsageError, withUsageErrors } from './lib/command-line';
import { readSuite, runSuite, tally } from './lib/tracking-suite';

export const help = `ShipLens tracking command line

Usage:
  tracking detect <number…> [--carrier NAME] [--country CC]
  tracking detect -                  numbers from standard input, one per line
  tracking scan <file> [--field]
  tracking suite <couriers-dir> [--carrier-field]

detect   One JSON object per number:
         {"input","number","carrier","carrierId","formatId","verified"}, or
         {"input","match":null} when no format accepts it.
scan     One JSON object per tracking number found in a text file, in file order:
         {"line","column","number","carrier","carrierId","formatId","verified"}.
         Formats that need a tracking label count only after one, as on a console page.
suite    Run jkeen/tracking_number_data's test numbers (a release's couriers/ folder): one
         JSON object per courier with valid and invalid numbers passed / total, then one per
         failed number.

Options:
  --carrier NAME     the carrier the console shows beside the number (decides shared shapes)
  --country CC       the order's destination, ISO 3166-1 alpha-2 (decides shared shapes)
  --field            scan: the file is one tracking field, so every format applies
  --carrier-field    suite: give each courier's name as the carrier field
  -h, --help         show this text

Exit status: 0 every number matched (detect) / read (scan) / passed (suite); 1 some did not,
or the file cannot be read; 2 usage error.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readText: (file: string) => string;
  /** Standard input, for `detect -`. */
  readInput: () => string;
}

const json = (value: unknown): string => JSON.stringify(value);

function hintsFrom(values: { carrier?: string; country?: string }): TrackingHints {
  const country = values.country?.toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) {
    throw new UsageError(`--country takes a two-letter ISO 3166-1 code, not "${values.country}"`);
  }
  return { carrier: values.carrier ?? null, country: country ?? null };
}

function detect(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { carrier: { type: 'string' }, country: { type: 'string' } },
  });
  const hints = hintsFrom(values);
  const inputs =
    positionals.length === 1 && positionals[0] === '-'
      ? io
          .readInput()
          .split(/\r?\n/)
          .filter((line) => line.trim() !== '')
      : positionals;
  if (inputs.length === 0)
    throw new UsageError('detect needs at least one number (or - for stdin)');
  let unmatched = 0;
  for (const input of inputs) {
    const match = detectTracking(input, hints);
    if (!match) {
      unmatched += 1;
      io.out(json({ input, match: null }));
      continue;
    }
    const { number, carrier, carrierId, formatId, verified } = match;
    io.out(json({ input, number, carrier, carrierId, formatId, verified }));
  }
  return unmatched === 0 ? 0 : 1;
}

/** 1-based line and column of each offset, in one pass over the sorted offsets. */
function positionsOf(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const positions: { line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 10) {
        line += 1;
        lineStart = at + 1;
      }
    }
    positions.push({ line, column: offset - lineStart + 1 });
  }
  return positions;
}

function scan(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { field: { type: 'boolean' } },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('scan takes one file');
  let text: string;
  try {
    text = io.readText(file);
  } catch (error) {
    io.err(`tracking: cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const matches = values.field ? scanField(text) : scanText(text);
  const positions = positionsOf(
    text,
    matches.map((match) => match.index),
  );
  matches.forEach((match, i) => {
    const { number, carrier, carrierId, formatId, verified } = match;
    io.out(json({ ...positions[i], number, carrier, carrierId, formatId, verified }));
  });
  return 0;
}

function suite(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { 'carrier-field': { type: 'boolean' } },
  });
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0) throw new UsageError('suite takes one folder');
  let cases;
  try {
    cases = readSuite(dir);
  } catch (error) {
    io.err(`tracking: cannot read the suite in ${dir}: ${(error as Error).message}`);
    return 1;
  }
  const results = runSuite(cases, { carrierField: values['carrier-field'] === true });
  for (const row of tally(results)) io.out(json(row));
  const failed = results.filter((result) => !result.pass);
  for (const { courier, format, number, expected, match } of failed) {
    io.out(json({ failed: number, courier, format, expected, got: match?.formatId ?? null }));
  }
  return failed.length === 0 ? 0 : 1;
}

/** Run one command; returns the exit status. */
export function runCli(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  return withUsageErrors('tracking', io.err, () => {
    if (command === undefined || command === '-h' || command === '--help') {
      io.out(help);
      return command === undefined ? 2 : 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(help);
      return 0;
    }
    if (command === 'detect') return detect(rest, io);
    if (command === 'scan') return scan(rest, io);
    if (command === 'suite') return suite(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  });
}

runWhenMain(import.meta.url, (argv) => runCli(argv, processIo));
