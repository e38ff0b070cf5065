import { Module } from '@nestjs/common';
import { HeartbeatService } from './heartbeat.service.js';
import { SystemProcessor } from './heartbeat.processor.js';
import { HeartbeatScheduler } from './heartbeat.scheduler.js';

/** The worker side of the system feature: processor and scheduler, no controllers. */
@Module({ providers: [HeartbeatService, SystemProcessor, HeartbeatScheduler] })
export class SystemWorkerModule {}
