import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, Max, Min } from 'class-validator';
import { FIRST_YEAR, LAST_YEAR } from '../../org/year-range.js';

export class YearChainsQueryDto {
  @ApiProperty({ example: 2026, description: 'Budgetåret; året före visas bredvid' })
  @IsDefined()
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_YEAR + 1)
  @Max(LAST_YEAR)
  year!: number;
}
