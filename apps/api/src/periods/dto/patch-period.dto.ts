import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { DeadlineAdjust, PatchPeriodRequest } from '@resultatkedjan/contracts';
import { IsIsoDate } from '../../common/validation/fields.js';

export class PatchPeriodDto implements PatchPeriodRequest {
  @ApiPropertyOptional({ example: '2027-04-01', description: 'Öppnar (bara för planerade perioder)' })
  @IsOptional()
  @IsIsoDate()
  opensOn?: string;

  @ApiPropertyOptional({ example: '2027-04-16', description: 'Enheternas sista dag' })
  @IsOptional()
  @IsIsoDate()
  deadline?: string;

  @ApiPropertyOptional({ example: '2027-04-23', description: 'Sista dag för granskning' })
  @IsOptional()
  @IsIsoDate()
  reviewDeadline?: string;

  @ApiPropertyOptional({ example: '2027-04-30', description: 'Låses (värden fryses och ögonblicksbild tas)' })
  @IsOptional()
  @IsIsoDate()
  locksOn?: string;

  @ApiPropertyOptional({ example: '2027-06-30', description: 'Bara delår: periodens sista dag (minst halva, högst två tredjedelar av året)' })
  @IsOptional()
  @IsIsoDate()
  coversTo?: string;

  @ApiPropertyOptional({ enum: ['forward', 'backward'], default: 'forward', description: 'Datum på en icke-arbetsdag flyttas framåt eller bakåt' })
  @IsOptional()
  @IsIn(['forward', 'backward'])
  adjust?: DeadlineAdjust;
}
