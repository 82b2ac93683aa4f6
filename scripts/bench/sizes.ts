/**
 * Built content-script sizes per console, raw and gzip (target: under 110 KB gzip each).
 * Reads `.output/chrome-mv3` as built by `npm run bench`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extensionDir } from '../lib/console-browser';

const TARGET_GZIP_KB = 110;

export function benchSizes(): void {
  const dir = join(extensionDir, 'content-scripts');
  const rows = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, raw: bytes.length / 1024, gzip: gzipSync(bytes, { level: 9 }).length / 1024 };
    });
  console.log('\n## Built content scripts (chrome-mv3)\n');
  console.log('| script | raw KB | gzip KB | target |');
  console.log('|---|---:|---:|---|');
  for (const row of rows) {
    const verdict = row.gzip < TARGET_GZIP_KB ? `< ${TARGET_GZIP_KB} ✓` : `≥ ${TARGET_GZIP_KB} ✗`;
    console.log(`| ${row.file} | ${row.raw.toFixed(1)} | ${row.gzip.toFixed(1)} | ${verdict} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchSizes();
