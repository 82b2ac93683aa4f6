// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  scriptLifetime,
  type LifetimeSources,
  type ScriptRegistry,
} from '../../../utils/runtime/script-lifetime';

const HINT = 'ext-id:wish.content:wxt:content-script-started';

function sources(registry: ScriptRegistry, extension: { alive: boolean }, name = 'wish') {
  const from: LifetimeSources = {
    name,
    registry,
    extensionAlive: () => extension.alive,
    hint: { target: document, type: HINT },
  };
  return from;
}

/** What a page script can do: dispatch WXT's started event, with any detail it likes. */
function forgeStartedEvent(): void {
  document.dispatchEvent(
    new CustomEvent(HINT, { detail: { contentScriptName: 'wish.content', messageId: 'page' } }),
  );
  window.postMessage({ type: HINT, contentScriptName: 'wish.content', messageId: 'page' }, '*');
}

describe('scriptLifetime: who may end ShipLens in a frame', () => {
  it('a forged started event ends nothing while the extension is there', () => {
    const extension = { alive: true };
    const lifetime = scriptLifetime(sources({}, extension));
    forgeStartedEvent();
    forgeStartedEvent();
    expect(lifetime.signal.aborted).toBe(false);
    expect(lifetime.alive()).toBe(true);
  });

  it('a newer script of the same name ends the older one; another name is untouched', () => {
    const registry: ScriptRegistry = {};
    const extension = { alive: true };
    const older = scriptLifetime(sources(registry, extension));
    const other = scriptLifetime(sources(registry, extension, 'ebay'));
    const newer = scriptLifetime(sources(registry, extension));
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
    expect(other.signal.aborted).toBe(false);
    // The older one's end does not unregister the newer one: a third still ends the second.
    const third = scriptLifetime(sources(registry, extension));
    expect(newer.signal.aborted).toBe(true);
    expect(third.alive()).toBe(true);
  });

  it('an orphaned script (extension reloaded) ends at the started hint, or at its next check', () => {
    const extension = { alive: true };
    const hinted = scriptLifetime(sources({}, extension));
    const checked = scriptLifetime(sources({}, extension, 'amazon'));
    extension.alive = false;
    expect(hinted.signal.aborted).toBe(false); // nothing has looked yet
    expect(checked.alive()).toBe(false);
    expect(checked.signal.aborted).toBe(true);
    expect(hinted.signal.aborted).toBe(false);
    forgeStartedEvent();
    expect(hinted.signal.aborted).toBe(true);
  });
});
