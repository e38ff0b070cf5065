import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { IndicatorTargetDto, ReplaceTargetsRequest } from '@resultatkedjan/contracts';
import { sv } from '../../common/validation/swedish-message.js';

export const MAX_TARGETS = 200;

export class TargetBody implements IndicatorTargetDto {
  @ApiProperty({ example: '2026', description: "'2026', '2026-Q2', '2026-D' …" })
  @IsString()
  @MaxLength(20)
  periodKey!: string;

  @ApiProperty({ example: 88 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  targetValue!: number;
}

export class ReplaceTargetsBody implements ReplaceTargetsRequest {
  @ApiProperty({ type: [TargetBody], example: [{ periodKey: '2025', targetValue: 86 }, { periodKey: '2026', targetValue: 88 }] })
  @IsArray()
  @ArrayMaxSize(MAX_TARGETS, sv(`Högst ${MAX_TARGETS} målvärden per indikator.`))
  @ValidateNested({ each: true })
  @Type(() => TargetBody)
  targets!: TargetBody[];
}
