import pg from 'pg';
import { DataSource } from 'typeorm';
import { runMigrations as runBullMqMigrations } from 'bullmq';
import { dataSourceOptions } from './data-source-options.js';
import { APP_DB_ROLE } from './app-role.js';

export interface MigrateOptions {
  /** Owner URL. */
  url: string;
  /** Also create BullMQ's tables (schema bullmq) when the queue runs on PostgreSQL. */
  queueOnPostgres: boolean;
}

/** Runs every pending migration as the table owner, all in one transaction. Returns the names applied. */
export async function migrateDatabase(options: MigrateOptions): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(options.url, 2, 'resultatkedjan-migrate'));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    if (options.queueOnPostgres) await migrateQueueSchema(options.url);
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Reverts the latest migration. */
export async function revertLastMigration(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, 2, 'resultatkedjan-migrate'));
  await dataSource.initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'all' });
  } finally {
    await dataSource.destroy();
  }
}

async function migrateQueueSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await runBullMqMigrations(client, 'bullmq');
    // The app role works the queue tables but does not own them.
    await client.query(`GRANT USAGE ON SCHEMA bullmq TO ${APP_DB_ROLE}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA bullmq TO ${APP_DB_ROLE}`);
    await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA bullmq TO ${APP_DB_ROLE}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA bullmq TO ${APP_DB_ROLE}`);
  } finally {
    await client.end();
  }
}
