import { Action } from '@resultatkedjan/contracts';
import { grantsAllow } from '../auth/permissions';
import type { RoleGrant } from '../auth/auth-api';
import { sv } from '../i18n/sv';
import { svCalendar } from '../i18n/sv-calendar';
import { svDialogues } from '../i18n/sv-dialogues';
import { svBenchmarks } from '../i18n/sv-benchmarks';
import { svAdmin } from '../i18n/sv-admin';
import { svEconomy } from '../i18n/sv-economy';
import { svExports } from '../i18n/sv-exports';
import { paths } from '../paths';

export interface NavItem {
  to: string;
  label: string;
  end: boolean;
  /** Shown only to users with a role that may do this; the route is guarded with the same action. */
  requires?: Action;
}

/** The page permissions, shared by the menu and the route guards so they cannot disagree. */
export const pageActions = {
  goals: Action.goalRead,
  goalWrite: Action.goalWrite,
  chainWrite: Action.chainWrite,
  reports: Action.reportRead,
  analysis: Action.valueRead,
  dialogues: Action.dialogueRead,
  calendar: Action.calendarWrite,
  jobs: Action.jobRead,
  koladaMapping: Action.benchmarkManage,
  admin: Action.orgWrite,
  audit: Action.auditRead,
  economy: Action.valueWrite,
  exports: Action.exportRead,
} as const;

export const navItems: NavItem[] = [
  { to: paths.overview, label: sv.nav.overview, end: true },
  { to: paths.goals, label: sv.nav.goals, end: false, requires: pageActions.goals },
  { to: paths.reports, label: sv.nav.reports, end: false, requires: pageActions.reports },
  { to: paths.analysis, label: sv.nav.analysis, end: false, requires: pageActions.analysis },
  { to: paths.dialogues, label: svDialogues.title, end: false, requires: pageActions.dialogues },
  { to: paths.economy, label: svEconomy.nav, end: false, requires: pageActions.economy },
  { to: paths.exports, label: svExports.title, end: false, requires: pageActions.exports },
  { to: paths.koladaMapping, label: svBenchmarks.mappingTitle, end: false, requires: pageActions.koladaMapping },
  { to: paths.calendar, label: sv.nav.calendar, end: false, requires: pageActions.calendar },
  { to: paths.jobs, label: svCalendar.jobsTitle, end: false, requires: pageActions.jobs },
  { to: paths.admin, label: svAdmin.title, end: false, requires: pageActions.admin },
  { to: paths.audit, label: svAdmin.audit.title, end: false, requires: pageActions.audit },
  { to: paths.systemStatus, label: sv.nav.systemStatus, end: false },
];

export function visibleNavItems(grants: readonly RoleGrant[]): NavItem[] {
  return navItems.filter((item) => item.requires === undefined || grantsAllow(grants, item.requires));
}
