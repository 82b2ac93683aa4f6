import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listen } from '../../utils/messaging-background';

/** What the listeners answered to one message, as the browser would pass it on. */
async function deliver(message: unknown, sender: { id?: string }): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger(message, sender);
}

describe('messaging: the security boundary between a console page and the extension', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a valid request from this extension with an ok envelope', async () => {
    const handler = vi.fn(async () => ({ 'MUG-1': 350 }));
    listen({ 'get-sku-weights': handler });
    const [answer] = await deliver(
      { type: 'get-sku-weights', console: 'amazon', skus: ['MUG-1'] },
      { id: fakeBrowser.runtime.id },
    );
    expect(answer).toEqual({ ok: true, value: { 'MUG-1': 350 } });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('ignores the same request from another extension or a page', async () => {
    const handler = vi.fn(async () => ({}));
    listen({ 'get-sku-weights': handler });
    const request = { type: 'get-sku-weights', console: 'amazon', skus: ['MUG-1'] };
    expect(await deliver(request, { id: 'some-other-extension' })).toEqual([undefined]);
    expect(await deliver(request, {})).toEqual([undefined]);
    expect(handler).not.toHaveBeenCalled();
  });

  it('runs nothing for a request that does not validate', async () => {
    const save = vi.fn(async () => null);
    listen({ 'save-sku-weight': save });
    const sender = { id: fakeBrowser.runtime.id };
    const bad = [
      { type: 'save-sku-weight', console: 'amazon', sku: 'MUG-1', grams: -5 },
      { type: 'save-sku-weight', console: 'amazon', sku: 'MUG-1', grams: Number.NaN },
      { type: 'save-sku-weight', console: 'shopify', sku: 'MUG-1', grams: 5 },
      { type: 'save-sku-weight', console: 'amazon', sku: '', grams: 5 },
      { type: 'get-sku-weights', console: 'amazon', skus: new Array(5001).fill('x') },
      { type: 'no-such-request' },
      'get-snapshot',
      null,
    ];
    for (const message of bad) expect(await deliver(message, sender)).toEqual([undefined]);
    expect(save).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error envelope, not a rejection', async () => {
    listen({
      'get-snapshot': async () => {
        throw new Error('the database could not be opened');
      },
    });
    const [answer] = await deliver({ type: 'get-snapshot' }, { id: fakeBrowser.runtime.id });
    expect(answer).toEqual({ ok: false, error: 'the database could not be opened' });
  });

  it('leaves requests it has no handler for to other listeners', async () => {
    listen({ 'get-page-state': async () => null });
    expect(await deliver({ type: 'get-snapshot' }, { id: fakeBrowser.runtime.id })).toEqual([
      undefined,
    ]);
  });
});
