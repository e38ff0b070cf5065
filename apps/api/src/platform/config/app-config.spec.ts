import { ConfigError, parseEnv, toAppConfig } from './app-config.js';

describe('configuration', () => {
  it('defaults to the embedded database and the PostgreSQL queue backend', () => {
    const config = toAppConfig(parseEnv({}), 'postgres://postgres:postgres@127.0.0.1:5999/postgres');
    expect(config).toMatchObject({ port: 3000, databaseMode: 'embedded', queueBackend: 'postgres', dataDir: '.data' });
    expect(config.migrationDatabaseUrl).toBe(config.databaseUrl);
  });

  it('uses server mode when DATABASE_URL and REDIS_URL are set', () => {
    const config = toAppConfig(
      parseEnv({ DATABASE_URL: 'postgres://app@db/rk', MIGRATION_DATABASE_URL: 'postgres://owner@db/rk', REDIS_URL: 'redis://cache:6379' }),
    );
    expect(config).toMatchObject({ databaseMode: 'server', queueBackend: 'redis', databaseUrl: 'postgres://app@db/rk', migrationDatabaseUrl: 'postgres://owner@db/rk' });
  });

  it('names the variable in one line when a value is wrong', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(/^Invalid configuration: PORT .*"abc"/);
    expect(() => parseEnv({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL must be a redis/);
  });

  it('hides URLs in error messages since they may carry passwords', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://u:secret@x/db' })).toThrow(/DATABASE_URL .*\(value hidden\)/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://u:secret@x/db' })).not.toThrow(/secret/);
  });
});
