import { ApiProperty } from '@nestjs/swagger';
import type { JobRunDto, JobRunPage, JobRunStatus } from '@resultatkedjan/contracts';

export class JobRunResponse implements JobRunDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'open:6b1f…' }) jobKey!: string;
  @ApiProperty({ example: 'open' }) jobName!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) periodId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-Q1' }) periodKey!: string | null;
  @ApiProperty({ enum: ['running', 'completed', 'failed'], example: 'completed' }) status!: JobRunStatus;
  @ApiProperty({ example: 1 }) attempts!: number;
  @ApiProperty({ example: '2026-04-01T04:00:00.000Z' }) startedAt!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-04-01T04:00:01.000Z' }) finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) error!: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, example: { today: '2026-04-01', draftsCreated: 14 } })
  result!: Record<string, unknown> | null;
}

export class JobRunPageResponse implements JobRunPage {
  @ApiProperty({ type: [JobRunResponse] }) items!: JobRunDto[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 5 }) total!: number;
}
