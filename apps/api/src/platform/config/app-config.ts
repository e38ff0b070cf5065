import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL');
const redisUrl = z.string().regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL');
const httpUrl = z.string().regex(/^https?:\/\/[^\s]+$/, 'must be an http:// or https:// URL');
const smtpUrl = z.string().regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL');

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
  /** E-mail notifications go out over SMTP when set; otherwise they are only recorded in the outbox. */
  SMTP_URL: smtpUrl.optional(),
  SMTP_FROM: z.string().min(3).default('Resultatkedjan <no-reply@resultatkedjan.invalid>'),
  PUBLIC_URL: httpUrl.optional(),
  /** Cron pattern (Europe/Stockholm) of the follow-up tick; the worker also ticks once at start. */
  SCHEDULER_TICK_PATTERN: z.string().regex(/^\S+( \S+){4,5}$/, 'must be a cron pattern with 5 or 6 fields').default('0 * * * *'),
  /** Whether the worker ticks at all; default off when NODE_ENV=test so tests control the clock. */
  SCHEDULER_ENABLED: bool.optional(),
  /** OpenID Connect single sign-on; off unless the first four are all set. */
  OIDC_ISSUER: httpUrl.optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: httpUrl.optional(),
  OIDC_PROVIDER_NAME: z.string().min(1).max(80).default('Kommunens inloggning'),
  /** Seals secrets kept in the database (each kommun's SSO client secret). Embedded mode keeps one in DATA_DIR when unset. */
  SECRETS_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Where Kolada figures come from: the checked-in fixture (no network) or the live v3 API. */
  KOLADA_MODE: z.enum(['offline', 'online']).default('offline'),
  /** The Kolada API in online mode (a mirror or a test server). */
  KOLADA_BASE_URL: httpUrl.default('https://api.kolada.se/v3'),
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
  smtpUrl?: string;
  smtpFrom: string;
  /** Where users reach the web app (links in e-mails and invitations). */
  publicUrl: string;
  schedulerTickPattern: string;
  schedulerEnabled: boolean;
  /** Single sign-on for the whole installation (env); undefined when not configured. Kommuner may have their own. */
  oidc?: OidcConfig;
  /** Key material for SecretBox; undefined = kept in `${dataDir}/secrets.key` (embedded and development only). */
  secretsKey?: string;
  koladaMode: 'offline' | 'online';
  koladaBaseUrl: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The app's callback as registered at the provider, e.g. https://host/api/v1/auth/oidc/callback. */
  redirectUri: string;
  /** Shown on the login page's SSO button. */
  providerName: string;
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
    const shown = name.includes('URL') || name.includes('SECRET') ? '(value hidden)' : JSON.stringify(got);
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
    smtpUrl: env.SMTP_URL,
    smtpFrom: env.SMTP_FROM,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    schedulerTickPattern: env.SCHEDULER_TICK_PATTERN,
    schedulerEnabled: env.SCHEDULER_ENABLED ?? env.NODE_ENV !== 'test',
    oidc: toOidcConfig(env),
    secretsKey: requireSecretsKeyInProduction(env),
    koladaMode: env.KOLADA_MODE,
    koladaBaseUrl: env.KOLADA_BASE_URL.replace(/\/+$/, ''),
  };
}

/** Several API processes on a real database must seal and open with the same key, so production sets it. */
function requireSecretsKeyInProduction(env: Env): string | undefined {
  if (!env.SECRETS_KEY && env.NODE_ENV === 'production' && env.DATABASE_URL) {
    throw new ConfigError('Invalid configuration: SECRETS_KEY must be set in production with DATABASE_URL (e.g. openssl rand -base64 48)');
  }
  return env.SECRETS_KEY;
}

const OIDC_REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;

/** SSO is on when all four required variables are set, off when none is; anything between is a mistake. */
function toOidcConfig(env: Env): OidcConfig | undefined {
  const missing = OIDC_REQUIRED.filter((name) => env[name] === undefined);
  if (missing.length === OIDC_REQUIRED.length) return undefined;
  if (missing.length > 0) {
    throw new ConfigError(`Invalid configuration: ${OIDC_REQUIRED.join(', ')} must be set together (missing ${missing.join(', ')})`);
  }
  return {
    issuer: env.OIDC_ISSUER!,
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    redirectUri: env.OIDC_REDIRECT_URI!,
    providerName: env.OIDC_PROVIDER_NAME,
  };
}
