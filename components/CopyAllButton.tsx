import { useState } from 'react';
import type { Translate } from '../utils/translate';

interface CopyAllButtonProps {
  /** Deduplicated, in page order. */
  numbers: string[];
  t: Translate;
  onCopy: (text: string) => Promise<void>;
}

/** "Copy all tracking numbers" for the rows shown on a list page, one per line. */
export function CopyAllButton({ numbers, t, onCopy }: CopyAllButtonProps) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy copy-all"
      data-shiplens="copy-all-tracking"
      data-count={numbers.length}
      disabled={numbers.length === 0}
      onClick={() => {
        void onCopy(numbers.join('\n')).then(() => {
          setCopied(true);
          window.setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      {numbers.length === 0
        ? t('copyAllNone')
        : copied
          ? `✓ ${t('copied')}`
          : t('copyAll', { count: numbers.length })}
    </button>
  );
}
