/**
 * The fixture command line, for the people who keep the saved console pages: the scrubber
 * of "Report this page" (utils/capture/) on a page saved from a console, and filing the
 * scrubbed page as a test fixture with a draft of what it must give. Runs with
 * `npm run fixture -- …`; exit 0 = fine, 1 = the input is wrong, 2 = the command is wrong.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { format } from 'prettier';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { handleCapturePage } from '../utils/capture/capture-page';
import { readReportComment, type CaptureVersions } from '../utils/capture/report';
import { consoles } from '../utils/consoles';
import { readAllRows } from '../utils/consoles/list-rows';
import type { ConsoleAdapter } from '../utils/consoles/types';
import type { ExtractResult } from '../utils/order-facts';
import { defaultPack } from '../utils/rules/pack/bundled-pack';

export const help = `ShipLens fixture command line

Usage:
  fixture scrub <page.html> [--url URL] [--out OUT.html]
  fixture add <page.html> [--url URL] [--state NAME]

scrub   Replace the buyer data of a saved console page (names, street lines, phone numbers,
        e-mails, notes) by placeholders of the same shape, and print the page (or write it to
        --out) with the report of what ShipLens read on it at its top.
add     Scrub the page and file it under test/fixtures/<console>/ as <page>.<state>.html,
        with a draft of its expected result beside it (<page>.<state>.json: what the
        console's extractor reads on the scrubbed page) and a row in fixtures.json, for review.

Options:
  --url URL      the page's address: the console and the page kind come from it. A page
                 saved by "Report this page" records it, so it may be left out then.
  --out FILE     scrub: write the page here instead of to standard output
  --state NAME   add: the state part of the name (lower case, digits, dashes), e.g.
                 "unshipped-us"; by default the order's status and destination
  -h, --help     show this text

Exit status: 0 ok, 1 bad input, 2 usage error.`;

export interface Io {
  out: (text: string) => void;
  err: (line: string) => void;
  readText: (file: string) => string;
  writeText: (file: string, text: string) => void;
  exists: (file: string) => boolean;
  /** Where `add` files pages: test/fixtures of the repository. */
  fixturesDir: string;
  now: () => Date;
  /** Named in the report at the top of the scrubbed page. */
  versions: CaptureVersions;
}

class UsageError extends Error {}
class InputError extends Error {}

/** Parses a saved page as a browser would, without loading or running anything in it. */
function parsePage(html: string, url: URL): Document {
  const window = new Window({ url: url.href });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function consoleOf(url: URL): ConsoleAdapter {
  const adapter = consoles.find((candidate) =>
    candidate.matches.some((pattern) => new MatchPattern(pattern).includes(url.href)),
  );
  if (!adapter) {
    throw new InputError(
      `${url.href} is not a page of a console ShipLens knows (${consoles.map((c) => c.label).join(', ')})`,
    );
  }
  return adapter;
}

function urlOf(option: string | undefined, html: string, file: string): URL {
  const text = option ?? readReportComment(html)?.url;
  if (!text) throw new UsageError(`${file}: give the page's address with --url`);
  try {
    return new URL(text);
  } catch {
    throw new UsageError(`--url: "${text}" is not an address`);
  }
}

/** The extraction in the shape of the expected JSON files beside the fixtures. */
function expectedOf(adapter: ConsoleAdapter, doc: Document, url: URL): unknown {
  const asExpected = (result: ExtractResult) =>
    result.ok ? result.facts : { ok: false, reason: result.reason };
  return adapter.detectPage(url) === 'order-list'
    ? readAllRows(adapter.listRows(doc, url)).map((row) => asExpected(row.facts))
    : asExpected(adapter.extractOrder(doc, url));
}

/**
 * The state part of a fixture's name when none is given: a list's order count, an order's
 * status and destination, else the last word of the page's path ("home", "ovw").
 */
function defaultState(expected: unknown, url: URL): string {
  if (Array.isArray(expected)) return `${expected.length}-orders`;
  const facts = expected as { status?: string; destinationCountry?: string | null };
  if (facts.status) {
    return [facts.status, facts.destinationCountry?.toLowerCase() ?? 'no-destination'].join('-');
  }
  const word = url.pathname.split('/').filter(Boolean).at(-1) ?? 'page';
  return (
    word
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-|-$/gu, '') || 'page'
  );
}

async function json(value: unknown): Promise<string> {
  return format(JSON.stringify(value), { parser: 'json' });
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        out: { type: 'string' },
        state: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, file, ...rest] = positionals;
    if (values.help || !command) {
      io.out(help);
      return values.help ? 0 : 2;
    }
    if (command !== 'scrub' && command !== 'add')
      throw new UsageError(`unknown command "${command}"`);
    if (!file || rest.length > 0) throw new UsageError(`${command} takes one page file`);
    let html: string;
    try {
      html = io.readText(file);
    } catch (error) {
      throw new InputError(
        `${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const url = urlOf(values.url, html, file);
    const adapter = consoleOf(url);
    const captured = handleCapturePage(adapter, parsePage(html, url), url, io.versions, io.now());

    if (command === 'scrub') {
      if (values.state) throw new UsageError('--state is for add');
      if (values.out) {
        io.writeText(values.out, captured.html);
        io.err(`${values.out}: scrubbed ${adapter.label} ${captured.report.pageKind ?? 'page'}`);
      } else io.out(captured.html);
      return 0;
    }

    if (values.out)
      throw new UsageError('--out is for scrub: add files the page under test/fixtures');
    const expected = expectedOf(adapter, parsePage(captured.html, url), url);
    const state = values.state ?? defaultState(expected, url);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(state)) {
      throw new UsageError(`--state: "${state}" must be lower case letters, digits and dashes`);
    }
    const base = `${captured.report.pageKind ?? 'not-order'}.${state}`;
    const dir = join(io.fixturesDir, adapter.id);
    const page = join(dir, `${base}.html`);
    const draft = join(dir, `${base}.json`);
    for (const target of [page, draft]) {
      if (io.exists(target))
        throw new InputError(`${target} exists already: choose another --state`);
    }
    const table = join(dir, 'fixtures.json');
    const rows = JSON.parse(io.readText(table)) as unknown[];
    rows.push({
      file: `${base}.html`,
      url: url.href,
      pageKind: captured.report.pageKind,
      expected: `${base}.json`,
      now: io.now().toISOString().slice(0, 19) + 'Z',
      notes:
        'DRAFT (npm run fixture -- add): say what this page shows and review the expected JSON.',
    });
    io.writeText(page, captured.html);
    io.writeText(draft, await json(expected));
    io.writeText(table, await json(rows));
    io.out(
      [
        `${page}: the scrubbed page`,
        `${draft}: its expected result, a DRAFT read from the scrubbed page — check every fact against the page`,
        `${table}: a row for it; write its notes`,
        'Then: a row at the same address in test/e2e/pages/, and the page in test/unit/capture/buyer-strings.ts (see test/fixtures/README.md).',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(error.message);
      return 1;
    }
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      io.err(`${error.message}\n\n${help}`);
      return 2;
    }
    throw error;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const code = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readText: (file) => readFileSync(file, 'utf8'),
    writeText: (file, text) => writeFileSync(file, text),
    exists: existsSync,
    fixturesDir: join(root, 'test/fixtures'),
    now: () => new Date(),
    versions: {
      extension: (
        JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
      ).version,
      rulesPack: defaultPack.version,
    },
  });
  process.exitCode = code;
}
