import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../platform/config/app-config.js';
import { prepareQueueBackend } from '../platform/queue/queue-settings.js';
import { WorkerModule } from './worker.module.js';

/** Builds the worker application context: processors start consuming once it is initialised. */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  const queue = prepareQueueBackend(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, queue), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  return app;
}
