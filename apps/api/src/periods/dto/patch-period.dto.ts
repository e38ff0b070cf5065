import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { DeadlineAdjust, PatchPeriodRequest } from '@resultatkedjan/contracts';
import { IsIsoDay } from './iso-day.validator.js';

export class PatchPeriodDto implements PatchPeriodRequest {
  @ApiPropertyOptional({ example: '2027-04-01', description: 'Öppnar (bara för planerade perioder)' })
  @IsOptional()
  @IsIsoDay()
  opensOn?: string;

  @ApiPropertyOptional({ example: '2027-04-16', description: 'Enheternas sista dag' })
  @IsOptional()
  @IsIsoDay()
  deadline?: string;

  @ApiPropertyOptional({ example: '2027-04-23', description: 'Sista dag för granskning' })
  @IsOptional()
  @IsIsoDay()
  reviewDeadline?: string;

  @ApiPropertyOptional({ example: '2027-04-30', description: 'Låses (värden fryses och ögonblicksbild tas)' })
  @IsOptional()
  @IsIsoDay()
  locksOn?: string;

  @ApiPropertyOptional({ example: '2027-06-30', description: 'Bara delår: periodens sista dag (minst halva, högst två tredjedelar av året)' })
  @IsOptional()
  @IsIsoDay()
  coversTo?: string;

  @ApiPropertyOptional({ enum: ['forward', 'backward'], default: 'forward', description: 'Datum på en icke-arbetsdag flyttas framåt eller bakåt' })
  @IsOptional()
  @IsIn(['forward', 'backward'])
  adjust?: DeadlineAdjust;
}
