import { Module } from '@nestjs/common';
import { JobRunsController } from './job-runs.controller.js';
import { QueueBoard } from './queue-board.js';

/** API side of the jobs: the job-run list per kommun and period, and the queue admin view (bull-board). */
@Module({ controllers: [JobRunsController], providers: [QueueBoard] })
export class JobsModule {}
