import pg from 'pg';
import { hashPassword } from '../auth/password.js';
import { APP_DB_ROLE } from '../platform/database/app-role.js';
import { DEMO_PASSWORD } from './users.js';

/** The demo installation's platform operator (no kommun): the queue board and the platform page. */
export const DEMO_OPERATOR = { id: '00000000-0000-4000-8000-00000000d41f', email: 'drift@resultatkedjan.se', name: 'Plattformsdrift (demo)' };

/** Adds the demo operator unless present; as the app role under the platform tables' row-level security. */
export async function seedDemoOperator(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'resultatkedjan-seed' });
  await client.connect();
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.platform_operator_id', $1, true)`, [DEMO_OPERATOR.id]);
    await client.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
    await client.query(
      `INSERT INTO platform_operator (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [DEMO_OPERATOR.id, DEMO_OPERATOR.email, DEMO_OPERATOR.name, passwordHash],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
