// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buyerDataRules } from '../../../utils/capture/buyer-data';
import { amazon } from '../../../utils/consoles/amazon';
import { ebay } from '../../../utils/consoles/ebay';
import { maskPatterns } from '../../../utils/capture/patterns';
import {
  readReportComment,
  reportComment,
  type CaptureReport,
} from '../../../utils/capture/report';
import { scrubDocument } from '../../../utils/capture/scrub';
import { maskAddress, maskBuyerText, maskShape } from '../../../utils/capture/shape';

const page = (body: string) =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');

function scrub(body: string, keep: string[] = []): { doc: Document; html: string } {
  const doc = page(body);
  scrubDocument(doc, { rules: buyerDataRules(amazon), keep });
  return { doc, html: doc.body.innerHTML };
}

describe('same-shape placeholders', () => {
  it('keep letters as letters (with their case), digits as digits, the rest as it was', () => {
    expect(maskShape('Dana Whitfield, 2417 Larkspur Ln #2B')).toBe(
      'Xxxx Xxxxxxxxx, 0000 Xxxxxxxx Xx #0X',
    );
    expect(maskShape('高橋 里奈 L***** G*****')).toBe('某某 某某 X***** X*****');
  });

  it('keep the country parts of an address, and nothing else', () => {
    expect(maskAddress('27 Rue des Lilas, Lyon, France')).toBe('00 Xxx xxx Xxxxx, Xxxx, France');
    expect(maskAddress('Springfield, IL 62704, United States')).toBe(
      'Xxxxxxxxxxx, XX 00000, United States',
    );
    // A state is not a country, though "IL" is Israel's code.
    expect(maskAddress('IL')).toBe('XX');
    expect(maskAddress('西班牙')).toBe('西班牙');
  });

  it('keep a phone number’s calling code', () => {
    expect(maskBuyerText('+1 217-555-0143 ext. 40219')).toBe('+1 000-000-0000 xxx. 00000');
    expect(maskBuyerText('+34 6** *** *17')).toBe('+34 0** *** *00');
    expect(maskBuyerText('090-5550-0118')).toBe('000-0000-0000');
  });
});

describe('e-mail addresses and phone numbers by their form', () => {
  it('are masked anywhere in a text', () => {
    expect(maskPatterns('Write to camille.durand@example.com today', [])).toBe(
      'Write to xxxxxxx.xxxxxx@xxxxxxx.xxx today',
    );
    expect(maskPatterns('Call +33 6 55 01 23 47 or (217) 555-0143.', [])).toBe(
      'Call +33 0 00 00 00 00 or (000) 000-0000.',
    );
  });

  it('leave order ids, tracking numbers, dates, amounts and SKUs alone', () => {
    const text =
      'Order 111-4820913-5627405 · 12-13579-24680 · 8123456789012345 · 9400111899223344556677 · 2026-11-24 09:12 · US $1,234.56 · SL-LID-6P-GRN';
    expect(maskPatterns(text, ['111-4820913-5627405'])).toBe(text);
  });

  it('leave a kept token that looks like a phone number', () => {
    expect(maskPatterns('Ref 555-010-4417', ['555-010-4417'])).toBe('Ref 555-010-4417');
    expect(maskPatterns('Ref 555-010-4417', [])).toBe('Ref 000-000-0000');
  });
});

describe('scrubDocument', () => {
  it('masks the values of buyer labels in every form the consoles use, and keeps the labels', () => {
    const { html } = scrub(`
      <dl><dt>Buyer</dt><dd>Dana Whitfield</dd></dl>
      <div><span>Phone:</span> +1 217-555-0143</div>
      <div>收件人：王小明</div>
      <div><span class="label">电话</span><span class="value">138 0013 8000</span></div>
      <div class="note"><span>Buyer note: </span>Leave it at the door</div>
      <table><tr><th>Buyer</th><th>Order</th></tr></table>`);
    for (const part of [
      '<dt>Buyer</dt><dd>Xxxx Xxxxxxxxx</dd>',
      '<span>Phone:</span> +1 000-000-0000',
      '收件人：某某某',
      '<span class="value">000 0000 0000</span>',
      '<span>Buyer note: </span>Xxxxx xx xx xxx xxxx',
    ])
      expect(html).toContain(part);
    // A column heading labels a column, not the cell beside it.
    expect(html).toContain('<th>Order</th>');
  });

  it('masks a value wherever it appears again, attributes and data-* included', () => {
    const { html } = scrub(`
      <div data-test-id="shipping-section-buyer-address"><span>Dana Whitfield</span><span>United States</span></div>
      <a title="Message Dana Whitfield" data-buyer="Dana Whitfield" href="/contact?buyer=x">Write</a>`);
    expect(html).not.toContain('Dana Whitfield');
    expect(html).toContain('<span>United States</span>');
    expect(html).toContain('data-buyer="Xxxx Xxxxxxxxx"');
  });

  it('masks buyer form fields and free text, never tracking numbers or carriers', () => {
    const { html } = scrub(
      `<input name="recipientName" value="Dana Whitfield">
       <input type="email" value="dana@example.com">
       <input id="otherServiceName" value="YunExpress">
       <input name="tracking" value="RK482157365CN">
       <textarea>Call me before 5 pm</textarea>
       <textarea>RK482157365CN</textarea>`,
      ['RK482157365CN'],
    );
    for (const part of [
      'value="Xxxx Xxxxxxxxx"',
      'value="xxxx@xxxxxxx.xxx"',
      'value="YunExpress"',
      'value="RK482157365CN"',
      '<textarea>Xxxx xx xxxxxx 0 xx</textarea>',
      '<textarea>RK482157365CN</textarea>',
    ])
      expect(html).toContain(part);
  });

  it('empties scripts and removes inline event handlers, keeping ids, classes and data-*', () => {
    const doc = page(
      `<script src="https://example.com/app.js"></script><script>track("x")</script>
       <button id="go" class="btn" data-action="ship" onclick="ship()" onmouseover="x()">Ship</button>`,
    );
    const summary = scrubDocument(doc, { rules: buyerDataRules(ebay), keep: [] });
    expect(summary).toMatchObject({ scripts: 2, eventHandlers: 2 });
    expect(doc.body.innerHTML).toContain('<script></script><script></script>');
    expect(doc.body.innerHTML).toContain(
      '<button id="go" class="btn" data-action="ship">Ship</button>',
    );
  });
});

describe('the report comment', () => {
  it('reads back as it was written, even with "--" and "-->" in its strings', () => {
    const report = {
      format: 'shiplens-page-capture',
      version: 1,
      url: 'https://example.com/a--b?x=-->',
    } as unknown as CaptureReport;
    const comment = reportComment(report);
    expect(comment.slice(4, -3)).not.toContain('--');
    expect(readReportComment(`<!DOCTYPE html>\n${comment}\n<html></html>`)).toEqual(report);
  });
});
