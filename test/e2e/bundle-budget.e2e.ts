/**
 * The content scripts the seller downloads stay within their budget: each one is injected
 * into every console page. `npm run bench` reports the sizes against the tighter target.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoles } from '../../utils/consoles';
import { extensionDir } from '../../scripts/lib/console-browser';
import { BUDGET_GZIP_KB, gzipKb } from '../../scripts/lib/content-script-size';

describe('built content scripts', () => {
  const dir = join(extensionDir, 'content-scripts');
  it('one per console', () => {
    const scripts = readdirSync(dir).filter((file) => file.endsWith('.js'));
    expect(scripts.sort()).toEqual(consoles.map((adapter) => `${adapter.id}.js`).sort());
  });

  it.each(consoles.map((adapter) => adapter.id))(
    `%s.js is under ${BUDGET_GZIP_KB} KB gzip`,
    (id) => {
      expect(gzipKb(join(dir, `${id}.js`))).toBeLessThan(BUDGET_GZIP_KB);
    },
  );
});
