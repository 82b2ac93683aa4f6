// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanText, type ScanMatch } from '../../../utils/tracking';
import { createTextScanMemo } from '../../../utils/runtime/text-scan-memo';
import { scannableTextNodes } from '../../../utils/runtime/page-text';

const NUMBERS = ['LZ123456785CN', 'RR123456785CN', 'LX123456785CN'];

/** The real page scanner, counting the texts it is asked to scan. */
function countingScanner(): { scan: (text: string) => ScanMatch[]; scanned: string[] } {
  const scanned: string[] = [];
  return {
    scanned,
    scan: (text) => {
      scanned.push(text);
      return scanText(text, { context: 'page' });
    },
  };
}

function page(rows: number): void {
  document.body.innerHTML = Array.from(
    { length: rows },
    (_, i) =>
      `<p>Shipped with China Post, tracking ${NUMBERS[i % NUMBERS.length]} (order ${i})</p>`,
  ).join('');
}

function pass(numbersIn: (node: Text) => readonly ScanMatch[]): string[] {
  return scannableTextNodes(document.body, []).flatMap((node) =>
    numbersIn(node).map((match) => match.number),
  );
}

describe('createTextScanMemo', () => {
  it('scans every text node once, then only the ones whose text changed or that are new', () => {
    page(300);
    const { scan, scanned } = countingScanner();
    const numbersIn = createTextScanMemo(scan);

    const first = pass(numbersIn);
    expect(first).toHaveLength(300);
    expect(scanned).toHaveLength(300);

    scanned.length = 0;
    expect(pass(numbersIn)).toEqual(first);
    expect(scanned).toEqual([]);

    // The console re-renders one row with another number and adds a row.
    const changed = document.body.children[7]?.firstChild as Text;
    changed.data = 'Shipped with China Post, tracking RR123456785CN (order 7, updated)';
    document.body.insertAdjacentHTML('beforeend', '<p>Tracking LX123456785CN for order 300</p>');
    scanned.length = 0;
    const third = pass(numbersIn);
    expect(scanned).toEqual([changed.data, 'Tracking LX123456785CN for order 300']);
    expect(third[7]).toBe('RR123456785CN');
    expect(third).toHaveLength(301);
  });

  it('gives what the scanner gives, for text with and without numbers', () => {
    const numbersIn = createTextScanMemo((text) => scanText(text, { context: 'page' }));
    document.body.innerHTML = '<p>Order 1234567890123 paid</p><p>Tracking LZ123456785CN</p>';
    const [plain, tracked] = scannableTextNodes(document.body, []);
    expect(numbersIn(plain as Text)).toEqual(scanText((plain as Text).data, { context: 'page' }));
    expect(numbersIn(tracked as Text).map((match) => match.number)).toEqual(['LZ123456785CN']);
  });
});
