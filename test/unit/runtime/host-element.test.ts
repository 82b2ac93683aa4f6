// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HostNames } from '../../../utils/runtime/host-element';

let counter = 0;
const names = () => new HostNames(() => `t${(counter += 1)}`);

describe('HostNames: a page cannot pre-empt our element names', () => {
  it('uses the plain shiplens-<kind> name while the page has not defined it', () => {
    const { host, shadow } = names().create(document, 'copy');
    expect(host.localName).toBe('shiplens-copy');
    expect(host.shadowRoot).toBe(shadow);
  });

  it('takes another name when the page defined ours and took its shadow root', () => {
    let constructed = 0;
    customElements.define(
      'shiplens-panel',
      class extends HTMLElement {
        constructor() {
          super();
          constructed += 1;
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
    const registry = names();
    const { host, shadow } = registry.create(document, 'panel');
    expect(constructed).toBe(1); // the page's class ran once, in an element we then dropped
    expect(host.localName).toMatch(/^shiplens-panel-t\d+$/);
    expect(host.shadowRoot).toBe(shadow);
    // Later hosts of that kind go straight to the new name.
    expect(registry.create(document, 'panel').host.localName).toBe(host.localName);
    expect(constructed).toBe(1);
  });

  it('takes another name when the page defined ours even without touching the shadow root', () => {
    customElements.define('shiplens-badge', class extends HTMLElement {});
    const { host } = names().create(document, 'badge');
    expect(host.localName).not.toBe('shiplens-badge');
    expect(host.localName.startsWith('shiplens-badge-')).toBe(true);
  });
});
