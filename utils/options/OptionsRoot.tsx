/**
 * The options page's controller: reads the database live, hands the sections their data and
 * actions, and reports what failed. The sections themselves are props-only components.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { BackupSection } from '../../components/options/BackupSection';
import { ChannelsSection } from '../../components/options/ChannelsSection';
import { ComplianceSection } from '../../components/options/ComplianceSection';
import { firstLegView } from '../../components/first-leg-view';
import { FirstLegCards } from '../../components/options/FirstLegCards';
import { FirstLegPlanner } from '../../components/options/FirstLegPlanner';
import { FeedsSection } from '../../components/options/FeedsSection';
import { OptionsPage, type OptionsSection } from '../../components/options/OptionsPage';
import { PacksSection } from '../../components/options/PacksSection';
import { PoliciesSection } from '../../components/options/PoliciesSection';
import { RateCardSection } from '../../components/options/RateCardSection';
import { Section } from '../../components/options/Section';
import { SettingsSection } from '../../components/options/SettingsSection';
import { SkuWeightsSection } from '../../components/options/SkuWeightsSection';
import { ledgerCsv } from '../compliance/csv';
import { tallies } from '../compliance/tallies';
import { languageFromLocale, inLanguage, translator } from '../i18n';
import { parseBackup } from '../import/backup';
import { previewSkuWeights } from '../import/sku-weights-csv';
import type { LocalizedText } from '../rules/engine/types';
import {
  createOptionsActions,
  previewFirstLegFor,
  previewFor,
  type OptionsEnv,
  type RateCardTarget,
} from './actions';
import { downloadText } from '../download';
import { firstLegDestinations, planInOptions } from './first-leg-plan';
import { readOptionsData } from './options-data';
import { useLive } from './use-live';

export function OptionsRoot({ env }: { env: OptionsEnv }) {
  const query = useCallback(() => readOptionsData(env.db, env.fallback), [env]);
  const live = useLive(query);
  const actions = useMemo(() => createOptionsActions(env), [env]);
  const [failure, setFailure] = useState<string | LocalizedText[] | null>(null);
  const data = live.state === 'ready' ? live.value : null;
  const language = data?.settings.language ?? languageFromLocale(navigator.language);
  const t = translator(language);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translator(language)('optionsTitle');
  }, [language]);

  const pack = data?.active.pack;
  const shipments = data?.shipments;
  const complianceTallies = useMemo(
    () => (pack && shipments ? tallies(shipments, pack, env.now()) : []),
    [pack, shipments, env],
  );
  const preview = useCallback(
    (text: string, target: RateCardTarget) => previewFor(text, target, pack ?? env.fallback),
    [pack, env.fallback],
  );

  if (live.state === 'loading') return <p className="loading">{t('loading')}</p>;
  if (live.state === 'error' || !data) {
    return <p className="notice error">{live.state === 'error' ? live.error : t('loading')}</p>;
  }

  /** Run an action; what it refuses, or what throws, is shown at the top of the page. */
  function run(action: Promise<unknown>) {
    setFailure(null);
    action.then(
      (result) => {
        if (Array.isArray(result) && result.length > 0) setFailure(result as LocalizedText[]);
      },
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  }

  const { settings, active, stored, skuWeights } = data;
  const today = env.now().toISOString().slice(0, 10);
  const sections: OptionsSection[] = [
    {
      id: 'settings',
      title: t('navSettings'),
      content: (
        <Section id="settings" title={t('navSettings')}>
          <SettingsSection
            settings={settings}
            currencies={[
              active.pack.currencyRates.base,
              ...Object.keys(active.pack.currencyRates.rates),
            ]}
            t={t}
            language={language}
            onChange={(patch) => run(actions.updateSettings(patch))}
            onConsole={(id, on) => run(actions.setSwitch('disabledConsoles', id, on))}
          />
        </Section>
      ),
    },
    {
      id: 'packs',
      title: t('navPacks'),
      content: (
        <Section id="packs" title={t('navPacks')}>
          <PacksSection
            active={active}
            stored={stored}
            t={t}
            language={language}
            onClearLocal={() => run(actions.clearLocal())}
          />
        </Section>
      ),
    },
    {
      id: 'channels',
      title: t('navChannels'),
      content: (
        <Section id="channels" title={t('navChannels')} hint={t('channelsHint')}>
          <ChannelsSection
            channels={active.pack.channels}
            origin={active.origin}
            disabled={settings.disabledChannels}
            t={t}
            language={language}
            onSwitch={(id, on) => run(actions.setSwitch('disabledChannels', id, on))}
            onRevert={(id) => run(actions.revertLocal('channel', id))}
          />
        </Section>
      ),
    },
    {
      id: 'policies',
      title: t('navPolicies'),
      content: (
        <Section id="policies" title={t('navPolicies')} hint={t('policiesHint')}>
          <PoliciesSection
            policies={active.pack.policies}
            origin={active.origin}
            disabled={settings.disabledPolicies}
            t={t}
            language={language}
            onSwitch={(id, on) => run(actions.setSwitch('disabledPolicies', id, on))}
            onRevert={(id) => run(actions.revertLocal('policy', id))}
          />
        </Section>
      ),
    },
    {
      id: 'compliance',
      title: t('complianceNav'),
      content: (
        <Section id="compliance" title={t('complianceNav')} hint={t('complianceHint')}>
          <ComplianceSection
            tallies={complianceTallies}
            ledgerSize={data.shipments.length}
            retentionDays={settings.ledgerRetentionDays}
            t={t}
            language={language}
            onRetention={(days) => run(actions.setLedgerRetention(days))}
            onClear={() => run(actions.clearLedger())}
            onExport={() =>
              downloadText(`shiplens-ledger-${today}.csv`, ledgerCsv(data.shipments), 'text/csv')
            }
          />
        </Section>
      ),
    },
    {
      id: 'first-leg',
      title: t('complianceFirstLegNav'),
      content: (
        <Section
          id="first-leg"
          title={t('complianceFirstLegNav')}
          hint={t('complianceFirstLegHint')}
        >
          <FirstLegPlanner
            destinations={firstLegDestinations(active.pack)}
            today={today}
            t={t}
            plan={(input) => {
              const planned = planInOptions(input, active.pack, settings.currency);
              return planned.ok
                ? { ok: true, view: firstLegView(planned.advice, language, t) }
                : planned;
            }}
          />
          <FirstLegCards
            lines={active.pack.firstLeg?.channels ?? []}
            origin={active.origin}
            t={t}
            language={language}
            sampleHref="/samples/first-leg-sample.csv"
            preview={(text) => previewFirstLegFor(text, active.pack, settings.shipFromCountry)}
            onApply={actions.applyFirstLegCard}
            onRemove={(id) => run(actions.revertLocal('first-leg', id))}
          />
        </Section>
      ),
    },
    {
      id: 'feeds',
      title: t('navFeeds'),
      content: (
        <Section id="feeds" title={t('navFeeds')} hint={t('feedsHint')}>
          <FeedsSection
            feeds={stored.feeds}
            inUse={active.layers}
            t={t}
            language={language}
            onSubscribe={actions.subscribeFeed}
            onUnsubscribe={actions.unsubscribeFeed}
            onUpdate={actions.updateFeeds}
          />
        </Section>
      ),
    },
    {
      id: 'rate-card',
      title: t('navRateCard'),
      content: (
        <Section id="rate-card" title={t('navRateCard')} hint={t('rateCardHint')}>
          <RateCardSection
            channels={active.pack.channels}
            t={t}
            language={language}
            sampleHref="/samples/rate-card-sample.csv"
            preview={preview}
            onApply={(target, card, fileName) =>
              actions.applyRateCard(target, card, fileName, {
                pack: active.pack,
                shipFrom: settings.shipFromCountry,
              })
            }
          />
        </Section>
      ),
    },
    {
      id: 'sku-weights',
      title: t('navSkuWeights'),
      content: (
        <Section id="sku-weights" title={t('navSkuWeights')} hint={t('skuHint')}>
          <SkuWeightsSection
            weights={skuWeights}
            t={t}
            language={language}
            sampleHref="/samples/sku-weights-sample.csv"
            preview={previewSkuWeights}
            onSave={actions.saveSkuWeight}
            onDelete={async (consoleId, sku) => actions.deleteSkuWeight(consoleId, sku)}
            onImport={actions.saveSkuWeights}
          />
        </Section>
      ),
    },
    {
      id: 'backup',
      title: t('navBackup'),
      content: (
        <Section id="backup" title={t('navBackup')} hint={t('backupHint')}>
          <BackupSection
            t={t}
            language={language}
            onExport={async () =>
              downloadText(
                `shiplens-setup-${new Date().toISOString().slice(0, 10)}.json`,
                await actions.exportBackup(),
              )
            }
            parse={parseBackup}
            onRestore={actions.restoreBackup}
          />
        </Section>
      ),
    },
  ];

  const banner = failure && (
    <div className="notice error" role="alert" data-testid="options-failure">
      <strong>{t('notApplied')}</strong>{' '}
      {typeof failure === 'string'
        ? failure
        : failure.map((problem) => inLanguage(problem, language)).join('; ')}
    </div>
  );
  return <OptionsPage t={t} sections={sections} banner={banner} />;
}
