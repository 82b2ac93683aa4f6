import { useState } from 'react';
import { isSkuGrams, MAX_SKU_GRAMS } from '../utils/sku-weights';
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
  // The background and the database check the same bound: a page filling this in gets no further.
  const valid = value.trim() !== '' && isSkuGrams(grams);
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
          max={MAX_SKU_GRAMS}
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
