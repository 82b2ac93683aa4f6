/**
 * CSV as spreadsheets save it (RFC 4180): quoted fields with "" for a quote, line breaks
 * inside quotes, CRLF or LF, a UTF-8 byte-order mark (Excel's "CSV UTF-8"). The delimiter
 * is read from the header line: a comma, or the semicolon or tab that European and Chinese
 * Excel settings produce. Each record keeps the line it starts on, for error messages.
 */
import { localized } from '../rules/engine/text';
import type { LocalizedText } from '../rules/engine/types';
import { uncounted, type WorkCounter } from './work-counter';

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export interface RowError {
  line: number;
  message: LocalizedText;
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; error: RowError };

function delimiterOf(source: string): string {
  const firstLine = source.slice(0, source.search(/\r|\n|$/));
  const counts = [',', ';', '\t'].map((candidate) => ({
    candidate,
    count: firstLine.split(candidate).length - 1,
  }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.candidate : ',';
}

export function parseCsv(input: string, work: WorkCounter = uncounted): CsvParse {
  const source = input.startsWith('\uFEFF') ? input.slice(1) : input;
  // A file saved in GBK or Latin-1 and read as UTF-8 shows replacement characters.
  const broken = source.indexOf('\uFFFD');
  if (broken !== -1) {
    const line = source.slice(0, broken).split(/\r\n|\r|\n/).length;
    return {
      ok: false,
      error: {
        line,
        message: localized(
          'the file is not UTF-8: save it as "CSV UTF-8"',
          '文件不是 UTF-8 编码：请另存为“CSV UTF-8”',
        ),
      },
    };
  }
  const delimiter = delimiterOf(source);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    // Blank lines (a lone empty field) are not records.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    work.count();
    fields = [];
    field = '';
  };

  while (i < source.length) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === '\n' || (char === '\r' && source[i + 1] !== '\n')) line += 1;
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) {
    return {
      ok: false,
      error: {
        line: quoteLine,
        message: localized('a quoted field is never closed', '引号内的字段没有结束引号'),
      },
    };
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}

/**
 * Header names compared without case, spaces, dashes or underscores ("Per kg" = "per_kg"),
 * full-width brackets read as ASCII ones ("重量（克）" = "重量(克)").
 */
export function headerKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}
