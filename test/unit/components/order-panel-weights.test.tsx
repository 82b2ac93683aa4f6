// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OrderPanel } from '../../../components/OrderPanel';
import { translator } from '../../../utils/i18n';
import { unreadOrder, type OrderFacts } from '../../../utils/order-facts';
import { emptyEvaluation } from './evaluation';

const facts: OrderFacts = {
  ...unreadOrder('amazon', 'order-detail', '113-0000000-0000001'),
  destinationCountry: 'US',
};

function panelFor(unknownSkus: string[]): Element {
  const evaluation = emptyEvaluation({
    orderId: facts.orderId,
    weight: { grams: 250, source: 'assumed', unknownSkus },
  });
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(
    <OrderPanel
      state={{ kind: 'ready', facts, evaluation }}
      language="en"
      t={translator('en')}
      storageError={null}
      onSaveWeight={async () => {}}
    />,
  );
  return host;
}

describe('weight questions on an order of many SKUs', () => {
  it('asks for every SKU of a small order', () => {
    const panel = panelFor(['A', 'B']);
    const asked = [...panel.querySelectorAll('[data-shiplens="weight-prompt"]')];
    expect(asked.map((form) => form.getAttribute('data-sku'))).toEqual(['A', 'B']);
    expect(panel.querySelector('[data-shiplens="more-weights"]')).toBeNull();
  });

  it('asks for three of a 500-SKU order and counts the rest, pointing to the CSV import', () => {
    const skus = Array.from({ length: 500 }, (_, i) => `SKU-${i + 1}`);
    const panel = panelFor(skus);
    const asked = [...panel.querySelectorAll('[data-shiplens="weight-prompt"]')];
    expect(asked.map((form) => form.getAttribute('data-sku'))).toEqual(['SKU-1', 'SKU-2', 'SKU-3']);
    expect(panel.querySelector('[data-shiplens="more-weights"]')?.textContent).toBe(
      '497 more SKUs have no weight yet: they are asked for as you answer these, or import them all from a CSV in Options (SKU weights).',
    );
    expect(panel.querySelectorAll('input').length).toBe(3);
  });
});
