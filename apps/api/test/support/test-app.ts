import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { QueueName } from '@resultatkedjan/contracts';
import { parseEnv, toAppConfig, type AppConfig } from '../../src/platform/config/app-config.js';
import { createApi } from '../../src/app/create-api.js';
import { createWorker } from '../../src/app/create-worker.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  config: AppConfig;
  database: TestDatabase;
  api: NestExpressApplication;
  worker?: INestApplicationContext;
  http: () => ReturnType<typeof request>;
  queue(name: string): Queue;
  close(): Promise<void>;
}

export interface TestAppOptions {
  withWorker?: boolean;
  env?: Record<string, string>;
  /** A PostgreSQL server (superuser URL) to create the test database on, instead of TEST_DATABASE_URL. */
  databaseServerUrl?: string;
  /** A Redis for the queue, instead of TEST_REDIS_URL. */
  redisUrl?: string;
}

/** Boots the real AppModule (and optionally the worker) on a fresh database and queue namespace. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const redisUrl = options.redisUrl ?? process.env.TEST_REDIS_URL;
  const database = await createTestDatabase({ serverUrl: options.databaseServerUrl, queueOnPostgres: !redisUrl });
  const env = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: database.dataDir,
    QUEUE_PREFIX: `rk-test-${randomBytes(4).toString('hex')}`,
    ...(database.mode === 'server' ? { DATABASE_URL: database.appUrl, MIGRATION_DATABASE_URL: database.ownerUrl } : {}),
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    ...options.env,
  });
  const config = toAppConfig(env, database.mode === 'embedded' ? database.appUrl : undefined);
  const api = await createApi(config);
  const worker = options.withWorker ? await createWorker(config) : undefined;
  return {
    config,
    database,
    api,
    worker,
    http: () => request(api.getHttpServer()),
    queue: (name) => api.get<Queue>(getQueueToken(name), { strict: false }),
    close: async () => {
      await worker?.close();
      if (config.queueBackend === 'redis') {
        for (const name of Object.values(QueueName)) await api.get<Queue>(getQueueToken(name), { strict: false }).obliterate({ force: true });
      }
      await api.close();
      await database.drop();
    },
  };
}
