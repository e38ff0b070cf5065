import { ApiProperty } from '@nestjs/swagger';
import {
  FOLLOW_UP_KINDS, ORG_NODE_KINDS, PeriodStatus, REPORT_STATUSES, type FollowUpKind, type OrgNodeKind, type ReportNode, type ReportPage,
  type ReportPeriod, type ReportPeriodOverview, type ReportStatus, type ReportSummary, type ReportUserRef,
} from '@resultatkedjan/contracts';

const PERIOD_STATUSES = Object.values(PeriodStatus);

export class ReportNodeDto implements ReportNode {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'uf.gr.norr' }) key!: string;
  @ApiProperty({ example: 'Norrskolan F–9' }) name!: string;
  @ApiProperty({ enum: ORG_NODE_KINDS, example: 'enhet' }) kind!: OrgNodeKind;
}

export class ReportPeriodDto implements ReportPeriod {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-Q3' }) periodKey!: string;
  @ApiProperty({ enum: FOLLOW_UP_KINDS, example: 'kvartal' }) kind!: FollowUpKind;
  @ApiProperty({ example: '2026-07-01' }) coversFrom!: string;
  @ApiProperty({ example: '2026-09-30' }) coversTo!: string;
  @ApiProperty({ example: '2026-10-16', description: 'Enheternas sista dag' }) deadline!: string;
  @ApiProperty({ example: '2026-10-30', description: 'Då värden och rapporter låses' }) locksOn!: string;
  @ApiProperty({ enum: PERIOD_STATUSES, example: 'oppen' }) status!: PeriodStatus;
}

export class ReportUserRefDto implements ReportUserRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Omar Hassan' }) displayName!: string;
}

/** A report as listed: who, which period, where in the workflow. */
export class ReportSummaryDto implements ReportSummary {
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

export class ReportPageDto implements ReportPage {
  @ApiProperty({ type: [ReportSummaryDto] }) items!: ReportSummaryDto[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 12 }) total!: number;
}

class ReportStatusCountsDto implements Record<ReportStatus, number> {
  @ApiProperty({ example: 12 }) utkast!: number;
  @ApiProperty({ example: 3 }) inlamnad!: number;
  @ApiProperty({ example: 1 }) godkand!: number;
  @ApiProperty({ example: 1 }) atersand!: number;
}

export class ReportPeriodOverviewDto implements ReportPeriodOverview {
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  @ApiProperty({ type: ReportStatusCountsDto }) counts!: ReportStatusCountsDto;
  @ApiProperty({ example: 17 }) total!: number;
}
