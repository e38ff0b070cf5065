import { Module } from '@nestjs/common';
import { IndicatorCareController } from './indicator-care.controller.js';

/** Indicator care: the list for controllers; the reminders run in the follow-up worker (ReviewRemindersService). */
@Module({ controllers: [IndicatorCareController] })
export class IndicatorCareModule {}
