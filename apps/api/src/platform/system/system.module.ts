import { Module } from '@nestjs/common';
import { SystemController } from './system.controller.js';
import { HeartbeatService } from './heartbeat.service.js';

@Module({ controllers: [SystemController], providers: [HeartbeatService], exports: [HeartbeatService] })
export class SystemModule {}
