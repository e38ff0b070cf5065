import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action, type PatchPeriodResponse } from '@resultatkedjan/contracts';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { idParam } from '../common/validation/fields.js';
import type { AuthContext } from '../auth/auth-context.js';
import { PeriodDatesService } from './period-dates.service.js';
import { PatchPeriodDto } from './dto/patch-period.dto.js';
import { PatchPeriodResponseDto } from './dto/calendar.response.js';

@ApiTags('uppföljningskalender')
@Controller('periods')
export class PeriodsController {
  constructor(private readonly dates: PeriodDatesService) {}

  @Patch(':id')
  @RequirePermission(Action.calendarWrite)
  @ApiOperation({
    summary: 'Justera en periods datum',
    description: 'Datum på lördag, söndag eller helgdag flyttas till närmaste arbetsdag framåt (eller bakåt med adjust=backward).',
  })
  @ApiOkResponse({ type: PatchPeriodResponseDto })
  @ApiNotFoundResponse({ description: 'Perioden finns inte i kommunen' })
  @ApiConflictResponse({ description: 'Perioden är låst' })
  @ApiUnprocessableEntityResponse({ description: 'Datum i fel ordning, öppnad period, delår utanför ½–⅔ av året' })
  patch(@CurrentAuth() auth: AuthContext, @Param('id', idParam('Perioden')) id: string, @Body() body: PatchPeriodDto): Promise<PatchPeriodResponse> {
    return this.dates.patch(auth, id, body);
  }
}
