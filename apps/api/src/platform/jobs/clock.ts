import { Injectable } from '@nestjs/common';
import { formatDate, isIsoDate, type IsoDate } from '@resultatkedjan/domain';

/**
 * "Today" for the follow-up scheduler, as a date in Europe/Stockholm. Injectable so that tests (and a demo
 * walking a year) can pin the day; the tick writes the day into each kommun's job, so a retry after midnight
 * still acts for the day it was planned for.
 */
@Injectable()
export class Clock {
  private pinned: IsoDate | null = null;

  today(): IsoDate {
    return this.pinned ?? formatDate(new Date());
  }

  /** Pins today's date (null follows the real clock again). */
  setToday(day: IsoDate | null): void {
    if (day !== null && !isIsoDate(day)) throw new RangeError(`Ogiltigt datum: ${day}`);
    this.pinned = day;
  }
}
