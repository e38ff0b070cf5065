import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import type {
  CreateSavedAnalysisRequest, SavedAnalysisDto as SavedAnalysisContract, SavedAnalysisSettings, UpdateSavedAnalysisRequest,
} from '@resultatkedjan/contracts';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { IntField, OptionalNotNull } from '../../common/validation/fields.js';
import { sv } from '../../common/validation/swedish-message.js';

const ID = '1f2e3d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';

export class SavedAnalysisSettingsDto implements SavedAnalysisSettings {
  @ApiProperty({ type: [String], example: [ID], description: 'Nyckeltal som visas per enhet (högst 10)' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  ratioIds!: string[];

  @ApiProperty({ type: String, nullable: true, example: ID, description: 'Kvalitetsmåttet bredvid: en resultatindikator' })
  @IsOptional()
  @IsUUID()
  qualityIndicatorId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: ID, description: 'Jämförelsegruppen (t.ex. F–9-skolorna), null = alla enheter under ägaren' })
  @IsOptional()
  @IsUUID()
  groupNodeId!: string | null;

  @ApiProperty({ example: 0.1, description: 'Resursförändring i vad-händer-om, 0,1 = +10 %, mellan −0,9 och +2' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-0.9, sv('Resursförändringen måste vara mellan −90 % och +200 %.'))
  @Max(2, sv('Resursförändringen måste vara mellan −90 % och +200 %.'))
  resourceChange!: number;
}

export class CreateSavedAnalysisDto implements CreateSavedAnalysisRequest {
  @ApiProperty({ example: ID })
  @IsUUID()
  goalId!: string;

  @ApiProperty({ example: '2026-Q3', description: 'Perioden analysen gäller (kvartal, tertial, delår eller år)' })
  @IsString()
  @MaxLength(10)
  periodKey!: string;

  @ApiProperty({ example: 'Kostnad per elev mot behörighet, F–9' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: 'Söderskolan har lägst kostnad per elev men också lägst andel behöriga …' })
  @IsString()
  @MaxLength(10_000)
  body!: string;

  @ApiProperty({ type: SavedAnalysisSettingsDto })
  @ValidateNested()
  @Type(() => SavedAnalysisSettingsDto)
  settings!: SavedAnalysisSettingsDto;

  @ApiPropertyOptional({ type: String, nullable: true, example: ID, description: 'Dela med en dialog (samma nämnd, förvaltning eller bolag)' })
  @IsOptional()
  @IsUUID()
  dialogueId?: string | null;
}

export class UpdateSavedAnalysisDto implements UpdateSavedAnalysisRequest {
  @ApiProperty({ example: 1 })
  @IntField({ min: 1 })
  version!: number;

  @ApiPropertyOptional({ example: 'Kostnad per elev mot behörighet' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ example: 'Uppdaterad analys' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(10_000)
  body?: string;

  @ApiPropertyOptional({ type: SavedAnalysisSettingsDto })
  @OptionalNotNull()
  @ValidateNested()
  @Type(() => SavedAnalysisSettingsDto)
  settings?: SavedAnalysisSettingsDto;

  @ApiPropertyOptional({ type: String, nullable: true, example: ID, description: 'null slutar dela' })
  @IsOptional()
  @IsUUID()
  dialogueId?: string | null;
}

export class SavedAnalysisQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  goalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Analyser delade med dialogen' })
  @IsOptional()
  @IsUUID()
  dialogueId?: string;
}

class UserRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Eva Berg' }) displayName!: string;
}

export class SavedAnalysisDto implements SavedAnalysisContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty({ example: 'BUN1' }) goalKey!: string;
  @ApiProperty({ example: 'Alla elever når målen' }) goalTitle!: string;
  @ApiProperty({ example: '2026-Q3' }) periodKey!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: SavedAnalysisSettingsDto }) settings!: SavedAnalysisSettings;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) dialogueId!: string | null;
  @ApiProperty({ type: UserRefDto, nullable: true }) createdBy!: { id: string; displayName: string } | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class SavedAnalysisPageDto {
  @ApiProperty({ type: [SavedAnalysisDto] }) items!: SavedAnalysisDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
