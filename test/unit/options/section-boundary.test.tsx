// @vitest-environment happy-dom
/**
 * A section that throws while rendering shows its error in its own card; the other sections
 * and the page stay (React would otherwise unmount the whole page: a blank options page).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { translator } from '../../../utils/i18n';

const t = translator('en');
let root: Root;
let container: HTMLElement;
let crash = true;

function Crashing(): never | string {
  if (crash) throw new Error('130,000 rows are too many for this table');
  return 'recovered';
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  act(() => root.unmount());
  vi.restoreAllMocks();
});

describe('options sections', () => {
  it('keep a crash inside the section it happened in', () => {
    crash = true;
    act(() =>
      root.render(
        <OptionsPage
          t={t}
          sections={[
            { id: 'settings', title: 'Settings', content: <p id="fine">still here</p> },
            { id: 'rate-card', title: 'Rate card', content: <Crashing /> },
          ]}
        />,
      ),
    );
    expect(container.querySelector('#fine')?.textContent).toBe('still here');
    const failed = container.querySelector('[data-section="rate-card"][data-section-failed]');
    expect(failed?.querySelector('h2')?.textContent).toBe('Rate card');
    expect(failed?.querySelector('[role="alert"]')?.textContent).toContain(
      '130,000 rows are too many for this table',
    );

    crash = false;
    const retry = failed?.querySelector('button');
    act(() => retry?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(container.textContent).toContain('recovered');
    expect(container.querySelector('[data-section-failed]')).toBeNull();
  });
});
