/**
 * What the project's command lines (scripts/rules-cli.ts, scripts/tracking-cli.ts) share: a usage
 * error and its message, and running only when started as a script (tests import them).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A command called the wrong way: its message, the hint to --help, exit status 2. */
export class UsageError extends Error {}

/**
 * Runs a command; a usage error (ours, or one parseArgs reports for an unknown option as a
 * TypeError carrying a code) becomes `name: message` on `err` and exit status 2.
 */
export function withUsageErrors(
  name: string,
  err: (line: string) => void,
  run: () => number,
): number {
  try {
    return run();
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      err(`${name}: ${error.message}\nRun with --help for usage.`);
      return 2;
    }
    throw error;
  }
}

/** The standard streams and files, for a command line started as a script. */
export const processIo = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  readText: (file: string) => readFileSync(file, 'utf8'),
  readInput: () => readFileSync(0, 'utf8'),
};

/** Sets the exit status from `run` when the module at `moduleUrl` is the script node started. */
export function runWhenMain(moduleUrl: string, run: (argv: readonly string[]) => number): void {
  const script = process.argv[1];
  if (script !== undefined && moduleUrl === pathToFileURL(resolve(script)).href) {
    process.exitCode = run(process.argv.slice(2));
  }
}
