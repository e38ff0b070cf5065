import { sv } from '../i18n/sv';
import { paths } from '../paths';

export const navItems = [
  { to: paths.overview, label: sv.nav.overview, end: true },
  { to: paths.goals, label: sv.nav.goals, end: false },
  { to: paths.reports, label: sv.nav.reports, end: false },
  { to: paths.analysis, label: sv.nav.analysis, end: false },
  { to: paths.calendar, label: sv.nav.calendar, end: false },
  { to: paths.systemStatus, label: sv.nav.systemStatus, end: false },
];
