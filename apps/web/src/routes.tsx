import type { Action } from '@resultatkedjan/contracts';
import type { RouteObject } from 'react-router';
import { RequireAction } from './auth/require-action';
import { RequireAuth } from './auth/require-auth';
import { AppLayout } from './layout/app-layout';
import { pageActions } from './layout/nav-items';
import { PageLoader } from './layout/page-loader';
import { paths } from './paths';
import { NotFoundPage } from './pages/not-found-page';
import { RouteErrorPage } from './pages/route-error-page';

/** Pages only some roles may use: others see "Du har inte behörighet" at the same address. */
const guarded = (action: Action, children: RouteObject[]): RouteObject => ({
  element: <RequireAction action={action} />,
  children,
});

export const routes: RouteObject[] = [
  {
    path: paths.login,
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: PageLoader,
    lazy: () => import('./pages/login/login-page').then((m) => ({ Component: m.LoginPage })),
  },
  {
    path: paths.invitation,
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: PageLoader,
    lazy: () => import('./pages/invitation/invitation-page').then((m) => ({ Component: m.InvitationPage })),
  },
  {
    // The platform operator signs in here with the platform's own session, apart from any kommun's.
    path: paths.platform,
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: PageLoader,
    lazy: () => import('./pages/platform/platform-page').then((m) => ({ Component: m.PlatformPage })),
  },
  {
    // Everything else needs a logged-in user; RequireAuth sends others to the login page and back afterwards.
    Component: RequireAuth,
    ErrorBoundary: RouteErrorPage,
    children: [
      {
        path: '/',
        Component: AppLayout,
        // Catches errors in the layout itself; page errors are caught below, inside the layout.
        ErrorBoundary: RouteErrorPage,
        children: [
          {
            ErrorBoundary: RouteErrorPage,
            // Shown in the layout's main area while the first page chunk loads.
            HydrateFallback: PageLoader,
            children: [
              { index: true, lazy: () => import('./pages/overview-page').then((m) => ({ Component: m.OverviewPage })) },
              guarded(pageActions.goals, [
                {
                  path: paths.goals,
                  lazy: () => import('./pages/goals/goal-tree-page').then((m) => ({ Component: m.GoalTreePage })),
                },
                guarded(pageActions.goalWrite, [
                  {
                    path: paths.goalNew,
                    lazy: () => import('./pages/goals/goal-form-page').then((m) => ({ Component: m.GoalCreatePage })),
                  },
                  {
                    path: `${paths.goals}/:goalId/redigera`,
                    lazy: () => import('./pages/goals/goal-form-page').then((m) => ({ Component: m.GoalEditPage })),
                  },
                  {
                    path: `${paths.goals}/:goalId/koppla`,
                    lazy: () => import('./pages/goals/goal-link-page').then((m) => ({ Component: m.GoalLinkPage })),
                  },
                ]),
                guarded(pageActions.chainWrite, [
                  {
                    path: `${paths.goals}/:goalId/kedja/bygg`,
                    lazy: () => import('./pages/chain-builder/chain-builder-page').then((m) => ({ Component: m.ChainBuilderPage })),
                  },
                ]),
                {
                  path: `${paths.goals}/:goalId/kedja`,
                  lazy: () => import('./pages/chain/chain-page').then((m) => ({ Component: m.ChainPage })),
                },
                guarded(pageActions.analysis, [
                  {
                    path: `${paths.goals}/:goalId/analys`,
                    lazy: () => import('./pages/analysis/goal-analysis-page').then((m) => ({ Component: m.GoalAnalysisPage })),
                  },
                ]),
                {
                  path: `${paths.goals}/:goalId`,
                  lazy: () => import('./pages/goals/goal-detail-page').then((m) => ({ Component: m.GoalDetailPage })),
                },
              ]),
              guarded(pageActions.reports, [
                {
                  path: paths.reports,
                  lazy: () => import('./pages/reports/reports-list-page').then((m) => ({ Component: m.ReportsListPage })),
                },
                {
                  path: `${paths.reports}/:reportId`,
                  lazy: () => import('./pages/reports/report-page').then((m) => ({ Component: m.ReportPage })),
                },
              ]),
              guarded(pageActions.analysis, [
                {
                  path: paths.analysis,
                  lazy: () => import('./pages/analysis/analysis-page').then((m) => ({ Component: m.AnalysisPage })),
                },
              ]),
              guarded(pageActions.dialogues, [
                {
                  path: paths.dialogues,
                  lazy: () => import('./pages/dialogues/dialogues-page').then((m) => ({ Component: m.DialoguesPage })),
                },
                {
                  path: `${paths.dialogues}/:dialogueId`,
                  lazy: () => import('./pages/dialogues/dialogue-page').then((m) => ({ Component: m.DialoguePage })),
                },
              ]),
              guarded(pageActions.analysis, [
                {
                  path: `${paths.benchmarks}/:kpiId`,
                  lazy: () => import('./pages/benchmarks/benchmark-page').then((m) => ({ Component: m.BenchmarkPage })),
                },
              ]),
              guarded(pageActions.economy, [
                {
                  path: paths.economy,
                  lazy: () => import('./pages/economy/economy-page').then((m) => ({ Component: m.EconomyPage })),
                },
              ]),
              guarded(pageActions.koladaMapping, [
                {
                  path: paths.koladaMapping,
                  lazy: () => import('./pages/benchmarks/kolada-mapping-page').then((m) => ({ Component: m.KoladaMappingPage })),
                },
              ]),
              guarded(pageActions.exports, [
                {
                  path: paths.exports,
                  lazy: () => import('./pages/exports/exports-page').then((m) => ({ Component: m.ExportsPage })),
                },
              ]),
              guarded(pageActions.calendar, [
                {
                  path: paths.calendar,
                  lazy: () => import('./pages/calendar/calendar-page').then((m) => ({ Component: m.CalendarPage })),
                },
              ]),
              guarded(pageActions.jobs, [
                {
                  path: paths.jobs,
                  lazy: () => import('./pages/outbox/jobs-page').then((m) => ({ Component: m.JobsPage })),
                },
              ]),
              guarded(pageActions.admin, [
                {
                  path: paths.admin,
                  lazy: () => import('./pages/admin/admin-page').then((m) => ({ Component: m.AdminPage })),
                },
              ]),
              guarded(pageActions.audit, [
                {
                  path: paths.audit,
                  lazy: () => import('./pages/audit/audit-page').then((m) => ({ Component: m.AuditPage })),
                },
              ]),
              {
                path: paths.systemStatus,
                lazy: () =>
                  import('./pages/system-status/system-status-page').then((m) => ({ Component: m.SystemStatusPage })),
              },
              // Eager: the error boundary renders it too, and it is tiny.
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
  },
];
