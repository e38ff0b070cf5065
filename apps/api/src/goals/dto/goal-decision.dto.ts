import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, Min, MinLength } from 'class-validator';
import type { GoalDecisionDto, RecordGoalDecisionRequest } from '@resultatkedjan/contracts';
import { IsIsoDateOnly } from '../../org/iso-date.validator.js';
import { OptionalNotNull } from '../../org/optional.js';

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
  @IsIsoDateOnly()
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
  @IsInt()
  @Min(1)
  version?: number;
}
