import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SystemInfo } from '@resultatkedjan/contracts';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { Public } from '../../common/access/public.decorator.js';
import { HeartbeatService } from './heartbeat.service.js';
import { SystemInfoDto } from './system-info.dto.js';
import { APP_VERSION } from './version.js';

@ApiTags('system')
@Controller('system')
export class SystemController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly heartbeats: HeartbeatService,
  ) {}

  @Get('info')
  @Public()
  @ApiOperation({ summary: 'How this instance runs: database mode, queue backend, last worker heartbeat' })
  @ApiOkResponse({ type: SystemInfoDto })
  async info(): Promise<SystemInfo> {
    const heartbeat = await this.heartbeats.latest('worker');
    return {
      version: APP_VERSION,
      databaseMode: this.config.databaseMode,
      queueBackend: this.config.queueBackend,
      lastHeartbeatAt: heartbeat ? heartbeat.lastRunAt.toISOString() : null,
    };
  }
}
