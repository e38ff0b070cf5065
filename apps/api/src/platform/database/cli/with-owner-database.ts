import { parseEnv } from '../../config/app-config.js';
import { startEmbeddedPostgres } from '../../embedded/embedded-postgres.js';

/**
 * Runs `work` against the owner's database: MIGRATION_DATABASE_URL / DATABASE_URL when set,
 * otherwise the embedded database in DATA_DIR (the app must be stopped: one process per folder).
 */
export async function withOwnerDatabase(work: (url: string, queueOnPostgres: boolean) => Promise<void>): Promise<void> {
  const env = parseEnv(process.env);
  const queueOnPostgres = !env.REDIS_URL;
  const serverUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  if (serverUrl) return work(serverUrl, queueOnPostgres);
  const embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR });
  try {
    await work(embedded.url, queueOnPostgres);
  } finally {
    await embedded.stop();
  }
}
