import { Module } from '@nestjs/common';
import { CalendarsController } from './calendars.controller.js';
import { PeriodsController } from './periods.controller.js';
import { CalendarService } from './calendar.service.js';
import { PeriodDatesService } from './period-dates.service.js';
import { ReportingKindsService } from './reporting-kinds.service.js';

/** API side of the follow-up calendar: set up a year, adjust periods, choose who reports when. */
@Module({
  controllers: [CalendarsController, PeriodsController],
  providers: [CalendarService, PeriodDatesService, ReportingKindsService],
  exports: [CalendarService],
})
export class PeriodsModule {}
