import { ApiProperty } from '@nestjs/swagger';
import type { SystemInfo } from '@resultatkedjan/contracts';

export class SystemInfoDto implements SystemInfo {
  @ApiProperty({ example: '0.1.0' }) version!: string;
  @ApiProperty({ enum: ['embedded', 'server'], example: 'embedded' }) databaseMode!: 'embedded' | 'server';
  @ApiProperty({ enum: ['postgres', 'redis'], example: 'postgres' }) queueBackend!: 'postgres' | 'redis';
  @ApiProperty({ type: String, nullable: true, example: '2026-04-30T12:05:00.000Z' }) lastHeartbeatAt!: string | null;
}
