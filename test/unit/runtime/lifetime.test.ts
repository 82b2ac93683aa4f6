// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Scope } from '../../../utils/runtime/lifetime';

describe('Scope: listeners that end with what they belong to', () => {
  it('removes its listeners when it ends', () => {
    const scope = new Scope();
    const handler = vi.fn();
    scope.listen(window, 'submit', handler, { capture: true });
    window.dispatchEvent(new Event('submit'));
    scope.end();
    window.dispatchEvent(new Event('submit'));
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('ends a child with its parent, and a child alone without touching the parent', () => {
    const parent = new Scope();
    const first = parent.child();
    const own = vi.fn();
    const childs = vi.fn();
    parent.listen(window, 'click', own);
    first.listen(window, 'click', childs);
    first.end();
    window.dispatchEvent(new Event('click'));
    expect([own.mock.calls.length, childs.mock.calls.length]).toEqual([1, 0]);
    const second = parent.child();
    second.listen(window, 'click', childs);
    parent.end();
    window.dispatchEvent(new Event('click'));
    expect([own.mock.calls.length, childs.mock.calls.length]).toEqual([1, 0]);
    expect(second.signal.aborted).toBe(true);
  });

  it('adds nothing once ended', () => {
    const scope = new Scope();
    scope.end();
    const handler = vi.fn();
    scope.listen(window, 'click', handler);
    window.dispatchEvent(new Event('click'));
    expect(handler).not.toHaveBeenCalled();
    expect(scope.child().signal.aborted).toBe(true);
  });

  it('removes a listener that also has its own signal when that one ends first', () => {
    const scope = new Scope();
    const shown = new AbortController();
    const handler = vi.fn();
    scope.listen(window, 'submit', handler, { capture: true, signal: shown.signal });
    window.dispatchEvent(new Event('submit'));
    shown.abort();
    window.dispatchEvent(new Event('submit'));
    expect(handler).toHaveBeenCalledTimes(1);
    scope.listen(window, 'submit', handler, { signal: shown.signal });
    window.dispatchEvent(new Event('submit'));
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
