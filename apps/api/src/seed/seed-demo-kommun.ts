import pg from 'pg';
import { formatDate, type IsoDate } from '@resultatkedjan/domain';
import { hashPassword } from '../auth/password.js';
import { APP_DB_ROLE } from '../platform/database/app-role.js';
import { buildDemoRows, DEMO_TABLES } from './build-rows.js';
import { insertRows } from './insert-rows.js';
import { DEMO_TENANT, DEMO_TENANT_ID } from './tenant.js';
import { DEMO_PASSWORD } from './users.js';

export type SeedResult = 'seeded' | 'already-present';

export interface SeedOptions {
  /** The day the follow-up calendar is set up for (default: today in Europe/Stockholm); tests pin it. */
  today?: IsoDate;
}

/**
 * Seeds the demo kommun Exempelstad (DOMAIN.md 7) unless it is there already. Everything is written in one
 * transaction as the app role under row-level security, so a failed seed leaves nothing behind.
 *
 * The kommun has a fixed id: row-level security hides every kommun except the one set in app.tenant_id (also from a
 * non-superuser owner, since the tables FORCE it), so "is it there?" is asked by id. A kommun that already holds
 * kommunkod 9901 under another id is left alone and reported as present.
 *
 * The follow-up calendar is laid out for the day of the seed, with one units' period kept open (see demoFollowUp),
 * so the demo has reports to work on whenever it is first started.
 */
export async function seedDemoKommun(url: string, options: SeedOptions = {}): Promise<SeedResult> {
  const now = new Date();
  const today = options.today ?? formatDate(now);
  const client = new pg.Client({ connectionString: url, application_name: 'resultatkedjan-seed' });
  await client.connect();
  try {
    if (await demoTenantExists(client)) return 'already-present';
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return await inTenantTransaction(client, async () => {
      const rows = buildDemoRows(DEMO_TENANT_ID, passwordHash, today, now);
      const inserted = await client.query(
        `INSERT INTO tenant (id, name, kommunkod, settings, email_domains) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
        [DEMO_TENANT_ID, DEMO_TENANT.name, DEMO_TENANT.kommunkod, JSON.stringify(DEMO_TENANT.settings), ['exempelstad.se']],
      );
      // Another start-up seeded it meanwhile, or kommunkod 9901 is taken.
      if (inserted.rowCount === 0) return 'already-present';
      for (const table of DEMO_TABLES) if (table !== 'tenant') await insertRows(client, table, rows[table]);
      return 'seeded';
    });
  } finally {
    await client.end();
  }
}

async function demoTenantExists(client: pg.Client): Promise<boolean> {
  return inTenantTransaction(client, async () => {
    const { rowCount } = await client.query('SELECT 1 FROM tenant WHERE id = $1', [DEMO_TENANT_ID]);
    return (rowCount ?? 0) > 0;
  });
}

/** BEGIN; the demo kommun set and the app role active (as every request does); COMMIT or ROLLBACK. */
async function inTenantTransaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [DEMO_TENANT_ID]);
    await client.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
