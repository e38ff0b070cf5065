import type { TenantSettings } from '../tenancy/tenant.entity.js';

/** Fixed id, so the seed can find the demo kommun under row-level security without knowing anything else. */
export const DEMO_TENANT_ID = '00000000-0000-4000-8000-000000009901';

/** DOMAIN.md 7.1: county codes run 01–25, so 99xx cannot clash with a real kommun. */
export const DEMO_TENANT = {
  name: 'Exempelstad kommun',
  kommunkod: '9901',
  settings: { goalCeiling: 5, indicatorCeiling: 6 } satisfies TenantSettings,
};

/** Inhabitants on 31 Dec with the age groups of DOMAIN.md 7.1. */
export const DEMO_POPULATION = [
  { year: 2025, inhabitants: 45_000, ageGroups: { '0-5': 3150, '6-15': 5400, '16-18': 1620, '19-64': 25_200, '65-79': 6930, '80+': 2700 } },
  { year: 2026, inhabitants: 45_300, ageGroups: { '0-5': 3120, '6-15': 5430, '16-18': 1650, '19-64': 25_300, '65-79': 6970, '80+': 2830 } },
];

/** KF's four-year terms; the 2025 goals belong to the first. */
export const DEMO_MANDATPERIODER = [
  { key: '2022-2026', label: 'Mandatperiod 2022–2026', startsOn: '2022-10-15', endsOn: '2026-10-14' },
  { key: '2026-2030', label: 'Mandatperiod 2026–2030', startsOn: '2026-10-15', endsOn: '2030-10-14' },
];

export const CURRENT_MANDATPERIOD = '2022-2026';
