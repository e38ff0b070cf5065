import { parsePeriodKey } from './period-key.js';

const MONTH_NAMES = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

/** Swedish display label: '2025', 'Q1 2026', 'T2 2026', 'april 2026', 'Delår 2026', 'Helår 2025'. */
export function formatPeriodLabel(periodKey: string): string {
  const period = parsePeriodKey(periodKey);
  switch (period.kind) {
    case 'ar':
      return String(period.year);
    case 'kvartal':
      return `Q${period.quarter} ${period.year}`;
    case 'tertial':
      return `T${period.tertial} ${period.year}`;
    case 'manad':
      return `${MONTH_NAMES[period.month - 1]} ${period.year}`;
    case 'delar':
      return `Delår ${period.year}`;
    case 'helar':
      return `Helår ${period.year}`;
  }
}
