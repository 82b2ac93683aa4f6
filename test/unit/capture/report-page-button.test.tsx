// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportPageButton } from '../../../components/ReportPageButton';
import { translator } from '../../../utils/i18n';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

let host: HTMLElement;
let root: Root;
beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const t = translator('en');

async function click(onReport: () => Promise<string>) {
  act(() => root.render(<ReportPageButton t={t} onReport={onReport} />));
  const button = host.querySelector('button');
  expect(button?.textContent).toBe(t('captureReportPage'));
  await act(async () => button?.click());
  return host.querySelector('[data-shiplens="report-page"]');
}

describe('Report this page', () => {
  it('says which file it saved', async () => {
    const box = await click(async () => 'shiplens-ebay-order-detail.html');
    expect(box?.getAttribute('data-status')).toBe('saved');
    expect(box?.querySelector('[role="status"]')?.textContent).toBe(
      t('captureSaved', { file: 'shiplens-ebay-order-detail.html' }),
    );
  });

  it('says why it could not save, and can be tried again', async () => {
    const box = await click(() => Promise.reject(new Error('No answer to "capture-page"')));
    expect(box?.getAttribute('data-status')).toBe('failed');
    expect(box?.querySelector('[role="alert"]')?.textContent).toBe(
      t('captureFailed', { error: 'No answer to "capture-page"' }),
    );
    expect(host.querySelector('button')?.disabled).toBe(false);
  });

  it('is disabled while the page is being saved', async () => {
    let finish: (file: string) => void = () => undefined;
    act(() =>
      root.render(
        <ReportPageButton t={t} onReport={() => new Promise((resolve) => (finish = resolve))} />,
      ),
    );
    await act(async () => host.querySelector('button')?.click());
    expect(host.querySelector('button')?.disabled).toBe(true);
    expect(host.querySelector('button')?.textContent).toBe(t('captureSaving'));
    await act(async () => finish('page.html'));
    expect(host.querySelector('[data-shiplens="report-page"]')?.getAttribute('data-status')).toBe(
      'saved',
    );
  });
});
