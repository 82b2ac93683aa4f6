/**
 * Calls `onChange` when the page's address changes without a new document (the consoles are
 * single-page apps). Events only prompt a look at `location.href`: an event a page script
 * dispatches itself cannot make ShipLens believe the page moved (unlike WXT's
 * `wxt:locationchange`, a DOM event named after the extension id that any page can send).
 */
export function watchLocation(signal: AbortSignal, onChange: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  // The Navigation API where the browser has it (Chromium); a 1 s look otherwise (Firefox ESR).
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
    return;
  }
  const timer = setInterval(check, 1000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
