import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ORG_NODE_KINDS, type CreateOrgNodeRequest, type OrgNodeKind } from '@resultatkedjan/contracts';
import { sv } from '../../common/validation/swedish-message.js';
import { IntField, IsIsoDate, OptionalNotNull } from '../../common/validation/fields.js';

export const ORG_KEY_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

export class CreateOrgNodeDto implements CreateOrgNodeRequest {
  @ApiProperty({ example: 'uf.gr.norr', description: 'Stabil nyckel, unik i kommunen: små bokstäver a–z, siffror, punkt, bindestreck, understreck' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  @Matches(ORG_KEY_PATTERN, sv('Nyckeln får bara innehålla a–z, 0–9, punkt, bindestreck och understreck och börja med en bokstav eller siffra.'))
  key!: string;

  @ApiProperty({ example: 'Norrskolan F–9' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ORG_NODE_KINDS, example: 'enhet' })
  @IsIn(ORG_NODE_KINDS)
  kind!: OrgNodeKind;

  @ApiPropertyOptional({ example: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', description: 'Krävs för alla typer utom kf' })
  @OptionalNotNull()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Första dagen enheten finns' })
  @OptionalNotNull()
  @IsIsoDate()
  validFrom?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 100, minimum: 0, maximum: 100, description: 'Bara bolag' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, sv('Ägarandelen måste vara mellan 0 och 100 procent.'))
  @Max(100, sv('Ägarandelen måste vara mellan 0 och 100 procent.'))
  ownershipShare?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Att främja bostadsförsörjningen i kommunen', description: 'Bara bolag' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  purpose?: string | null;

  @ApiPropertyOptional({ example: 0 })
  @OptionalNotNull()
  @IntField({ min: 0, max: 100_000 })
  sortOrder?: number;
}
