import { useState } from 'react';
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

type CopyState = 'idle' | 'copied' | 'failed';

/** A small keyboard-reachable button that copies one tracking number. */
export function CopyButton({ number, carrier, verified, t, onCopy }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  return (
    <button
      type="button"
      className={`copy copy-${state}`}
      data-shiplens="copy-tracking"
      data-tracking={number}
      data-carrier={carrier}
      data-verified={verified}
      aria-label={t('copyTrackingLabel', { number, carrier })}
      title={t('copyTrackingLabel', { number, carrier })}
      onClick={() => {
        onCopy(number).then(
          () => setState('copied'),
          () => setState('failed'),
        );
        window.setTimeout(() => setState('idle'), 2000);
      }}
    >
      {state === 'copied' ? `✓ ${t('copied')}` : state === 'failed' ? t('copyFailed') : t('copy')}
      <span className="carrier"> {carrier}</span>
    </button>
  );
}
