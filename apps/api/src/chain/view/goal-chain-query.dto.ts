import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { sv, UUID_MESSAGE } from '../../common/validation/swedish-message.js';

export const MAX_CHAIN_PERIODS = 12;
export const MAX_CHAIN_NODES = 50;

/** `a,b` and `?x=a&x=b` both become ['a', 'b']. */
const commaList = Transform(({ value }: { value: unknown }) => {
  const parts = Array.isArray(value) ? value : [value];
  return parts.flatMap((part) => (typeof part === 'string' ? part.split(',') : [part])).map((p) => (typeof p === 'string' ? p.trim() : p)).filter((p) => p !== '');
});

export class GoalChainQueryDto {
  @ApiPropertyOptional({
    type: String,
    example: '2025-Q1,2025-Q2',
    description: 'Kommaseparerade perioder: bas (2025, 2025-Q2, 2025-M03) eller sammansatta (2025-D, 2025-T2, 2025-H). Högst 12.',
  })
  @IsOptional()
  @commaList
  @IsArray()
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  @ArrayMaxSize(MAX_CHAIN_PERIODS, sv(`Högst ${MAX_CHAIN_PERIODS} perioder.`))
  periods?: string[];

  @ApiPropertyOptional({
    type: String,
    example: '5b6f3c1e-2f0a-4c1e-9a57-0d1f6f3b8a10,0f4e2d8c-6b1a-4d9e-8c2f-3a5b7c9d1e2f',
    description: 'Kommaseparerade organisationsenheter (högst 50); standard är målets ägare. Listas i namnordning.',
  })
  @IsOptional()
  @commaList
  @IsArray()
  @IsUUID('all', sv(UUID_MESSAGE, { each: true }))
  @ArrayMaxSize(MAX_CHAIN_NODES, sv(`Högst ${MAX_CHAIN_NODES} organisationsenheter.`))
  orgNodeIds?: string[];

  @ApiPropertyOptional({ example: 2025, description: 'Lägger till året som en period (årsaggregat)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(9999)
  year?: number;
}
