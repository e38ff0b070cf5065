import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import {
  DIALOGUE_KINDS,
  DIALOGUE_STATUSES,
  type CreateDialogueRequest,
  type DialogueDto,
  type DialogueKind,
  type DialoguePage,
  type DialogueParticipant,
  type DialogueStatus,
  type DialogueStatusRequest,
  type ParticipantInput,
  type PeriodStatus,
  type UpdateDialogueRequest,
} from '@resultatkedjan/contracts';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { IntField, IsIsoDate, OptionalNotNull } from '../../common/validation/fields.js';

const ID = '1f2e3d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';
export const MAX_PARTICIPANTS = 60;

export class ParticipantInputDto implements ParticipantInput {
  @ApiPropertyOptional({ type: String, nullable: true, example: ID, description: 'En användare i kommunen (namnet hämtas)' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @ApiPropertyOptional({ example: 'Anna Ek', description: 'Namn (krävs utan användare)' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Förvaltningschef' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(100)
  role?: string;
}

export class CreateDialogueDto implements CreateDialogueRequest {
  @ApiProperty({ example: ID, description: 'Nämnd, förvaltning eller bolag' })
  @IsUUID()
  orgNodeId!: string;

  @ApiProperty({ example: ID, description: 'En öppen eller låst uppföljningsperiod' })
  @IsUUID()
  periodId!: string;

  @ApiProperty({ example: '2026-11-05', description: 'Mötesdag' })
  @IsIsoDate()
  heldOn!: string;

  @ApiPropertyOptional({ example: 'Analysdialog BUN 2026-Q3' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ type: [ParticipantInputDto] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_PARTICIPANTS)
  @ValidateNested({ each: true })
  @Type(() => ParticipantInputDto)
  participants?: ParticipantInputDto[];
}

export class UpdateDialogueDto implements UpdateDialogueRequest {
  @ApiProperty({ example: 1, description: 'Versionen du läste' })
  @IntField({ min: 1 })
  version!: number;

  @ApiPropertyOptional({ example: '2026-11-05' })
  @OptionalNotNull()
  @IsIsoDate()
  heldOn?: string;

  @ApiPropertyOptional({ example: 'Analysdialog BUN 2026-Q3' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ type: [ParticipantInputDto], description: 'Ersätter hela listan' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_PARTICIPANTS)
  @ValidateNested({ each: true })
  @Type(() => ParticipantInputDto)
  participants?: ParticipantInputDto[];
}

export class DialogueStatusDto implements DialogueStatusRequest {
  @ApiProperty({ example: 1 })
  @IntField({ min: 1 })
  version!: number;

  @ApiProperty({ enum: DIALOGUE_STATUSES, example: 'genomford' })
  @IsIn(DIALOGUE_STATUSES)
  status!: DialogueStatus;
}

export class DialogueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: ID })
  @IsOptional()
  @IsUUID()
  periodId?: string;

  @ApiPropertyOptional({ example: ID })
  @IsOptional()
  @IsUUID()
  orgNodeId?: string;

  @ApiPropertyOptional({ enum: DIALOGUE_STATUSES, example: 'planerad' })
  @IsOptional()
  @IsIn(DIALOGUE_STATUSES)
  status?: DialogueStatus;
}

class ParticipantResponse implements DialogueParticipant {
  @ApiProperty({ type: String, nullable: true, example: ID }) userId!: string | null;
  @ApiProperty({ example: 'Anna Ek' }) name!: string;
  @ApiProperty({ example: 'Förvaltningschef' }) role!: string;
}

export class DialogueResponse implements DialogueDto {
  @ApiProperty({ example: ID }) id!: string;
  @ApiProperty({ enum: DIALOGUE_KINDS, example: 'analysdialog' }) kind!: DialogueKind;
  @ApiProperty({ example: ID }) orgNodeId!: string;
  @ApiProperty({ example: 'Barn- och utbildningsnämnden' }) orgNodeName!: string;
  @ApiProperty({ example: ID }) periodId!: string;
  @ApiProperty({ example: '2026-Q3' }) periodKey!: string;
  @ApiProperty({ example: 'last' }) periodStatus!: PeriodStatus;
  @ApiProperty({ example: 'Analysdialog BUN 2026-Q3' }) title!: string;
  @ApiProperty({ example: '2026-11-05' }) heldOn!: string;
  @ApiProperty({ enum: DIALOGUE_STATUSES, example: 'planerad' }) status!: DialogueStatus;
  @ApiProperty({ type: [ParticipantResponse] }) participants!: ParticipantResponse[];
  @ApiProperty({ type: String, nullable: true, example: ID }) convenerUserId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Eva Berg' }) convenerName!: string | null;
  @ApiProperty({ example: 1, description: 'Skicka med vid ändring' }) version!: number;
}

export class DialoguePageResponse implements DialoguePage {
  @ApiProperty({ type: [DialogueResponse] }) items!: DialogueResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 1 }) total!: number;
}
