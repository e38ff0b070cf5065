import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CalendarDto,
  CalendarPresetDto,
  FollowUpKind,
  FollowUpPeriodDto,
  PatchPeriodResponse,
  PeriodStatus,
  ReportingKinds,
  ReportingKindsDto,
} from '@resultatkedjan/contracts';

/** OpenAPI shapes of the calendar endpoints (the services return the contracts' interfaces). */
export class PeriodResponse implements FollowUpPeriodDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) calendarId!: string;
  @ApiProperty({ example: '2027-Q1' }) periodKey!: string;
  @ApiProperty({ enum: ['manad', 'kvartal', 'tertial', 'delar', 'helar'], example: 'kvartal' }) kind!: FollowUpKind;
  @ApiProperty({ example: '2027-01-01' }) coversFrom!: string;
  @ApiProperty({ example: '2027-03-31' }) coversTo!: string;
  @ApiProperty({ example: '2027-04-01' }) opensOn!: string;
  @ApiProperty({ example: '2027-04-16', description: 'Enheternas sista dag' }) deadline!: string;
  @ApiProperty({ example: '2027-04-23' }) reviewDeadline!: string;
  @ApiProperty({ example: '2027-04-30' }) locksOn!: string;
  @ApiProperty({ enum: ['planerad', 'oppen', 'last'], example: 'planerad' }) status!: PeriodStatus;
  @ApiProperty({ nullable: true, type: String, example: null }) openedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) lockedAt!: string | null;
}

export class PatchPeriodResponseDto extends PeriodResponse implements PatchPeriodResponse {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { deadline: { requested: '2027-06-25', actual: '2027-06-28' } },
    description: 'Datum som flyttades till en arbetsdag',
  })
  adjusted!: PatchPeriodResponse['adjusted'];
}

export class CalendarPresetResponse implements CalendarPresetDto {
  @ApiProperty({ example: 'kvartal-delar-augusti-helar' }) id!: string;
  @ApiProperty({ example: 'kvartal + delår t.o.m. augusti + helår' }) name!: string;
}

export class CalendarResponse implements CalendarDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'kvartal-delar-augusti-helar' }) presetId!: string | null;
  @ApiProperty({ example: 'kvartal + delår t.o.m. augusti + helår' }) templateName!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) template!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { '2027-Q1': { deadline: '2027-04-14' } } }) overrides!: CalendarDto['overrides'];
  @ApiProperty({ type: [Number], example: [7, 2] }) reminderDays!: number[];
  @ApiProperty({ type: [PeriodResponse] }) periods!: FollowUpPeriodDto[];
  @ApiProperty({ example: '2026-11-23T10:00:00.000Z' }) updatedAt!: string;
}

export class ReportingKindsResponse implements ReportingKindsDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { kf: [], ks: ['delar', 'helar'], namnd: ['delar', 'helar'], bolag: ['kvartal', 'delar', 'helar'], forvaltning: [], verksamhet: [], enhet: ['kvartal', 'helar'] },
  })
  reportingKinds!: ReportingKinds;
}
