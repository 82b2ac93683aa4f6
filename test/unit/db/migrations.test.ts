/**
 * Every schema version has a fixture: a database as that version left it. Each is written
 * with the schema of its version, then opened with the current ShipLensDb, which runs every
 * upgrade since; nothing may be lost. A fixture's `upgraded` says where records moved
 * ("same": the table is unchanged); without it, every table must come through unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ShipLensDb, schemaVersions } from '../../../utils/db';

type Rows = Record<string, unknown[]>;
interface Fixture {
  version: number;
  tables: Rows;
  upgraded?: Record<string, unknown[] | 'same'>;
}

const dir = 'test/fixtures/db';
const fixtures: Fixture[] = readdirSync(dir)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

function expectedAfter(fixture: Fixture): Rows {
  if (!fixture.upgraded) return fixture.tables;
  const expected: Rows = {};
  for (const [table, rows] of Object.entries(fixture.upgraded)) {
    expected[table] = rows === 'same' ? (fixture.tables[table] ?? []) : rows;
  }
  return expected;
}

/** Rows in a fixed order: tables list by key, fixtures as written. */
function byContent(rows: unknown[]): unknown[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The database an older build would have made: Dexie with that build's schema versions. */
async function writeAtVersion(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  for (const { version, stores, upgrade } of schemaVersions.filter(
    (v) => v.version <= fixture.version,
  )) {
    const declared = old.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('database migrations', () => {
  it('has a fixture for every schema version', () => {
    expect(fixtures.map((fixture) => fixture.version)).toEqual(
      schemaVersions.map((v) => v.version),
    );
  });

  it.each(fixtures)('opens a version $version database with every record kept', async (fixture) => {
    const name = `migrate-v${fixture.version}`;
    await writeAtVersion(name, fixture);
    const db = new ShipLensDb(name);
    await db.open();
    expect(db.verno).toBe(schemaVersions.at(-1)?.version);
    const expected = expectedAfter(fixture);
    for (const table of db.tables) {
      const rows = await table.toArray();
      expect(byContent(rows), `table ${table.name}`).toEqual(byContent(expected[table.name] ?? []));
    }
    // And the data still reads through the current code.
    expect((await db.readSettings()).language).toBe(
      (fixture.tables.settings?.[0] as { value: { language: string } } | undefined)?.value.language,
    );
    await db.delete();
  });

  it('opens a version 2 database as version 3 with its records kept and an empty ledger to write to', async () => {
    const v2 = fixtures.find((fixture) => fixture.version === 2);
    if (!v2) throw new Error('no v2 fixture');
    await writeAtVersion('migrate-v2-to-v3', v2);
    const db = new ShipLensDb('migrate-v2-to-v3');
    await db.open();
    for (const [table, rows] of Object.entries(expectedAfter(v2))) {
      expect(byContent(await db.table(table).toArray()), `table ${table}`).toEqual(byContent(rows));
    }
    expect(await db.shipments.count()).toBe(0);
    // Settings written before the retention setting existed read with its default.
    expect((await db.readSettings()).ledgerRetentionDays).toBe(180);
    const v3 = fixtures.find((fixture) => fixture.version === 3);
    const row = v3?.tables.shipments?.[0] as Parameters<typeof db.shipments.put>[0];
    await db.shipments.put(row);
    expect(await db.shipments.get([row.console, row.orderId])).toEqual(row);
    await db.delete();
  });
});
