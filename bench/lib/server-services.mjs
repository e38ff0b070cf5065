// The machine's PostgreSQL and Redis for server-mode benchmarks: found at DATABASE_URL / REDIS_URL or the local
// defaults, with a fresh database per run (dropped afterwards) and a fresh queue prefix.
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import pg from 'pg';

function answers(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** { databaseUrl, redis } when a PostgreSQL (superuser or CREATEDB) and a Redis answer, else null. */
export async function serverServices() {
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const db = new URL(databaseUrl);
  const redis = new URL(redisUrl);
  if (!(await answers(db.hostname, Number(db.port || 5432))) || !(await answers(redis.hostname, Number(redis.port || 6379)))) return null;
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows: [role] } = await client.query(`SELECT rolsuper OR rolcreatedb AS ok FROM pg_roles WHERE rolname = current_user`);
    return role?.ok ? { databaseUrl, redis } : null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh database and queue prefix; `drop()` removes the database. */
export async function freshServerDatabase(services) {
  const suffix = randomBytes(4).toString('hex');
  const database = `rk_bench_${suffix}`;
  const admin = new pg.Client({ connectionString: services.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(services.databaseUrl);
  url.pathname = `/${database}`;
  return {
    dbUrl: url.toString(),
    prefix: `rk-bench-${suffix}`,
    env: (prefix) => ({ DATABASE_URL: url.toString(), MIGRATION_DATABASE_URL: url.toString(), REDIS_URL: services.redis.toString(), QUEUE_PREFIX: prefix }),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    },
  };
}
