export const paths = {
  overview: '/',
  goals: '/mal',
  reports: '/rapporter',
  analysis: '/analys',
  calendar: '/uppfoljningskalender',
  systemStatus: '/systemstatus',
} as const;
