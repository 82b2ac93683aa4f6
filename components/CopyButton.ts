import type { Translate } from '../utils/translate';

interface CopyButtonProps {
  number: string;
  /** The carrier recognised from the number itself. */
  carrier: string;
  /** Whether the carrier's check digit was verified (else recognised by pattern only). */
  verified: boolean;
  t: Translate;
  onCopy: (text: string) => Promise<void>;
}

/** How long "copied" (or "copy failed") stays before the button reads "copy" again. */
const CONFIRMATION_MS = 2000;

/**
 * A small keyboard-reachable button that copies one tracking number. Plain DOM with one
 * listener rather than a React portal: a page can show thousands of tracking numbers, and
 * React wires its whole event system into every portal (UiRegistry.renderStatic). The number
 * and carrier go in as text, never as markup.
 */
export function copyButton(
  doc: Document,
  { number, carrier, verified, t, onCopy }: CopyButtonProps,
): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset['shiplens'] = 'copy-tracking';
  button.dataset['tracking'] = number;
  button.dataset['carrier'] = carrier;
  button.dataset['verified'] = String(verified);
  const label = t('copyTrackingLabel', { number, carrier });
  button.setAttribute('aria-label', label);
  button.title = label;
  const state = doc.createElement('span');
  const carrierText = doc.createElement('span');
  carrierText.className = 'carrier';
  carrierText.textContent = ` ${carrier}`;
  button.append(state, carrierText);
  let reset: number | undefined;
  const show = (kind: 'idle' | 'copied' | 'failed') => {
    button.className = `copy copy-${kind}`;
    state.textContent =
      kind === 'copied' ? `✓ ${t('copied')}` : kind === 'failed' ? t('copyFailed') : t('copy');
  };
  show('idle');
  button.addEventListener('click', () => {
    window.clearTimeout(reset);
    onCopy(number).then(
      () => show('copied'),
      () => show('failed'),
    );
    reset = window.setTimeout(() => show('idle'), CONFIRMATION_MS);
  });
  return button;
}
