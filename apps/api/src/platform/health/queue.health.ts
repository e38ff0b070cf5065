import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Queue } from 'bullmq';
import { QueueName } from '@resultatkedjan/contracts';

/** The queue is up when its backend answers a job count within the timeout. */
@Injectable()
export class QueueHealthIndicator {
  constructor(
    @InjectQueue(QueueName.system) private readonly queue: Queue,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key: string, timeoutMs = 3000) {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(this.queue.getJobCounts('waiting', 'active', 'failed'), timeoutMs);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
