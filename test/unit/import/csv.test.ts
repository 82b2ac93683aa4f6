import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../utils/import/csv';

function records(input: string) {
  const parsed = parseCsv(input);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.records;
}

describe('parseCsv', () => {
  it('reads plain rows with their line numbers', () => {
    expect(records('a,b\n1,2\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('drops a byte-order mark and reads CRLF, CR and a missing final newline', () => {
    expect(records('\uFEFFa,b\r\n1,2\r3,4')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('reads quoted cells: delimiters, doubled quotes and line breaks inside', () => {
    const input = 'name,note\n"a, b","say ""hi"""\n"two\r\nlines",x\nlast,y\n';
    expect(records(input)).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['a, b', 'say "hi"'] },
      { line: 3, fields: ['two\r\nlines', 'x'] },
      // The quoted line break counts: "last" is on line 5 of the file.
      { line: 5, fields: ['last', 'y'] },
    ]);
  });

  it('skips blank lines but keeps rows of empty cells', () => {
    expect(records('a,b\n\n,\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['', ''] },
    ]);
  });

  it('takes the delimiter from the header: semicolon and tab', () => {
    expect(records('a;b\n1,5;2\n')[1]?.fields).toEqual(['1,5', '2']);
    expect(records('a\tb\n1\t2\n')[1]?.fields).toEqual(['1', '2']);
  });

  it('names the line of a quote that is never closed', () => {
    const parsed = parseCsv('a,b\n1,2\n3,"oops\n4,5\n');
    expect(parsed).toMatchObject({ ok: false, error: { line: 3 } });
  });

  it('refuses text that was not UTF-8, naming the line', () => {
    const parsed = parseCsv('a,b\nUS,\uFFFD\uFFFD\n');
    expect(parsed).toMatchObject({ ok: false, error: { line: 2 } });
    if (!parsed.ok) expect(parsed.error.message.en).toContain('CSV UTF-8');
  });
});
