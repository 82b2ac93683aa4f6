// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OrderPanel } from '../../../components/OrderPanel';
import { translator } from '../../../utils/i18n';
import { unreadOrder, type OrderFacts } from '../../../utils/order-facts';
import type { Evaluation } from '../../../utils/rules/engine/types';
import type { Language } from '../../../utils/settings';
import { emptyEvaluation } from './evaluation';

const evaluation = (blockedBy: Evaluation['blockedBy']): Evaluation =>
  emptyEvaluation({ blockedBy });

function panel(facts: OrderFacts, language: Language, blockedBy: Evaluation['blockedBy'] = null) {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(
    <OrderPanel
      state={{ kind: 'ready', facts, evaluation: evaluation(blockedBy) }}
      language={language}
      t={translator(language)}
      storageError={null}
      onSaveWeight={async () => {}}
    />,
  );
  const section = host.querySelector('[data-shiplens="panel"]');
  if (!section) throw new Error('no panel');
  return section;
}

const masked = unreadOrder('aliexpress', 'order-detail', '8190456612873401');
const inferred: OrderFacts = {
  ...masked,
  destinationCountry: 'ES',
  destinationSource: 'inferred',
  destinationBasis: ['phone +34', 'postcode 28…'],
};

describe('the panel on a destination the page hid', () => {
  it('says the destination was inferred, from what, and to confirm it (en)', () => {
    const section = panel(inferred, 'en');
    expect(section.getAttribute('data-destination-source')).toBe('inferred');
    expect(section.querySelector('[data-shiplens="destination"]')?.textContent).toBe(
      'Destination: Spain — inferred from phone +34 and postcode 28…; reveal the address to confirm.',
    );
    expect(section.querySelector('[data-shiplens="read-note"]')?.textContent).toContain(
      'not read from the address',
    );
  });

  it('says it in Chinese too', () => {
    const section = panel(inferred, 'zh-CN');
    expect(section.querySelector('[data-shiplens="destination"]')?.textContent).toBe(
      '目的国：西班牙 — 根据电话 +34和邮编 28…推断；请显示完整地址以确认。',
    );
  });

  it('marks a destination read from the page as such, with no inference line', () => {
    const section = panel({ ...masked, destinationCountry: 'ES' }, 'en');
    expect(section.getAttribute('data-destination-source')).toBe('page');
    expect(section.querySelector('[data-shiplens="destination"]')).toBeNull();
  });

  it('says the destination is missing, not that no channel fits', () => {
    const section = panel(masked, 'en', 'destinationCountry');
    expect(section.hasAttribute('data-destination-source')).toBe(false);
    expect(section.querySelector('[data-shiplens="blocked"]')?.textContent).toMatch(
      /destination country is not on this page/,
    );
    expect(section.textContent).not.toContain('No channel in your rules fits');
  });

  it('says when the order was read from labels', () => {
    const section = panel({ ...inferred, readVia: 'labels' }, 'en');
    const notes = [...section.querySelectorAll('[data-shiplens="read-note"]')];
    expect(notes.map((note) => note.textContent)[0]).toMatch(/visible labels/);
  });
});
