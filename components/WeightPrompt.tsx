import { useState } from 'react';
import type { Translate } from '../utils/translate';

interface WeightPromptProps {
  sku: string;
  t: Translate;
  onSave: (sku: string, grams: number) => Promise<void>;
}

/** Asks once for the weight of one unit of a SKU; the caller remembers it. */
export function WeightPrompt({ sku, t, onSave }: WeightPromptProps) {
  const [value, setValue] = useState('');
  const [saving, setSaving] = useState(false);
  const grams = Number(value);
  const valid = value.trim() !== '' && Number.isFinite(grams) && grams > 0;
  return (
    <form
      className="weight-prompt"
      data-shiplens="weight-prompt"
      data-sku={sku}
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        setSaving(true);
        void onSave(sku, grams).finally(() => setSaving(false));
      }}
    >
      <label>
        {t('weightPrompt', { sku })}{' '}
        <input
          type="number"
          min="1"
          step="1"
          inputMode="numeric"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />{' '}
        {t('grams')}
      </label>{' '}
      <button type="submit" disabled={!valid || saving}>
        {saving ? t('saving') : t('save')}
      </button>
    </form>
  );
}
