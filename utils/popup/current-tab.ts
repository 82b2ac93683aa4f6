/**
 * The tab the popup reports on, and what that tab's content script says about it. In the
 * toolbar popup this is the active tab of the window. When popup.html is open as a tab of
 * its own (pinned for a team screen, or in the end-to-end tests) that tab is the active one,
 * so the popup reports on the tab used just before it in its window instead. No "tabs"
 * permission is needed: only ids and access times are read, and the content script answers.
 */
import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';
import { send, type PageState } from '../messaging';
import { downloadText } from '../download';

export type TabView = { kind: 'console'; state: PageState } | { kind: 'not-console' };

export async function chooseTab(): Promise<Tabs.Tab | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const others = (await browser.tabs.query({ windowId: self.windowId })).filter(
    (tab) => tab.id !== self.id,
  );
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/** A tab without our content script (not a console page) does not answer: say so plainly. */
export async function readTab(tabId: number | undefined): Promise<TabView> {
  if (tabId === undefined) return { kind: 'not-console' };
  try {
    const state = await send({ type: 'get-page-state' }, tabId);
    return state ? { kind: 'console', state } : { kind: 'not-console' };
  } catch {
    return { kind: 'not-console' };
  }
}

/**
 * "Report this page": the tab's content script scrubs its page and hands it over; the popup
 * saves it as a download. Resolves with the file's name.
 */
export async function reportPage(tabId: number | undefined): Promise<string> {
  if (tabId === undefined) throw new Error('No tab to report');
  const captured = await send({ type: 'capture-page' }, tabId);
  downloadText(captured.fileName, captured.html, 'text/html');
  return captured.fileName;
}
