import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres.js';
import { dataSourceOptions } from './data-source-options.js';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * Applies every migration to a throw-away in-memory database and asks TypeORM what would still
 * differ from the entities. Empty = migrations and entities agree.
 */
export async function schemaDiffAfterMigrations(): Promise<SchemaDiff> {
  const embedded = await startEmbeddedPostgres({ dataDir: 'memory://' });
  const dataSource = new DataSource(dataSourceOptions(embedded.url, 2, 'resultatkedjan-schema-check'));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'all' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded.stop();
  }
}
