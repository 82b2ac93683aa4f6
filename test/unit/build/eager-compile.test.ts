import { describe, expect, it } from 'vitest';
import { eagerCompile } from '../../../scripts/lib/eager-compile';

function bundleOf() {
  return {
    'content-scripts/amazon.js': {
      type: 'chunk' as const,
      isEntry: true,
      code: 'var amazon=function(){}();',
      map: null,
    },
    'content-scripts/amazon.js.map': {
      type: 'asset' as const,
      source: JSON.stringify({ version: 3, mappings: 'AAAA,CAAC', sources: ['a.ts'] }),
    },
    'chunks/shared.js': { type: 'chunk' as const, isEntry: false, code: 'export{}', map: null },
  };
}

describe('eagerCompile', () => {
  it("puts V8's compile hint on its own first line of each entry script, and moves its source map down a line", () => {
    const bundle = bundleOf();
    eagerCompile().generateBundle(undefined, bundle);
    expect(bundle['content-scripts/amazon.js'].code.split('\n')).toEqual([
      '//# allFunctionsCalledOnLoad',
      'var amazon=function(){}();',
    ]);
    expect(JSON.parse(bundle['content-scripts/amazon.js.map'].source)).toEqual({
      version: 3,
      mappings: ';AAAA,CAAC',
      sources: ['a.ts'],
    });
    expect(bundle['chunks/shared.js'].code).toBe('export{}');
  });
});
