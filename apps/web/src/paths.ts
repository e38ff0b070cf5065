export const paths = {
  overview: '/',
  login: '/logga-in',
  invitation: '/inbjudan/:token',
  platform: '/plattform',
  goals: '/mal',
  goalNew: '/mal/nytt',
  reports: '/rapporter',
  analysis: '/analys',
  dialogues: '/dialoger',
  calendar: '/uppfoljningskalender',
  jobs: '/jobb',
  systemStatus: '/systemstatus',
  benchmarks: '/jamforelser',
  koladaMapping: '/kolada',
  admin: '/administration',
  audit: '/granskningslogg',
  economy: '/ekonomi',
  exports: '/exporter',
} as const;

/** `/jamforelser/N15428`: one Kolada KPI over the years for the kommun and its comparison set. */
export const benchmarkPath = (kpiId: string) => `${paths.benchmarks}/${encodeURIComponent(kpiId)}`;

/** Links to one goal; ids are UUIDs, encoded anyway. */
export const goalPaths = {
  detail: (id: string) => `${paths.goals}/${encodeURIComponent(id)}`,
  edit: (id: string) => `${paths.goals}/${encodeURIComponent(id)}/redigera`,
  link: (id: string) => `${paths.goals}/${encodeURIComponent(id)}/koppla`,
  chain: (id: string) => `${paths.goals}/${encodeURIComponent(id)}/kedja`,
  analysis: (id: string) => `${paths.goals}/${encodeURIComponent(id)}/analys`,
  chainBuilder: (id: string) => `${paths.goals}/${encodeURIComponent(id)}/kedja/bygg`,
};

/** Links to one dialogue. */
export const dialoguePaths = {
  detail: (id: string) => `/dialoger/${encodeURIComponent(id)}`,
};

/** `/mal?ar=2026`: the year is in the address so deep links and the back button keep it. */
export const YEAR_PARAM = 'ar';
