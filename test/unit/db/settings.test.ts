/**
 * Two open tabs (two connections to the same database) changing settings at the same time:
 * neither change may be lost.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ShipLensDb } from '../../../utils/db';
import type { Settings } from '../../../utils/settings';

const connections: ShipLensDb[] = [];

function tab(name: string): ShipLensDb {
  const db = new ShipLensDb(name);
  connections.push(db);
  return db;
}

afterEach(async () => {
  for (const db of connections.splice(0)) db.close();
});

function toggle(list: 'disabledChannels' | 'disabledPolicies', id: string) {
  return (current: Settings) => ({ [list]: [...current[list], id] });
}

describe('settings from two tabs', () => {
  it('keeps both of two concurrent changes to different settings', async () => {
    const [a, b] = [tab('two-tabs-fields'), tab('two-tabs-fields')];
    await Promise.all([a.open(), b.open()]);
    await Promise.all([
      a.updateSettings({ currency: 'CNY' }),
      b.updateSettings({ objective: 'fastest' }),
    ]);
    for (const db of [a, b]) {
      expect(await db.readSettings()).toMatchObject({ currency: 'CNY', objective: 'fastest' });
    }
  });

  it('keeps both of two concurrent switches on the same list', async () => {
    const [a, b] = [tab('two-tabs-lists'), tab('two-tabs-lists')];
    await Promise.all([a.open(), b.open()]);
    await Promise.all([
      a.updateSettings(toggle('disabledChannels', 'ems')),
      b.updateSettings(toggle('disabledChannels', 'dhl-express')),
      a.updateSettings({ language: 'zh-CN' }),
    ]);
    const settings = await b.readSettings();
    expect([...settings.disabledChannels].sort()).toEqual(['dhl-express', 'ems']);
    expect(settings.language).toBe('zh-CN');
  });

  it('refuses a change that is not a valid setting, keeping the stored ones', async () => {
    const db = tab('two-tabs-invalid');
    await db.updateSettings({ currency: 'CNY' });
    await expect(db.updateSettings({ currency: 'yuan' })).rejects.toThrow();
    expect((await db.readSettings()).currency).toBe('CNY');
  });
});
