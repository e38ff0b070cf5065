import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { PageLoader } from './layout/page-loader';
import { sv } from './i18n/sv';
import { paths } from './paths';
import { NotFoundPage } from './pages/not-found-page';
import { RouteErrorPage } from './pages/route-error-page';

/** Route `handle`: the page's name, read by shared pages such as "Kommer snart". */
export interface RouteHandle {
  title: string;
}

const comingSoon = (path: string, title: string): RouteObject => ({
  path,
  handle: { title } satisfies RouteHandle,
  lazy: () => import('./pages/coming-soon-page').then((m) => ({ Component: m.ComingSoonPage })),
});

export const routes: RouteObject[] = [
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
          comingSoon(paths.goals, sv.nav.goals),
          comingSoon(paths.reports, sv.nav.reports),
          comingSoon(paths.analysis, sv.nav.analysis),
          comingSoon(paths.calendar, sv.nav.calendar),
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
];
