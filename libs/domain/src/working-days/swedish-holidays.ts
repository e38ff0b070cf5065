import { addDays, isoWeekday, toIsoDate, type IsoDate } from '../dates/iso-date.js';
import { easterSunday } from './easter.js';

/**
 * `helgdag` = allmän helgdag under Lag (1989:253); `afton` = midsommarafton, julafton, nyårsafton, which are not
 * legal holidays but are days off in the municipal sector (and count as holidays under Lag 1930:173).
 */
export type HolidayKind = 'helgdag' | 'afton';

export interface Holiday {
  readonly date: IsoDate;
  readonly name: string;
  readonly kind: HolidayKind;
}

/** The Saturday within the seven days starting at `month`-`firstDay`. */
function saturdayFrom(year: number, month: number, firstDay: number): IsoDate {
  const first = toIsoDate(year, month, firstDay);
  return addDays(first, (6 - isoWeekday(first) + 7) % 7);
}

/**
 * Swedish public holidays and the three eves for `year`, sorted by date. Current law (nationaldagen a holiday
 * since 2005, midsommardagen and alla helgons dag on Saturdays) is applied to every year.
 * Ordinary Sundays are not listed; påskdagen and pingstdagen are listed although they are always Sundays.
 */
export function holidaysOf(year: number): Holiday[] {
  const easter = easterSunday(year);
  const midsommardagen = saturdayFrom(year, 6, 20);
  const holidays: Holiday[] = [
    { date: toIsoDate(year, 1, 1), name: 'Nyårsdagen', kind: 'helgdag' },
    { date: toIsoDate(year, 1, 6), name: 'Trettondedag jul', kind: 'helgdag' },
    { date: addDays(easter, -2), name: 'Långfredagen', kind: 'helgdag' },
    { date: easter, name: 'Påskdagen', kind: 'helgdag' },
    { date: addDays(easter, 1), name: 'Annandag påsk', kind: 'helgdag' },
    { date: toIsoDate(year, 5, 1), name: 'Första maj', kind: 'helgdag' },
    { date: addDays(easter, 39), name: 'Kristi himmelsfärdsdag', kind: 'helgdag' },
    { date: addDays(easter, 49), name: 'Pingstdagen', kind: 'helgdag' },
    { date: toIsoDate(year, 6, 6), name: 'Sveriges nationaldag', kind: 'helgdag' },
    { date: addDays(midsommardagen, -1), name: 'Midsommarafton', kind: 'afton' },
    { date: midsommardagen, name: 'Midsommardagen', kind: 'helgdag' },
    { date: saturdayFrom(year, 10, 31), name: 'Alla helgons dag', kind: 'helgdag' },
    { date: toIsoDate(year, 12, 24), name: 'Julafton', kind: 'afton' },
    { date: toIsoDate(year, 12, 25), name: 'Juldagen', kind: 'helgdag' },
    { date: toIsoDate(year, 12, 26), name: 'Annandag jul', kind: 'helgdag' },
    { date: toIsoDate(year, 12, 31), name: 'Nyårsafton', kind: 'afton' },
  ];
  // Movable feasts can pass fixed ones (Kristi himmelsfärd 2285-04-30 < 1 maj; pingst after 6 juni), so sort.
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
