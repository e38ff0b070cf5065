import { fc } from '../test-support/fast-check.js';
import { isoWeekday } from '../dates/iso-date.js';
import { easterSunday } from './easter.js';
import { holidaysOf } from './swedish-holidays.js';

// Official dates (easter from the almanac; the rest derived by hand from it and the rules of Lag 1989:253).
const OFFICIAL: Record<number, { easter: string; movable: [string, string, string, string]; midsommar: string; allaHelgon: string }> = {
  2024: { easter: '2024-03-31', movable: ['2024-03-29', '2024-04-01', '2024-05-09', '2024-05-19'], midsommar: '2024-06-22', allaHelgon: '2024-11-02' },
  2025: { easter: '2025-04-20', movable: ['2025-04-18', '2025-04-21', '2025-05-29', '2025-06-08'], midsommar: '2025-06-21', allaHelgon: '2025-11-01' },
  2026: { easter: '2026-04-05', movable: ['2026-04-03', '2026-04-06', '2026-05-14', '2026-05-24'], midsommar: '2026-06-20', allaHelgon: '2026-10-31' },
  2027: { easter: '2027-03-28', movable: ['2027-03-26', '2027-03-29', '2027-05-06', '2027-05-16'], midsommar: '2027-06-26', allaHelgon: '2027-11-06' },
  2028: { easter: '2028-04-16', movable: ['2028-04-14', '2028-04-17', '2028-05-25', '2028-06-04'], midsommar: '2028-06-24', allaHelgon: '2028-11-04' },
  2029: { easter: '2029-04-01', movable: ['2029-03-30', '2029-04-02', '2029-05-10', '2029-05-20'], midsommar: '2029-06-23', allaHelgon: '2029-11-03' },
  2030: { easter: '2030-04-21', movable: ['2030-04-19', '2030-04-22', '2030-05-30', '2030-06-09'], midsommar: '2030-06-22', allaHelgon: '2030-11-02' },
};

const dayBefore = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}-${String(m).padStart(2, '0')}-${String(d - 1).padStart(2, '0')}`;
};

describe('holidaysOf', () => {
  it.each(Object.entries(OFFICIAL))('matches the official calendar for %s', (yearText, official) => {
    const year = Number(yearText);
    expect(easterSunday(year)).toBe(official.easter);
    const [langfredagen, annandagPask, himmelsfard, pingst] = official.movable;
    const byName = Object.fromEntries(holidaysOf(year).map((h) => [h.name, h.date]));
    expect(byName).toEqual({
      'Nyårsdagen': `${year}-01-01`,
      'Trettondedag jul': `${year}-01-06`,
      'Långfredagen': langfredagen,
      'Påskdagen': official.easter,
      'Annandag påsk': annandagPask,
      'Första maj': `${year}-05-01`,
      'Kristi himmelsfärdsdag': himmelsfard,
      'Pingstdagen': pingst,
      'Sveriges nationaldag': `${year}-06-06`,
      'Midsommarafton': dayBefore(official.midsommar),
      'Midsommardagen': official.midsommar,
      'Alla helgons dag': official.allaHelgon,
      'Julafton': `${year}-12-24`,
      'Juldagen': `${year}-12-25`,
      'Annandag jul': `${year}-12-26`,
      'Nyårsafton': `${year}-12-31`,
    });
  });

  it('marks the three eves as afton and the 13 legal holidays as helgdag, in date order', () => {
    const holidays = holidaysOf(2026);
    expect(holidays.filter((h) => h.kind === 'afton').map((h) => h.name)).toEqual(['Midsommarafton', 'Julafton', 'Nyårsafton']);
    expect(holidays.filter((h) => h.kind === 'helgdag')).toHaveLength(13);
    const dates = holidays.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('rejects years outside the Gregorian range of the Easter algorithm', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => holidaysOf(2026.5)).toThrow(RangeError);
  });

  it('property: Easter is a Sunday 22 March–25 April; midsommardagen and alla helgons dag are Saturdays in their windows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(isoWeekday(easter)).toBe(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
        const byName = Object.fromEntries(holidaysOf(year).map((h) => [h.name, h.date]));
        expect(isoWeekday(byName['Midsommardagen']!)).toBe(6);
        expect(byName['Midsommardagen']! >= `${year}-06-20` && byName['Midsommardagen']! <= `${year}-06-26`).toBe(true);
        expect(isoWeekday(byName['Alla helgons dag']!)).toBe(6);
        expect(byName['Alla helgons dag']! >= `${year}-10-31` && byName['Alla helgons dag']! <= `${year}-11-06`).toBe(true);
        expect(isoWeekday(byName['Långfredagen']!)).toBe(5);
        expect(isoWeekday(byName['Kristi himmelsfärdsdag']!)).toBe(4);
      }),
    );
  });
});
