import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  ACTION_STATUSES,
  type ActionStatus,
  type AgendaFigure,
  type AgendaItemDto,
  type AgendaNarrative,
  type AgendaReasonDto,
  type CreateDialogueActionRequest,
  type DialogueActionDto,
  type DialogueAgenda,
  type SaveAgendaNoteRequest,
  type UpdateDialogueActionRequest,
} from '@resultatkedjan/contracts';
import { IntField, IsIsoDate, OptionalNotNull } from '../../common/validation/fields.js';

const ID = '1f2e3d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
const REASONS = ['mal_ej_uppfyllt', 'sjunkande_maluppfyllelse', 'saknar_farskt_varde', 'forandring_nyckeltal', 'resurser_upp_resultat_ned', 'oppen_atgard'];

export class SaveAgendaNoteDto implements SaveAgendaNoteRequest {
  @ApiProperty({ example: 'mal_ej_uppfyllt:1f2e3d4c-5b6a-4987-8a6b-5c4d3e2f1a0b:-:-:-:-', description: 'Punktens nyckel från dagordningen' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  itemKey!: string;

  @ApiProperty({ example: 'Nämnden vill se en analys av orsakerna till nästa dialog.', description: 'Tom text tar bort anteckningen' })
  @IsString()
  @MaxLength(8000)
  text!: string;
}

export class CreateDialogueActionDto implements CreateDialogueActionRequest {
  @ApiProperty({ example: 'Analysera orsakerna till den sjunkande behörigheten' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: ID, description: 'Ansvarig organisationsenhet (inom dialogens nämnd, förvaltning eller bolag)' })
  @IsUUID()
  ownerNodeId!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: ID, description: 'Ansvarig person' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @ApiProperty({ example: '2027-01-31' })
  @IsIsoDate()
  dueOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: ID })
  @IsOptional()
  @IsUUID()
  goalId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: ID })
  @IsOptional()
  @IsUUID()
  indicatorId?: string | null;
}

export class UpdateDialogueActionDto implements UpdateDialogueActionRequest {
  @ApiProperty({ example: 1 })
  @IntField({ min: 1 })
  version!: number;

  @ApiPropertyOptional({ example: 'Analysera orsakerna' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ example: '2027-02-28' })
  @OptionalNotNull()
  @IsIsoDate()
  dueOn?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: ID })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @ApiPropertyOptional({ enum: ACTION_STATUSES, example: 'stangd' })
  @OptionalNotNull()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus;
}

export class DialogueActionResponse implements DialogueActionDto {
  @ApiProperty({ example: ID }) id!: string;
  @ApiProperty({ example: ID }) dialogueId!: string;
  @ApiProperty({ example: 'Analysdialog BUN 2026-Q3' }) dialogueTitle!: string;
  @ApiProperty({ example: 'Analysera orsakerna' }) title!: string;
  @ApiProperty({ example: ID }) ownerNodeId!: string;
  @ApiProperty({ example: 'Norrskolan' }) ownerNodeName!: string;
  @ApiProperty({ type: String, nullable: true, example: ID }) ownerUserId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Omar Hassan' }) ownerUserName!: string | null;
  @ApiProperty({ example: '2027-01-31' }) dueOn!: string;
  @ApiProperty({ type: String, nullable: true, example: ID }) goalId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: ID }) indicatorId!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES, example: 'oppen' }) status!: ActionStatus;
  @ApiProperty({ type: String, nullable: true, example: null }) closedAt!: string | null;
  @ApiProperty({ example: 1 }) version!: number;
}

class AgendaFigureResponse implements AgendaFigure {
  @ApiProperty({ example: '2026-Q3' }) periodKey!: string;
  @ApiProperty({ type: Number, nullable: true, example: 12.1 }) value!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 450 }) numerator!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 37.2 }) denominator!: number | null;
  @ApiProperty({ example: 'elever per åa' }) unit!: string;
  @ApiProperty({ example: 'st' }) numeratorUnit!: string;
  @ApiProperty({ example: 'åa' }) denominatorUnit!: string;
}

class AgendaNarrativeResponse implements AgendaNarrative {
  @ApiProperty({ example: ID }) orgNodeId!: string;
  @ApiProperty({ example: 'Norrskolan' }) orgNodeName!: string;
  @ApiProperty({ type: Number, nullable: true, example: 2 }) level!: number | null;
  @ApiProperty({ example: 'Delvis uppfyllt' }) label!: string;
  @ApiProperty({ example: 'Text' }) whatHappened!: string;
  @ApiProperty({ example: 'Text' }) why!: string;
  @ApiProperty({ example: 'Text' }) nextSteps!: string;
}

class AgendaItemResponse implements AgendaItemDto {
  @ApiProperty({ example: 'mal_ej_uppfyllt:x:-:-:-:-' }) key!: string;
  @ApiProperty({ enum: REASONS, example: 'mal_ej_uppfyllt' }) reason!: AgendaReasonDto;
  @ApiProperty({ example: 'Mål under målvärdet' }) reasonLabel!: string;
  @ApiProperty({ type: String, nullable: true, example: ID }) goalId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'BUN1 Eleverna är behöriga' }) goalTitle!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) indicatorId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) indicatorName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) ratioId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) ratioName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) orgNodeId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) orgNodeName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) actionId!: string | null;
  @ApiProperty({ type: Boolean, nullable: true, example: null }) improvement!: boolean | null;
  @ApiProperty({ type: AgendaFigureResponse, nullable: true }) current!: AgendaFigureResponse | null;
  @ApiProperty({ type: AgendaFigureResponse, nullable: true }) previous!: AgendaFigureResponse | null;
  @ApiProperty({ type: [AgendaNarrativeResponse] }) narratives!: AgendaNarrativeResponse[];
  @ApiProperty({ example: '' }) note!: string;
}

export class DialogueAgendaResponse implements DialogueAgenda {
  @ApiProperty({ example: ID }) dialogueId!: string;
  @ApiProperty({ example: '2026-Q3' }) periodKey!: string;
  @ApiProperty({ example: '2025-Q3' }) comparedWith!: string;
  @ApiProperty({ enum: ['live', 'snapshot'], example: 'live' }) source!: 'live' | 'snapshot';
  @ApiProperty({ type: [AgendaItemResponse] }) items!: AgendaItemResponse[];
}
