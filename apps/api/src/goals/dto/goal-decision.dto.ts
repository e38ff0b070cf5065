import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { GoalDecisionDto, RecordGoalDecisionRequest } from '@resultatkedjan/contracts';
import { IntField, IsIsoDate, OptionalNotNull } from '../../common/validation/fields.js';

export class GoalDecisionResponse implements GoalDecisionDto {
  @ApiProperty({ example: 'Barn- och utbildningsnämnden' }) organ!: string;
  @ApiProperty({ example: '2025-12-10' }) datum!: string;
  @ApiPropertyOptional({ example: '§ 87' }) paragraf?: string;
  @ApiPropertyOptional({ example: 'BUN 2025/412' }) diarienummer?: string;
}

export class RecordGoalDecisionDto implements RecordGoalDecisionRequest {
  @ApiProperty({ example: 'Barn- och utbildningsnämnden', description: 'Beslutande organ' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  organ!: string;

  @ApiProperty({ example: '2025-12-10', description: 'Sammanträdesdag' })
  @IsIsoDate()
  datum!: string;

  @ApiPropertyOptional({ example: '§ 87' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  paragraf?: string;

  @ApiPropertyOptional({ example: 'BUN 2025/412' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  diarienummer?: string;

  @ApiPropertyOptional({ example: 3, description: 'Kontrolleras som vid PATCH om den skickas' })
  @OptionalNotNull()
  @IntField({ min: 1 })
  version?: number;
}
