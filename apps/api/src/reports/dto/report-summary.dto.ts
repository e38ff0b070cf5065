import { ApiProperty } from '@nestjs/swagger';
import { ORG_NODE_KINDS, type OrgNodeKind } from '@resultatkedjan/contracts';
import type { FollowUpPeriodStatus } from '../../periods/follow-up-period.entity.js';
import type { ReportStatus } from '../report.entity.js';

export const REPORT_STATUSES: ReportStatus[] = ['utkast', 'inlamnad', 'godkand', 'atersand'];
export const PERIOD_STATUSES: FollowUpPeriodStatus[] = ['planerad', 'oppen', 'last'];

export class ReportNodeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'uf.gr.norr' }) key!: string;
  @ApiProperty({ example: 'Norrskolan F–9' }) name!: string;
  @ApiProperty({ enum: ORG_NODE_KINDS, example: 'enhet' }) kind!: OrgNodeKind;
}

export class ReportPeriodDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-Q3' }) periodKey!: string;
  @ApiProperty({ example: 'kvartal' }) kind!: string;
  @ApiProperty({ example: '2026-07-01' }) coversFrom!: string;
  @ApiProperty({ example: '2026-09-30' }) coversTo!: string;
  @ApiProperty({ enum: PERIOD_STATUSES, example: 'oppen' }) status!: FollowUpPeriodStatus;
}

export class ReportUserRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Omar Hassan' }) displayName!: string;
}

/** A report as listed: who, which period, where in the workflow. */
export class ReportSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ReportNodeDto }) orgNode!: ReportNodeDto;
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  @ApiProperty({ enum: REPORT_STATUSES, example: 'utkast' }) status!: ReportStatus;
  @ApiProperty({ example: 3, description: 'Skicka med vid ändring (optimistisk låsning).' }) version!: number;
  @ApiProperty({ type: String, nullable: true, example: '2026-10-14T09:12:00.000Z' }) submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Analysen av sjukfrånvaron saknas.' }) returnComment!: string | null;
  @ApiProperty({ example: '2026-10-14T09:12:00.000Z' }) updatedAt!: string;
}

export class ReportPageDto {
  @ApiProperty({ type: [ReportSummaryDto] }) items!: ReportSummaryDto[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 12 }) total!: number;
}
