import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { sv } from '../../common/validation/swedish-message.js';
import type { PutTenantPopulationRequest } from '@resultatkedjan/contracts';
import { IsAgeGroups } from './age-groups.validator.js';

export class PutPopulationDto implements PutTenantPopulationRequest {
  @ApiProperty({ example: 45000, minimum: 0 })
  @IsInt()
  @Min(0, sv('Antalet invånare kan inte vara negativt.'))
  @Max(20_000_000)
  inhabitants!: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    example: { '0-5': 3150, '6-15': 5400, '16-18': 1620, '19-64': 25200, '65-79': 6930, '80+': 2700 },
    description: 'Åldersgrupper (får överlappa, t.ex. 0-17 och 6-15); värden är icke-negativa heltal',
  })
  @IsOptional()
  @IsAgeGroups()
  ageGroups?: Record<string, number>;
}
