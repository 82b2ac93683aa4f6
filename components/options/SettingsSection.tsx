import type { Translate } from '../../utils/i18n';
import { consoleIds, type ConsoleId } from '../../utils/order-facts';
import { ISO_3166_ALPHA2 } from '../../utils/parse/iso-3166';
import { languages, objectives, type Language, type Settings } from '../../utils/settings';
import { consoleLabel, countryName, objectiveKeys } from '../extension-pages/labels';

interface SettingsSectionProps {
  settings: Settings;
  /** Currencies the active pack can convert to. */
  currencies: readonly string[];
  t: Translate;
  language: Language;
  onChange(patch: Partial<Settings>): void;
  onConsole(id: ConsoleId, on: boolean): void;
}

/** Each language named in itself, so a seller finds theirs whatever the page shows. */
const languageNames: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Where most of our sellers ship from come first (docs/decisions.md#who-we-build-for). */
const usualOrigins = ['CN', 'HK'];

export function SettingsSection({
  settings,
  currencies,
  t,
  language,
  onChange,
  onConsole,
}: SettingsSectionProps) {
  const collator = new Intl.Collator(language);
  const countries = ISO_3166_ALPHA2.filter((code) => !usualOrigins.includes(code))
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div className="settings-grid">
      <label className="field">
        <span className="field-label">{t('settingLanguage')}</span>
        <select
          name="language"
          value={settings.language}
          onChange={(event) => onChange({ language: event.target.value as Language })}
        >
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageNames[code]}
            </option>
          ))}
        </select>
      </label>

      <label className="field">
        <span className="field-label">{t('settingShipFrom')}</span>
        <select
          name="shipFromCountry"
          value={settings.shipFromCountry}
          onChange={(event) => onChange({ shipFromCountry: event.target.value })}
        >
          {usualOrigins.map((code) => (
            <option key={code} value={code}>
              {countryName(code, language)} ({code})
            </option>
          ))}
          <option disabled>──────────</option>
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </select>
        <span className="field-hint muted small">{t('settingShipFromHint')}</span>
      </label>

      <label className="field">
        <span className="field-label">{t('settingCurrency')}</span>
        <select
          name="currency"
          value={settings.currency}
          onChange={(event) => onChange({ currency: event.target.value })}
        >
          {[...new Set([settings.currency, ...currencies])].sort().map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
        <span className="field-hint muted small">{t('settingCurrencyHint')}</span>
      </label>

      <fieldset className="field wide">
        <legend className="field-label">{t('settingObjective')}</legend>
        <div className="choices">
          {objectives.map((objective) => (
            <label key={objective} className="choice">
              <input
                type="radio"
                name="objective"
                value={objective}
                checked={settings.objective === objective}
                onChange={() => onChange({ objective })}
              />
              <span>
                <strong>{t(objectiveKeys[objective].label)}</strong>
                <span className="muted small"> {t(objectiveKeys[objective].hint)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="field wide">
        <legend className="field-label">{t('settingConsoles')}</legend>
        <div className="choices">
          {consoleIds.map((id) => (
            <label key={id} className="choice">
              <input
                type="checkbox"
                className="switch"
                name={`console-${id}`}
                checked={!settings.disabledConsoles.includes(id)}
                onChange={(event) => onConsole(id, event.target.checked)}
              />
              <span>{consoleLabel(id, t)}</span>
            </label>
          ))}
        </div>
        <span className="field-hint muted small">{t('settingConsolesHint')}</span>
      </fieldset>
    </div>
  );
}
