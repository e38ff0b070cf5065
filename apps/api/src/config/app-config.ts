import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL');
const redisUrl = z.string().regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL');

/** Every environment variable the application reads. The README's configuration table mirrors this. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: postgresUrl.optional(),
  MIGRATION_DATABASE_URL: postgresUrl.optional(),
  REDIS_URL: redisUrl.optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_DB_PORT: port.default(0),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().optional(),
  HEARTBEAT_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  SEED_DEMO: bool.default(true),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9_-]{1,40}$/i, 'letters, digits, - and _ only').default('rk'),
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  /** URL the app connects with; its role should not own the tables. */
  databaseUrl: string;
  /** URL of the table owner, used for migrations. */
  migrationDatabaseUrl: string;
  databaseMode: 'embedded' | 'server';
  redisUrl?: string;
  queueBackend: 'postgres' | 'redis';
  queuePrefix: string;
  dataDir: string;
  embeddedDbPort: number;
  dbPoolSize: number;
  logLevel: Env['LOG_LEVEL'];
  webDistDir?: string;
  heartbeatIntervalMs: number;
  seedDemo: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one line naming the first bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0]);
    const got = cleaned[name];
    const shown = name.includes('URL') ? '(value hidden)' : JSON.stringify(got);
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message} (got ${shown})`);
  }
  return result.data;
}

/**
 * Builds the runtime configuration. `embeddedDatabaseUrl` is the URL of the PGlite socket
 * when the launcher started one (DATABASE_URL unset).
 */
export function toAppConfig(env: Env, embeddedDatabaseUrl?: string): AppConfig {
  const databaseUrl = env.DATABASE_URL ?? embeddedDatabaseUrl;
  if (!databaseUrl) throw new ConfigError('Invalid configuration: DATABASE_URL is not set and no embedded database was started');
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL ?? databaseUrl,
    databaseMode: env.DATABASE_URL ? 'server' : 'embedded',
    redisUrl: env.REDIS_URL,
    queueBackend: env.REDIS_URL ? 'redis' : 'postgres',
    queuePrefix: env.QUEUE_PREFIX,
    dataDir: env.DATA_DIR,
    embeddedDbPort: env.EMBEDDED_DB_PORT,
    dbPoolSize: env.DB_POOL_SIZE,
    logLevel: env.LOG_LEVEL,
    webDistDir: env.WEB_DIST_DIR,
    heartbeatIntervalMs: env.HEARTBEAT_INTERVAL_MS,
    seedDemo: env.SEED_DEMO,
  };
}
