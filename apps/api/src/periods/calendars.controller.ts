import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action, type CalendarDto, type CalendarPresetDto, type ReportingKindsDto } from '@resultatkedjan/contracts';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import type { AuthContext } from '../auth/auth-context.js';
import { CalendarService } from './calendar.service.js';
import { ReportingKindsService } from './reporting-kinds.service.js';
import { YearParamPipe } from '../common/validation/fields.js';
import { PutCalendarDto } from './dto/put-calendar.dto.js';
import { PutReportingKindsDto } from './dto/reporting-kinds.dto.js';
import { CalendarResponse, CalendarPresetResponse, ReportingKindsResponse } from './dto/calendar.response.js';

@ApiTags('uppföljningskalender')
@Controller('calendars')
export class CalendarsController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly reportingKinds: ReportingKindsService,
  ) {}

  // The fixed paths come before ':year' so that Express does not take them for a year.
  @Get('presets')
  @RequirePermission(Action.tenantRead)
  @ApiOperation({ summary: 'Färdiga kalendermallar att välja bland' })
  @ApiOkResponse({ type: [CalendarPresetResponse] })
  presets(): CalendarPresetDto[] {
    return this.calendars.presets();
  }

  @Get('reporting-kinds')
  @RequirePermission(Action.tenantRead)
  @ApiOperation({ summary: 'Vilka organisationsnodtyper som rapporterar i vilka periodtyper' })
  @ApiOkResponse({ type: ReportingKindsResponse })
  getReportingKinds(@CurrentAuth() auth: AuthContext): Promise<ReportingKindsDto> {
    return this.reportingKinds.get(auth);
  }

  @Put('reporting-kinds')
  @RequirePermission(Action.calendarWrite)
  @ApiOperation({ summary: 'Ändra vilka nodtyper som rapporterar i vilka periodtyper (gäller perioder som öppnar härefter)' })
  @ApiOkResponse({ type: ReportingKindsResponse })
  @ApiUnprocessableEntityResponse({ description: 'Okänd nodtyp eller periodtyp' })
  putReportingKinds(@CurrentAuth() auth: AuthContext, @Body() body: PutReportingKindsDto): Promise<ReportingKindsDto> {
    return this.reportingKinds.put(auth, body.reportingKinds);
  }

  @Get(':year')
  @RequirePermission(Action.tenantRead)
  @ApiOperation({ summary: 'Årets uppföljningskalender: perioder med datum och status' })
  @ApiOkResponse({ type: CalendarResponse })
  get(@CurrentAuth() auth: AuthContext, @Param('year', YearParamPipe) year: number): Promise<CalendarDto> {
    return this.calendars.get(auth, year);
  }

  @Put(':year')
  @RequirePermission(Action.calendarWrite)
  @ApiOperation({
    summary: 'Skapa eller generera om årets kalender från en mall',
    description:
      'Planerade perioder får de nya datumen; öppnade och låsta perioder behålls och deras datum kan inte flyttas (422). ' +
      'Alla datum hamnar på arbetsdagar. Allt sparas i en transaktion.',
  })
  @ApiOkResponse({ type: CalendarResponse })
  @ApiUnprocessableEntityResponse({ description: 'Ogiltig mall, ändring eller flytt av en öppnad period (fält i `fields`)' })
  put(@CurrentAuth() auth: AuthContext, @Param('year', YearParamPipe) year: number, @Body() body: PutCalendarDto): Promise<CalendarDto> {
    return this.calendars.put(auth, year, body);
  }
}
