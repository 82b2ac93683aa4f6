import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRulesService } from '../../../utils/background/rules-service';
import { ShipLensDb } from '../../../utils/db';
import { emptyLocalEdits, withChannel } from '../../../utils/layers/local-edits';
import { saveLocalEdits } from '../../../utils/layers/save-local';
import { defaultPack } from '../../../utils/rules/pack/bundled-pack';
import { channelOf, teamPack } from '../layers/packs';

const now = new Date('2026-12-05T08:00:00Z');
let db: ShipLensDb;

function service() {
  return createRulesService({ openDb: () => db, now: () => now, uiLanguage: () => 'zh-CN' });
}

beforeEach(() => {
  db = new ShipLensDb(`rules-${Math.random()}`);
});
afterEach(async () => db.delete());

describe('rules service snapshot', () => {
  it('seeds on first use and answers with the bundled pack', async () => {
    const reply = await service().snapshotReply();
    expect(reply.storageError).toBeNull();
    expect(reply.snapshot.pack.channels).toEqual(defaultPack.channels);
    expect(reply.snapshot.settings.language).toBe('zh-CN');
  });

  it('answers with the bundled pack overlaid by feeds and local edits, minus switched-off channels', async () => {
    const rules = service();
    await rules.seed();
    await db.feeds.put({
      url: 'https://rules.example-team.com/pack.json',
      addedAt: now.toISOString(),
      etag: null,
      lastModified: null,
      lastChecked: now.toISOString(),
      lastGood: {
        pack: teamPack(),
        version: '2026.12.01',
        published: '2026-12-01',
        fetchedAt: now.toISOString(),
      },
      lastError: null,
    });
    const mine = { ...channelOf(defaultPack, 'ems'), id: 'local-my-line' };
    await saveLocalEdits(db, (edits) => withChannel(edits, mine, now), defaultPack, now);
    await db.updateSettings({ disabledChannels: ['team-line'] });
    const { snapshot, storageError } = await rules.snapshotReply();
    expect(storageError).toBeNull();
    const ids = snapshot.pack.channels.map((channel) => channel.id);
    expect(ids).toContain('local-my-line');
    expect(ids).not.toContain('team-line');
    expect(snapshot.pack.version).toBe(`${defaultPack.version} + 2026.12.01 + local 2026-12-05`);
  });

  it('says, in the seller’s language, when local edits are left out', async () => {
    const rules = service();
    await rules.seed();
    const misfit = channelOf(defaultPack, 'ems');
    misfit.rateCard = { ...misfit.rateCard, currency: 'NZD' };
    await db.packs.put({
      id: 'local',
      layer: 'local',
      pack: withChannel(emptyLocalEdits(now), misfit, now),
      version: '1',
      savedAt: now.toISOString(),
    });
    const { snapshot, storageError } = await rules.snapshotReply();
    expect(storageError).toMatch(/^本地修改与其他规则不一致/);
    expect(snapshot.pack.channels).toEqual(defaultPack.channels);
  });
});
