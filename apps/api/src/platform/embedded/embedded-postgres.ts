import { accessSync, constants, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepExchangesWhole } from './whole-exchange-queue.js';

export interface EmbeddedPostgres {
  /** postgres:// URL of the socket server, for TypeORM, pg and BullMQ. */
  url: string;
  /** Folder holding the database files, or 'memory://'. */
  location: string;
  vacuum(): Promise<void>;
  /** Planner statistics only: a fraction of a vacuum's time. */
  analyze(): Promise<void>;
  /**
   * An online, consistent copy of the whole database (PGlite's dumpDataDir: a gzipped tar of the data folder, taken
   * between queries) written to `file`; restore it by unpacking it into an empty `<DATA_DIR>/pglite`.
   */
  backup(file: string): Promise<void>;
  stop(): Promise<void>;
}

export class EmbeddedDatabaseError extends Error {}

export interface EmbeddedPostgresOptions {
  /** Parent folder; the database lives in `<dataDir>/pglite`. Use 'memory://' for a throw-away database. */
  dataDir: string;
  port?: number;
}

/**
 * Runs PGlite (PostgreSQL compiled to WASM) in this process and serves it over the Postgres wire
 * protocol on a loopback port, so the rest of the app uses the ordinary pg driver.
 * Only one process may open a data folder; other processes (API, worker) connect over TCP.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const location = options.dataDir === 'memory://' ? 'memory://' : join(resolve(options.dataDir), 'pglite');
  if (location !== 'memory://') ensureWritableFolder(location);

  let db: PGlite;
  try {
    db = await PGlite.create(location);
  } catch (error) {
    throw new EmbeddedDatabaseError(`Cannot open the embedded database in ${location}: ${(error as Error).message}`);
  }
  // Every socket shares this one session; BullMQ's tables live in schema bullmq and its
  // functions are called unqualified, and PGlite ignores the search_path startup option.
  await db.exec('SET search_path TO public, bullmq');

  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port ?? 0, maxConnections: 200 });
  keepExchangesWhole(server);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw new EmbeddedDatabaseError(`Cannot serve the embedded database on port ${options.port}: ${(error as Error).message}`);
  }
  const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres`;

  let stopped = false;
  return {
    url,
    location,
    vacuum: async () => {
      // PGlite never autovacuums or analyzes: finished queue jobs would grow the folder without bound,
      // and without statistics the planner picks poor plans for the value tables.
      await db.exec('VACUUM ANALYZE');
    },
    analyze: async () => {
      await db.exec('ANALYZE');
    },
    backup: async (file) => {
      const archive = await db.dumpDataDir('gzip');
      mkdirSync(dirname(resolve(file)), { recursive: true });
      // Written beside and renamed, so a reader never sees half a backup.
      writeFileSync(`${file}.partial`, Buffer.from(await archive.arrayBuffer()));
      renameSync(`${file}.partial`, file);
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}

function ensureWritableFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new EmbeddedDatabaseError(`The data folder ${folder} is not writable (${code}); set DATA_DIR to a writable folder`);
  }
}
