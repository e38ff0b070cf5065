import { Worker, createPostgresBackend, setDefaultBackendFactory, type ConnectionOptions, type WorkerOptions } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import type { AppConfig } from '../config/app-config.js';

export interface QueueSettings {
  connection: ConnectionOptions;
  prefix: string;
}

/**
 * Chooses BullMQ's backend for this process: Redis when REDIS_URL is set, otherwise BullMQ's
 * PostgreSQL backend on the app's database. Must run before the Nest app is created, because
 * @nestjs/bullmq constructs Queue and Worker without a factory and so uses the process default.
 */
export function prepareQueueBackend(config: AppConfig): QueueSettings {
  if (config.redisUrl) {
    setDefaultBackendFactory(undefined);
    return { connection: redisConnection(config.redisUrl), prefix: config.queuePrefix };
  }
  setDefaultBackendFactory(createPostgresBackend);
  if (config.databaseMode === 'embedded') BullModule.workerClass = EmbeddedPollingWorker;
  // migrate:false: the schema is created by the owner's migration step, the app role only uses it.
  const connection = { connectionString: config.databaseUrl, migrate: false, max: 4 } as unknown as ConnectionOptions;
  return { connection, prefix: config.queuePrefix };
}

/**
 * PGlite delivers no LISTEN notifications, so an idle worker only notices new jobs when it polls.
 * A short drain delay and a short ceiling on blocking (BullMQ would otherwise sleep until the next
 * delayed job, up to an hour) keep pick-up under a second.
 */
class EmbeddedPollingWorker extends Worker {
  constructor(name: string, processor: ConstructorParameters<typeof Worker>[1], options: WorkerOptions) {
    super(name, processor, { drainDelay: 0.2, ...options });
  }

  override get maximumBlockTimeout(): number {
    return 0.5;
  }
}

function redisConnection(url: string): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
