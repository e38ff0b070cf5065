import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../platform/config/app-config.js';
import { prepareQueueBackend } from '../platform/queue/queue-settings.js';
import { AppModule } from './app.module.js';
import { configureHttpApp } from './configure-http-app.js';

/** Builds the fully configured HTTP app (not listening yet). Used by main.ts and the integration tests. */
export async function createApi(config: AppConfig): Promise<NestExpressApplication> {
  const queue = prepareQueueBackend(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, queue), {
    bufferLogs: true,
    abortOnError: false,
  });
  configureHttpApp(app, config);
  await app.init();
  return app;
}
