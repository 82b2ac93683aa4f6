/**
 * Built content-script sizes per console, raw and gzip, against the budget and the target
 * (scripts/lib/content-script-size.ts).
 * Reads `.output/chrome-mv3` as built by `npm run bench`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir } from '../lib/console-browser';
import { BUDGET_GZIP_KB, gzipKb, TARGET_GZIP_KB } from '../lib/content-script-size';

export function benchSizes(): void {
  const dir = join(extensionDir, 'content-scripts');
  const rows = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const path = join(dir, file);
      return { file, raw: readFileSync(path).length / 1024, gzip: gzipKb(path) };
    });
  console.log('\n## Built content scripts (chrome-mv3)\n');
  console.log('| script | raw KB | gzip KB | budget | target |');
  console.log('|---|---:|---:|---|---|');
  const within = (kb: number, limit: number): string =>
    kb < limit ? `< ${limit} ✓` : `≥ ${limit} ✗`;
  for (const row of rows) {
    console.log(
      `| ${row.file} | ${row.raw.toFixed(1)} | ${row.gzip.toFixed(1)} | ${within(row.gzip, BUDGET_GZIP_KB)} | ${within(row.gzip, TARGET_GZIP_KB)} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchSizes();
