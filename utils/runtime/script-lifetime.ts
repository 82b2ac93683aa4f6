/**
 * How long this content script is in charge of its frame, decided only from what a page
 * cannot forge (docs/decisions.md#script-lifetime).
 *
 * WXT's `ContentScriptContext` ends itself when a CustomEvent named after the extension id
 * arrives on `document` — its way of stopping an old script when a new one starts. Any page
 * script can dispatch that event (the extension id is public), so ShipLens does not use that
 * context for its lifetime. Instead:
 * - a newer ShipLens script in the same frame ends the older one directly, through a registry
 *   in the content scripts' own global scope (the isolated world in Chromium, the sandbox in
 *   Firefox), which page scripts cannot reach;
 * - a script whose extension was reloaded or removed (Chromium leaves it running, orphaned)
 *   sees that `runtime.id` is gone, and ends;
 * - WXT's started event is still heard, but only as a hint to run that check: forged, it
 *   changes nothing.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ScriptLifetime {
  /** Aborted when this script stops being in charge of the frame. */
  readonly signal: AbortSignal;
  /** Whether the script is still in charge; ends it when its extension is gone. */
  alive(): boolean;
}

/** The end functions of the running scripts of this extension in this frame, by name. */
export type ScriptRegistry = Record<string, (() => void) | undefined>;

export interface LifetimeSources {
  /** The content script's name: one script of a name runs per frame. */
  name: string;
  registry: ScriptRegistry;
  /** False once the extension this script belongs to was reloaded, updated or removed. */
  extensionAlive: () => boolean;
  /** An event that anyone may dispatch, heard only as a reason to check `extensionAlive`. */
  hint: { target: EventTarget; type: string };
}

export function scriptLifetime(sources: LifetimeSources): ScriptLifetime {
  const { name, registry } = sources;
  const controller = new AbortController();
  const end = () => {
    if (registry[name] === end) registry[name] = undefined;
    controller.abort();
  };
  registry[name]?.();
  registry[name] = end;
  const alive = () => {
    if (!controller.signal.aborted && !sources.extensionAlive()) end();
    return !controller.signal.aborted;
  };
  sources.hint.target.addEventListener(sources.hint.type, alive, { signal: controller.signal });
  return { signal: controller.signal, alive };
}

function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * The name of WXT's started event (private in its types; the hint only speeds up the end of an
 * orphaned script, which also ends on its next event or pass).
 */
const startedEvent = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/** This frame's ShipLens script `name` takes over from any older one. */
export function claimFrame(name: string): ScriptLifetime {
  // The content scripts' own global: a page script sees another global object.
  const scope = globalThis as { shipLensScripts?: ScriptRegistry };
  return scriptLifetime({
    name,
    registry: (scope.shipLensScripts ??= Object.create(null) as ScriptRegistry),
    extensionAlive,
    hint: { target: document, type: startedEvent },
  });
}
