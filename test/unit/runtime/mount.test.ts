// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { isOwnMutation, UiRegistry } from '../../../utils/runtime/mount';

function hostsOf(kind: string): Element[] {
  return [...document.querySelectorAll(`shiplens-${kind}`)];
}

describe('UiRegistry', () => {
  let anchor: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<main><div id="order"></div></main>';
    anchor = document.getElementById('order') as HTMLElement;
  });

  it('injects a shiplens-* element with an open shadow root holding the styles and the UI', () => {
    const ui = new UiRegistry(':host { color: red; }');
    ui.render('panel', 'panel', { anchor, position: 'after' }, createElement('p', null, 'hello'));
    const [host] = hostsOf('panel');
    expect(host?.previousElementSibling).toBe(anchor);
    expect(host?.shadowRoot?.mode).toBe('open');
    const sheets = host?.shadowRoot?.adoptedStyleSheets ?? [];
    const css = [...sheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(css.join(' ')).toContain('color: red');
    expect(host?.shadowRoot?.textContent).toContain('hello');
  });

  it('puts a prepared host in hidden, with its content, and shows it when asked', () => {
    const ui = new UiRegistry('');
    const text = (value: string) => document.createTextNode(value);
    const show = ui.prepareStatic('b', 'badge', { anchor, position: 'after' }, text('later'));
    const [host] = hostsOf('badge') as HTMLElement[];
    expect(host?.previousElementSibling).toBe(anchor);
    expect(host?.style.display).toBe('none');
    expect(host?.shadowRoot?.textContent).toBe('later');
    expect(ui.has('b')).toBe(false);
    show();
    expect(host?.style.display).toBe('');
    expect(ui.has('b')).toBe(true);
    // A host already shown stays shown when prepared again, and the same host is kept.
    ui.prepareStatic('b', 'badge', { anchor, position: 'after' }, text('again'));
    expect(hostsOf('badge')).toEqual([host]);
    expect(host?.style.display).toBe('');
    expect(host?.shadowRoot?.textContent).toBe('again');
  });

  it('shows a prepared host that a later pass draws at once (its own pass was overtaken)', () => {
    const ui = new UiRegistry('');
    ui.prepareStatic('b', 'badge', { anchor, position: 'after' }, document.createTextNode('x'));
    ui.renderStatic('b', 'badge', { anchor, position: 'after' }, document.createTextNode('x'));
    expect(hostsOf('badge').map((host) => (host as HTMLElement).style.display)).toEqual(['']);
  });

  it('shares one stylesheet between hosts instead of a copy per host', () => {
    const ui = new UiRegistry(':host { color: red; }');
    ui.render('a', 'badge', { anchor, position: 'after' }, createElement('b', null, 'a'));
    ui.render('b', 'badge', { anchor, position: 'after' }, createElement('b', null, 'b'));
    const [first, second] = hostsOf('badge');
    expect(first?.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    expect(first?.shadowRoot?.adoptedStyleSheets[0]).toBe(
      second?.shadowRoot?.adoptedStyleSheets[0],
    );
    expect(first?.shadowRoot?.querySelector('style')).toBeNull();
  });

  it('updates the same element on later passes instead of adding another', () => {
    const ui = new UiRegistry('');
    for (const word of ['one', 'two', 'three']) {
      ui.render('panel', 'panel', { anchor, position: 'before' }, createElement('p', null, word));
    }
    expect(hostsOf('panel')).toHaveLength(1);
    expect(hostsOf('panel')[0]?.shadowRoot?.textContent).toContain('three');
  });

  it('re-creates an element the console threw away with its re-render', () => {
    const ui = new UiRegistry('');
    ui.render('badge:1', 'badge', { anchor, position: 'append' }, createElement('span', null, 'a'));
    document.body.innerHTML = '<main><div id="order"></div></main>';
    const fresh = document.getElementById('order') as HTMLElement;
    ui.render(
      'badge:1',
      'badge',
      { anchor: fresh, position: 'append' },
      createElement('span', null, 'b'),
    );
    expect(hostsOf('badge')).toHaveLength(1);
    expect(fresh.querySelector('shiplens-badge')?.shadowRoot?.textContent).toContain('b');
  });

  it('prunes only the keys of a prefix that were not rendered again, and removes one by its key', () => {
    const ui = new UiRegistry('');
    ui.render('badge:1', 'badge', { anchor, position: 'append' }, null);
    ui.render('badge:2', 'badge', { anchor, position: 'append' }, null);
    ui.render('panel', 'panel', { anchor, position: 'after' }, null);
    ui.prune('badge:', new Set(['badge:2']));
    expect(hostsOf('badge').map((h) => h.getAttribute('data-shiplens-key'))).toEqual(['badge:2']);
    expect(hostsOf('panel')).toHaveLength(1);
    ui.remove('badge:2');
    ui.remove('badge:3'); // never made: nothing to do
    expect(hostsOf('badge')).toHaveLength(0);
    expect(ui.has('badge:2')).toBe(false);
    ui.clear();
    expect(document.querySelectorAll('[data-shiplens-kind]')).toHaveLength(0);
  });

  it('renders a batch once, and a host whose content throws leaves the others standing', () => {
    const ui = new UiRegistry('');
    const Broken = () => {
      throw new Error('console changed');
    };
    const warn = console.warn;
    console.warn = () => {};
    const error = console.error;
    console.error = () => {};
    try {
      ui.batch(() => {
        ui.render('badge:1', 'badge', { anchor, position: 'append' }, createElement(Broken));
        ui.render(
          'badge:2',
          'badge',
          { anchor, position: 'append' },
          createElement('b', null, 'ok'),
        );
        // Nothing is rendered until the batch ends.
        expect(hostsOf('badge')[1]?.shadowRoot?.textContent).not.toContain('ok');
      });
    } finally {
      console.warn = warn;
      console.error = error;
    }
    const [first, second] = hostsOf('badge');
    expect(first?.shadowRoot?.querySelector('div')?.childNodes).toHaveLength(0);
    expect(second?.shadowRoot?.textContent).toContain('ok');
  });

  it('writes static content without React, and leaves equal content in place', () => {
    const ui = new UiRegistry('.badge { color: red; }');
    const badge = (text: string) => {
      const span = document.createElement('span');
      span.className = 'badge';
      span.textContent = text;
      return span;
    };
    ui.batch(() => {
      ui.renderStatic('badge:1', 'badge', { anchor, position: 'append' }, badge('YunExpress'));
      // Static content does not wait for the batch's render.
      expect(hostsOf('badge')[0]?.shadowRoot?.textContent).toContain('YunExpress');
    });
    const shown = hostsOf('badge')[0]?.shadowRoot?.querySelector('.badge');
    ui.renderStatic('badge:1', 'badge', { anchor, position: 'append' }, badge('YunExpress'));
    expect(hostsOf('badge')[0]?.shadowRoot?.querySelector('.badge')).toBe(shown);
    ui.renderStatic('badge:1', 'badge', { anchor, position: 'append' }, badge('4PX'));
    expect(hostsOf('badge')).toHaveLength(1);
    const root = hostsOf('badge')[0]?.shadowRoot;
    expect(root?.adoptedStyleSheets[0]?.cssRules[0]?.cssText).toContain('.badge');
    expect(root?.querySelectorAll('.badge')).toHaveLength(1);
    expect(root?.textContent).toContain('4PX');
  });

  it('switches a host between React and static content', () => {
    const ui = new UiRegistry('');
    const point = { anchor, position: 'append' } as const;
    const shown = () => hostsOf('badge')[0]?.shadowRoot?.querySelector('div')?.textContent;
    ui.render('x', 'badge', point, createElement('b', null, 'react'));
    ui.renderStatic('x', 'badge', point, document.createTextNode('static'));
    expect(shown()).toBe('static');
    ui.render('x', 'badge', point, createElement('b', null, 'react again'));
    expect(shown()).toBe('react again');
    // Inside a batch React lets go of its content only when the batch ends.
    ui.batch(() => ui.renderStatic('x', 'badge', point, document.createTextNode('batched')));
    expect(shown()).toBe('batched');
    expect(hostsOf('badge')).toHaveLength(1);
  });

  it('keeps keys typed in our UI away from the console', () => {
    const ui = new UiRegistry('');
    const host = ui.render('panel', 'panel', { anchor, position: 'after' }, null);
    let heard = 0;
    document.addEventListener('keydown', () => (heard += 1));
    host.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'j' }));
    expect(heard).toBe(0);
  });
});

describe('isOwnMutation', () => {
  it('recognises mutations that only add or remove our hosts', async () => {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(document.body, { childList: true, subtree: true });
    document.body.append(document.createElement('shiplens-badge'));
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(records.map(isOwnMutation)).toEqual([true, false]);
  });
});
