/**
 * The README's "How the code is laid out" table is how a newcomer finds a thing by its name, so
 * it must match the tree: every path it names exists, and every folder and file directly under
 * the code roots is named by one of its rows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoles } from '../../utils/consoles';

const root = join(import.meta.dirname, '../..');

/** The backticked paths in the first column of the layout table. */
function layoutPaths(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split('## How the code is laid out')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]))
    .filter((path): path is string => path !== undefined);
}

/** `<console>` stands for each console; `*.ts` for the files of a folder. */
function expand(path: string): string[] {
  return path.includes('<console>')
    ? consoles.map((adapter) => path.replace('<console>', adapter.id))
    : [path];
}

/** A row names an entry: the same path, a `*.ts` glob over its folder, or a path inside it. */
function covers(path: string, entry: string): boolean {
  if (entry.endsWith('/') && path.startsWith(entry)) return true;
  if (path.endsWith('*.ts')) {
    const folder = path.slice(0, -'*.ts'.length);
    return (
      entry.startsWith(folder) && entry.endsWith('.ts') && !entry.slice(folder.length).includes('/')
    );
  }
  return path.replace(/\/$/, '') === entry.replace(/\/$/, '');
}

/** What a newcomer looks for: the entries directly under the code roots. */
const codeRoots = ['entrypoints', 'utils', 'components', 'scripts', 'docs', 'test'] as const;

describe('the README layout table', () => {
  const paths = layoutPaths().flatMap(expand);

  it('names paths', () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  it.each(paths.filter((path) => !path.includes('*')))('%s exists', (path) => {
    expect(existsSync(join(root, path))).toBe(true);
  });

  it.each(codeRoots)('names every folder and file directly under %s/', (codeRoot) => {
    const entries = readdirSync(join(root, codeRoot), { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? `${codeRoot}/${entry.name}/` : `${codeRoot}/${entry.name}`,
    );
    // The root's own row speaks for its loose files; each folder needs a row that names it.
    const unnamed = entries.filter(
      (entry) =>
        !paths.some(
          (path) => covers(path, entry) || (path === `${codeRoot}/` && !entry.endsWith('/')),
        ),
    );
    expect(unnamed).toEqual([]);
  });
});
