/**
 * The content scripts the seller downloads stay within their budget: each one is injected
 * into every console page. `npm run bench` reports the sizes against the tighter target.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { consoles } from '../../utils/consoles';
import { extensionDir } from '../../scripts/lib/console-browser';

const BUDGET_GZIP_KB = 110;

describe('built content scripts', () => {
  const dir = join(extensionDir, 'content-scripts');
  it('one per console', () => {
    const scripts = readdirSync(dir).filter((file) => file.endsWith('.js'));
    expect(scripts.sort()).toEqual(consoles.map((adapter) => `${adapter.id}.js`).sort());
  });

  it.each(consoles.map((adapter) => adapter.id))(
    `%s.js is under ${BUDGET_GZIP_KB} KB gzip`,
    (id) => {
      const gzip = gzipSync(readFileSync(join(dir, `${id}.js`)), { level: 9 }).length / 1024;
      expect(gzip).toBeLessThan(BUDGET_GZIP_KB);
    },
  );
});
