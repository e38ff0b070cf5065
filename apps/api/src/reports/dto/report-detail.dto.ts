import { ApiProperty } from '@nestjs/swagger';
import {
  CHAIN_LINKS, DIRECTIONS, GOAL_LEVELS, PERIODICITIES, type ChainLink, type Direction, type GoalLevel, type Periodicity, type ReportAssessment,
  type ReportDetail, type ReportGoal, type ReportIndicator, type ReportIndicatorAssessment, type ReportLevel,
} from '@resultatkedjan/contracts';
import { ReportSummaryDto, ReportUserRefDto } from './report-summary.dto.js';
import { DialogueActionResponse } from '../../dialogues/dto/dialogue-agenda.dto.js';

export class ReportLevelDto implements ReportLevel {
  @ApiProperty({ example: 2 }) level!: number;
  @ApiProperty({ example: 'Delvis uppfyllt' }) label!: string;
}

export class ReportIndicatorAssessmentDto extends ReportLevelDto implements ReportIndicatorAssessment {
  @ApiProperty({ type: Number, nullable: true, example: 0.947, description: 'utfall/mål (eller mål/utfall när lägre är bättre)' })
  attainment!: number | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Varför indikatorn inte bedömts, t.ex. saknar_varde' })
  reason!: string | null;
}

/** One indicator row of the form: this period's value with last period's value and the target beside it. */
export class ReportIndicatorDto implements ReportIndicator {
  @ApiProperty({ format: 'uuid' }) indicatorId!: string;
  @ApiProperty({ example: 'SN1.K1' }) key!: string;
  @ApiProperty({ example: 'Utredningar avslutade inom 4 månader' }) name!: string;
  @ApiProperty({ example: 'st' }) unit!: string;
  @ApiProperty({ enum: CHAIN_LINKS, example: 'resultat' }) link!: ChainLink;
  @ApiProperty({ enum: DIRECTIONS, example: 'higher' }) direction!: Direction;
  @ApiProperty({ enum: PERIODICITIES, example: 'kvartal' }) periodicity!: Periodicity;
  @ApiProperty({ description: 'false = bevakningsnyckeltal (följs utan mål)' }) targeted!: boolean;
  @ApiProperty({ description: 'Beräknas från täljare och nämnare; kan inte anges.' }) computed!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Varför värdet inte kan ändras här (ett årsvärde rapporterat i en låst period)' })
  frozenReason!: string | null;
  @ApiProperty({ example: '2026-Q3', description: 'Perioden värdet sparas för' }) periodKey!: string;
  @ApiProperty({ type: Number, nullable: true, example: 99 }) value!: number | null;
  @ApiProperty({ type: String, nullable: true, example: null }) referencePeriodKey!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) comment!: string | null;
  @ApiProperty({ example: '2026-Q2' }) previousPeriodKey!: string;
  @ApiProperty({ type: Number, nullable: true, example: 122 }) previousValue!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 95 }) target!: number | null;
  @ApiProperty({ type: ReportIndicatorAssessmentDto, nullable: true, description: 'null för bevakningsnyckeltal' })
  assessment!: ReportIndicatorAssessmentDto | null;
}

export class ReportAssessmentDto implements ReportAssessment {
  @ApiProperty({ example: 'Andelen utredningar inom fyra månader steg till 90 %.' }) whatHappened!: string;
  @ApiProperty({ example: 'Färre inhyrda konsulter och lägre personalomsättning.' }) why!: string;
  @ApiProperty({ example: 'Vi fortsätter att introducera nyanställda i mindre grupper.' }) nextSteps!: string;
  @ApiProperty({ type: Number, nullable: true, example: 2, description: '0 Ej bedömt … 3 Uppfyllt' }) selfLevel!: number | null;
  @ApiProperty({ example: 'Målvärdet 95 % nåddes inte men trenden är tydligt positiv.' }) selfJustification!: string;
}

export class ReportGoalDto implements ReportGoal {
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty({ example: 'SN1' }) key!: string;
  @ApiProperty({ example: 'Barn och unga får rätt stöd i rätt tid' }) title!: string;
  @ApiProperty({ enum: GOAL_LEVELS, example: 'namndmal' }) level!: GoalLevel;
  @ApiProperty({ format: 'uuid' }) ownerNodeId!: string;
  @ApiProperty({ type: ReportLevelDto, description: 'Produktens förslag: lägsta bedömda indikatornivå' }) suggested!: ReportLevelDto;
  @ApiProperty({ type: ReportAssessmentDto }) assessment!: ReportAssessmentDto;
  @ApiProperty({ type: [ReportIndicatorDto] }) indicators!: ReportIndicatorDto[];
}

export class ReportDetailDto extends ReportSummaryDto implements ReportDetail {
  @ApiProperty({ type: ReportUserRefDto, nullable: true }) submittedBy!: ReportUserRefDto | null;
  @ApiProperty({ type: ReportUserRefDto, nullable: true }) decidedBy!: ReportUserRefDto | null;
  @ApiProperty({ type: String, nullable: true, example: null }) reopenReason!: string | null;
  @ApiProperty({ description: 'Om den inloggade kan spara rapporten just nu' }) editable!: boolean;
  @ApiProperty({ type: [ReportLevelDto], description: 'Kommunens nivåer för måluppfyllelse, bäst först' }) levels!: ReportLevelDto[];
  @ApiProperty({ type: [ReportGoalDto] }) goals!: ReportGoalDto[];
  @ApiProperty({ type: [DialogueActionResponse], description: 'Öppna åtgärder från analysdialoger som enheten ansvarar för' }) openActions!: DialogueActionResponse[];
}
