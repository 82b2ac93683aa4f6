/**
 * The layout is the architecture, checked here rather than by reviewers: every console is a
 * folder with its four files, registered, with an entrypoint, detectors with URL tables,
 * valid match patterns, and fixtures that each have an expected result and an e2e row.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoles } from '../../utils/consoles';
import { allPages } from '../e2e/pages';
import { fixtureTable } from './fixture-table';

const root = join(import.meta.dirname, '../..');
const folders = readdirSync(join(root, 'utils/consoles'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('consoles', () => {
  it('are registered, one per folder', () => {
    expect(consoles.map((adapter) => adapter.id).sort()).toEqual([...folders].sort());
  });

  describe.each(folders)('%s', (folder) => {
    it('has index, pages, selectors and extract', () => {
      for (const file of ['index.ts', 'pages.ts', 'selectors.ts', 'extract.ts']) {
        expect(existsSync(join(root, 'utils/consoles', folder, file)), file).toBe(true);
      }
    });

    it('has a thin entrypoint that runs its adapter', () => {
      const entry = readFileSync(join(root, 'entrypoints', `${folder}.content/index.ts`), 'utf8');
      expect(entry).toMatch(new RegExp(`runConsole\\(${folder}[,)]`));
      expect(entry.split('\n').length).toBeLessThan(15);
    });

    it('declares https match patterns the browser accepts (no TLD wildcard)', () => {
      const adapter = consoles.find((candidate) => candidate.id === folder);
      expect(adapter?.matches.length).toBeGreaterThan(0);
      for (const pattern of adapter?.matches ?? []) {
        expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+[a-z]\/.*$/);
      }
    });

    it('has fixtures, each with its expected result and an end-to-end row at the same address', () => {
      const dir = join(root, 'test/fixtures', folder);
      const { entries } = fixtureTable(folder);
      const html = readdirSync(dir).filter((file) => file.endsWith('.html'));
      expect(entries.map((entry) => entry.file).sort()).toEqual(html.sort());
      for (const entry of entries) {
        expect(existsSync(join(dir, entry.expected)), entry.expected).toBe(true);
        const row = allPages.find((page) => page.fixture === `${folder}/${entry.file}`);
        expect(row?.url, entry.file).toBe(entry.url);
      }
    });
  });
});

describe('injected features', () => {
  const dir = join(root, 'utils/runtime/features');
  const files = readdirSync(dir).filter((file) => /\.tsx?$/.test(file));
  const runtime = readFileSync(join(root, 'utils/runtime/run-console.ts'), 'utf8');
  // A feature only one console shows is passed by that console's entrypoint (RunOptions).
  const entries = readdirSync(join(root, 'entrypoints'))
    .filter((entry) => entry.endsWith('.content'))
    .map((entry) => readFileSync(join(root, 'entrypoints', entry, 'index.ts'), 'utf8'))
    .join('\n');

  it.each(files)(
    '%s holds one feature whose id is its file name, run by the runtime',
    async (file) => {
      const name = file.replace(/\.tsx?$/, '');
      const module = (await import(`../../utils/runtime/features/${name}`)) as Record<
        string,
        unknown
      >;
      const features = Object.values(module).flatMap((value) => {
        // A feature, or a factory of one (a feature with state per content script).
        const feature = typeof value === 'function' ? (value as () => unknown)() : value;
        return typeof feature === 'object' && feature !== null && 'run' in feature ? [feature] : [];
      });
      expect(features).toHaveLength(1);
      expect((features[0] as unknown as { id: string }).id).toBe(name);
      expect(
        runtime.includes(`'./features/${name}'`) ||
          entries.includes(`'@/utils/runtime/features/${name}'`),
      ).toBe(true);
    },
  );
});
