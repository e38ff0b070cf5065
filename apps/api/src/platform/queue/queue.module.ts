import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { QueueName } from '@resultatkedjan/contracts';
import type { QueueSettings } from './queue-settings.js';

/** Registers every queue with shared job defaults. Used by the API (to enqueue) and the worker (to process). */
@Module({})
export class QueueModule {
  static forRoot(settings: QueueSettings): DynamicModule {
    const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRoot({
          connection: settings.connection,
          prefix: settings.prefix,
          defaultJobOptions: {
            attempts: 5,
            backoff: { type: 'exponential', delay: 1000 },
            // Bounded history: PGlite never autovacuums, and nobody reads thousands of old jobs.
            removeOnComplete: { count: 1000, age: 7 * 24 * 3600 },
            removeOnFail: { count: 5000, age: 30 * 24 * 3600 },
          },
        }),
        ...queues,
      ],
      exports: queues,
    };
  }
}
