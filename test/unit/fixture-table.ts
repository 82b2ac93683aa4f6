import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsolePageKind } from '../../utils/order-facts';

/** One row of `test/fixtures/<console>/fixtures.json`: a saved page and what it must give. */
export interface FixtureEntry {
  file: string;
  /** The page's real address: the URL tables and the end-to-end server use it. */
  url: string;
  pageKind: ConsolePageKind | null;
  /** The expected extraction, as JSON, beside the page. */
  expected: string;
  /** The clock the expected dates were read with. */
  now: string;
  notes: string;
}

export interface FixtureTable {
  entries: readonly FixtureEntry[];
  /** The row of `file`; throws when fixtures.json has none. */
  entry(file: string): FixtureEntry;
  read(file: string): string;
  /** A fresh parse, for tests that change the page. */
  load(file: string): Document;
  /** One parse per file shared by the tests that only read (some read a page many times). */
  loadShared(file: string): Document;
}

/** The saved pages of one console. Paths from this file: happy-dom replaces `URL`. */
export function fixtureTable(folder: string): FixtureTable {
  const dir = join(import.meta.dirname, '../fixtures', folder);
  const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
  const entries = JSON.parse(read('fixtures.json')) as FixtureEntry[];
  const load = (file: string): Document => new DOMParser().parseFromString(read(file), 'text/html');
  const shared = new Map<string, Document>();
  return {
    entries,
    entry(file) {
      const found = entries.find((entry) => entry.file === file);
      if (!found) throw new Error(`${file} is not in ${folder}/fixtures.json`);
      return found;
    },
    read,
    load,
    loadShared(file) {
      let doc = shared.get(file);
      if (doc === undefined) shared.set(file, (doc = load(file)));
      return doc;
    },
  };
}
