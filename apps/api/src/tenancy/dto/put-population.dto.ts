import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IntField } from '../../common/validation/fields.js';
import type { PutTenantPopulationRequest } from '@resultatkedjan/contracts';
import { IsAgeGroups, MAX_INHABITANTS } from './age-groups.validator.js';

export class PutPopulationDto implements PutTenantPopulationRequest {
  @ApiProperty({ example: 45000, minimum: 0 })
  @IntField({ min: 0, max: MAX_INHABITANTS, message: { min: 'Antalet invånare kan inte vara negativt.' } })
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
