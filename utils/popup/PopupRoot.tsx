/**
 * The popup's controller: the rules from the database (live), and the chosen tab's state
 * from its content script, asked again every second while the popup is open, since the
 * console may still be rendering the order when the popup opens.
 */
import { useCallback, useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { ComplianceAlerts } from '../../components/popup/ComplianceAlerts';
import { PopupView } from '../../components/popup/PopupView';
import { tallies } from '../compliance/tallies';
import type { ShipLensDb } from '../db';
import { languageFromLocale, translator } from '../i18n';
import { useLive } from '../options/use-live';
import type { RulesPack } from '../rules/pack/schema';
import { chooseTab, readTab, reportPage, type TabView } from './current-tab';
import { readPopupData } from './popup-data';

const REFRESH_MS = 1000;

export function PopupRoot({ db, fallback }: { db: ShipLensDb; fallback: RulesPack }) {
  const query = useCallback(() => readPopupData(db, fallback), [db, fallback]);
  const live = useLive(query);
  const [tab, setTab] = useState<TabView | null>(null);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const language =
    live.state === 'ready' ? live.value.settings.language : languageFromLocale(navigator.language);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = async (tabId: number | undefined) => {
      const view = await readTab(tabId);
      if (stopped) return;
      setTab(view);
      timer = setTimeout(() => void refresh(tabId), REFRESH_MS);
    };
    void chooseTab().then((chosen) => {
      setTabId(chosen?.id);
      return refresh(chosen?.id);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const t = translator(language);
  const consoleId = tab?.kind === 'console' ? tab.state.console : undefined;
  if (live.state === 'loading') return <p className="popup muted">{t('loading')}</p>;
  if (live.state === 'error') return <p className="popup notice error">{live.error}</p>;
  return (
    <PopupView
      t={t}
      language={language}
      now={new Date()}
      tab={tab}
      settings={live.value.settings}
      active={live.value.active}
      feedError={live.value.feedError}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      compliance={
        consoleId && (
          <ComplianceAlerts
            tallies={tallies(
              live.value.shipments,
              live.value.active.pack,
              new Date(),
              consoleId,
            ).filter((tally) => tally.belowTarget)}
            t={t}
            language={language}
          />
        )
      }
      onReport={() => reportPage(tabId)}
    />
  );
}
