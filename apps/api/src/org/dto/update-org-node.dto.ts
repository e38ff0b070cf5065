import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { UpdateOrgNodeRequest } from '@resultatkedjan/contracts';
import { sv } from '../../common/validation/swedish-message.js';
import { IntField, OptionalNotNull } from '../../common/validation/fields.js';

/** Rename, move (new parentId), reorder, or change a bolag's facts. Key and kind are fixed. */
export class UpdateOrgNodeDto implements UpdateOrgNodeRequest {
  @ApiPropertyOptional({ example: 'Norrskolan F–9' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', description: 'Flytta under en annan enhet' })
  @OptionalNotNull()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ example: 2 })
  @OptionalNotNull()
  @IntField({ min: 0, max: 100_000 })
  sortOrder?: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 100, description: 'Bara bolag; null tar bort värdet' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, sv('Ägarandelen måste vara mellan 0 och 100 procent.'))
  @Max(100, sv('Ägarandelen måste vara mellan 0 och 100 procent.'))
  ownershipShare?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Att främja bostadsförsörjningen i kommunen', description: 'Bara bolag; null tar bort värdet' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  purpose?: string | null;
}
