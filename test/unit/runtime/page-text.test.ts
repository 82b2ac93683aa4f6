// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { UiRegistry } from '../../../utils/runtime/mount';
import { scannableTextNodes, textNodesToScan } from '../../../utils/runtime/page-text';

const NUMBER = 'LZ123456785CN';

function scanned(html: string, covered: (doc: Document) => Element[] = () => []): string[] {
  document.body.innerHTML = html;
  return scannableTextNodes(document.body, covered(document)).map((node) => node.data.trim());
}

describe('scannableTextNodes', () => {
  it('keeps visible text of ten characters or more with a digit, in page order', () => {
    expect(
      scanned(
        `<p>Shipped with ${NUMBER}</p><p>no digits in this long line</p><p>short 12</p>` +
          `<div><span>Order 111-2222222-3333333</span></div>`,
      ),
    ).toEqual([`Shipped with ${NUMBER}`, 'Order 111-2222222-3333333']);
  });

  it('skips scripts, styles, templates, form controls and buttons, at any depth', () => {
    expect(
      scanned(
        `<script>var n = "${NUMBER}";</script><style>.a{content:"${NUMBER}"}</style>` +
          `<template><p>${NUMBER} template</p></template><textarea>${NUMBER} typed</textarea>` +
          `<select><option>${NUMBER} option</option></select>` +
          `<button><span>Copy ${NUMBER}</span></button><p>kept ${NUMBER}</p>`,
      ),
    ).toEqual([`kept ${NUMBER}`]);
  });

  it("keeps a number shown in a link-styled button (eBay's button.fake-link)", () => {
    expect(
      scanned(
        `<div class="tracking"><button class="fake-link" type="button">${NUMBER}</button></div>` +
          `<button class="edit-link fake-link" type="button">Add tracking</button>`,
      ),
    ).toEqual([NUMBER]);
  });

  it('skips hidden holders and inline display:none, however the style is written', () => {
    expect(
      scanned(
        `<div hidden><p>${NUMBER} hidden</p></div>` +
          `<div style="display:none"><p><b>${NUMBER} undisplayed</b></p></div>` +
          `<div style="color: red; display : NONE;"><p>${NUMBER} undisplayed too</p></div>` +
          `<div style="border: none"><p>${NUMBER} border none is shown</p></div>` +
          `<div style="display: none"><a style="text-decoration: none">${NUMBER} in a link</a></div>`,
      ),
    ).toEqual([`${NUMBER} border none is shown`]);
  });

  it("skips the adapter's tracking fields and ShipLens' own elements", () => {
    document.body.innerHTML = `<p id="field">Tracking ${NUMBER}</p><p id="anchor">Note ${NUMBER}</p>`;
    const ui = new UiRegistry('');
    const anchor = document.getElementById('anchor') as Element;
    const host = ui.render('x', 'copy', { anchor, position: 'after' }, createElement('i'));
    host.append(`inside our host ${NUMBER}`);
    const field = document.getElementById('field') as Element;
    expect(scannableTextNodes(document.body, [field]).map((node) => node.data)).toEqual([
      `Note ${NUMBER}`,
    ]);
  });

  it('tells text inside any of thousands of covered fields from text beside them, at any depth', () => {
    // A list's rows: a covered tracking cell (its number nested two levels down) and a note.
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `<tr><td class="tracking"><a><b>${NUMBER} ${i}</b></a></td><td><p>note ${i} ${NUMBER}</p></td></tr>`,
    );
    const found = scanned(`<table><tbody>${rows.join('')}</tbody></table>`, (doc) => [
      ...doc.querySelectorAll('td.tracking'),
    ]);
    expect(found).toHaveLength(3000);
    expect(found.every((text) => text.startsWith('note'))).toBe(true);
    expect(found.at(-1)).toBe(`note 2999 ${NUMBER}`);
  });

  it('steps over what it is told not to walk, without a pause for what is inside', () => {
    const rows = '<tr><td>Note</td><td>Sent with LX00000001ZCN</td></tr>'.repeat(3000);
    document.body.innerHTML =
      `<p>${NUMBER} before</p><table><tbody>${rows}</tbody></table>` +
      `<div><p>${NUMBER} after</p></div>`;
    const list = document.querySelector('tbody') as Element;
    const steps = [...textNodesToScan(document.body, [], [list])].map(
      (step) => step?.data ?? 'pause',
    );
    expect(steps).toEqual([`${NUMBER} before`, `${NUMBER} after`]);
  });

  it('pauses after every 1,000 texts passed over', () => {
    document.body.innerHTML = `${'<span>Nov 26</span>'.repeat(2500)}<p>${NUMBER}</p>`;
    const steps = [...textNodesToScan(document.body, [])].map((step) => step?.data ?? 'pause');
    expect(steps).toEqual(['pause', 'pause', NUMBER]);
  });
});
