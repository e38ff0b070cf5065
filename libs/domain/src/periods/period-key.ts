/**
 * Period keys:
 *   '2025'      år (budget/calendar year)
 *   '2025-Q1'   kvartal, Q1–Q4
 *   '2025-T1'   tertial, cumulative: T1 Jan–Apr, T2 Jan–Aug, T3 Jan–Dec (DOMAIN.md glossary)
 *   '2025-M01'  månad, M01–M12
 *   '2025-D'    delår, Jan–(end month from PeriodOptions, default August)
 *   '2025-H'    helår (the year-end follow-up period; same dates as '2025')
 * Kind identifiers are ASCII; Swedish display names are in PERIOD_KIND_LABELS.
 */
export type PeriodKind = 'ar' | 'kvartal' | 'tertial' | 'manad' | 'delar' | 'helar';

export type Period =
  | { readonly kind: 'ar'; readonly year: number }
  | { readonly kind: 'kvartal'; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'tertial'; readonly year: number; readonly tertial: 1 | 2 | 3 }
  | { readonly kind: 'manad'; readonly year: number; readonly month: number }
  | { readonly kind: 'delar'; readonly year: number }
  | { readonly kind: 'helar'; readonly year: number };

export const PERIOD_KIND_LABELS: Readonly<Record<PeriodKind, string>> = {
  ar: 'år',
  kvartal: 'kvartal',
  tertial: 'tertial',
  manad: 'månad',
  delar: 'delår',
  helar: 'helår',
};

export class PeriodKeyError extends Error {
  constructor(key: string, detail: string) {
    super(`Ogiltig periodnyckel "${key}": ${detail}`);
    this.name = 'PeriodKeyError';
  }
}

const PERIOD_KEY_PATTERN = /^(\d{4})(?:-(?:Q(\d)|T(\d)|M(\d{2})|(D)|(H)))?$/;
const KEY_FORMATS = "förväntade ÅÅÅÅ, ÅÅÅÅ-Q1..Q4, ÅÅÅÅ-T1..T3, ÅÅÅÅ-M01..M12, ÅÅÅÅ-D eller ÅÅÅÅ-H";

export function parsePeriodKey(key: string): Period {
  const match = PERIOD_KEY_PATTERN.exec(key);
  if (match === null) throw new PeriodKeyError(key, KEY_FORMATS);
  const year = Number(match[1]);
  if (year < 1000) throw new PeriodKeyError(key, 'året måste vara 1000–9999');
  const [, , quarter, tertial, month, delar, helar] = match;
  if (quarter !== undefined) {
    const q = Number(quarter);
    if (q < 1 || q > 4) throw new PeriodKeyError(key, 'kvartal måste vara Q1–Q4');
    return { kind: 'kvartal', year, quarter: q as 1 | 2 | 3 | 4 };
  }
  if (tertial !== undefined) {
    const t = Number(tertial);
    if (t < 1 || t > 3) throw new PeriodKeyError(key, 'tertial måste vara T1–T3');
    return { kind: 'tertial', year, tertial: t as 1 | 2 | 3 };
  }
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) throw new PeriodKeyError(key, 'månad måste vara M01–M12');
    return { kind: 'manad', year, month: m };
  }
  if (delar !== undefined) return { kind: 'delar', year };
  if (helar !== undefined) return { kind: 'helar', year };
  return { kind: 'ar', year };
}

export function isPeriodKey(key: string): boolean {
  try {
    parsePeriodKey(key);
    return true;
  } catch {
    return false;
  }
}

export function formatPeriodKey(period: Period): string {
  const year = String(period.year);
  if (!Number.isInteger(period.year) || year.length !== 4) {
    throw new RangeError(`Året måste vara ett fyrsiffrigt heltal, fick ${period.year}`);
  }
  switch (period.kind) {
    case 'ar':
      return year;
    case 'kvartal':
      return checked(`${year}-Q${period.quarter}`);
    case 'tertial':
      return checked(`${year}-T${period.tertial}`);
    case 'manad':
      return checked(`${year}-M${String(period.month).padStart(2, '0')}`);
    case 'delar':
      return `${year}-D`;
    case 'helar':
      return `${year}-H`;
  }
}

function checked(key: string): string {
  parsePeriodKey(key);
  return key;
}
