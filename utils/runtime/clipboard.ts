/**
 * Copy text from a click in our UI. The async Clipboard API works from a user gesture on
 * https pages; where it is refused (an unfocused frame, an older browser) a hidden textarea
 * with `execCommand('copy')` still works inside the same gesture.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall through to the legacy path below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('The browser refused to copy');
}
