import { ApiProperty } from '@nestjs/swagger';
import type { NotificationDto, NotificationPage } from '@resultatkedjan/contracts';

export class NotificationResponse implements NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'paminnelse' }) kind!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) recipientUserId!: string | null;
  @ApiProperty({ example: 'omar.hassan@exempelstad.se' }) recipientEmail!: string;
  @ApiProperty({ example: 'Påminnelse: Q1 2026 ska lämnas senast 2026-04-15' }) subject!: string;
  @ApiProperty({ example: 'Rapporten för Norrskolan är inte inlämnad …' }) body!: string;
  @ApiProperty({ enum: ['smtp', 'outbox'], example: 'outbox' }) channel!: string;
  @ApiProperty({ nullable: true, type: String, example: null }) sentAt!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) periodId!: string | null;
  @ApiProperty({ example: '2026-04-08T04:00:00.000Z' }) createdAt!: string;
}

export class NotificationPageResponse implements NotificationPage {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationDto[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 3 }) total!: number;
}
