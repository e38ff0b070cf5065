import type { NotificationPage, ReportPage, ReportPeriodOverview, ReportSummary } from '@resultatkedjan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockLoggedIn, renderApp, testUsers } from '../test/render-app';

const period: ReportSummary['period'] = {
  id: 'p-q3', periodKey: '2026-Q3', kind: 'kvartal', coversFrom: '2026-07-01', coversTo: '2026-09-30', deadline: '2026-12-08',
  locksOn: '2026-12-22', status: 'oppen',
};
const report = (over: Partial<ReportSummary>): ReportSummary => ({
  id: 'r-1', orgNode: { id: 'n-norr', key: 'uf.gr.norr', name: 'Norrskolan F–9', kind: 'enhet' }, period, status: 'utkast', version: 1,
  submittedAt: null, decidedAt: null, returnComment: null, updatedAt: '2026-12-01T10:00:00Z', ...over,
});
const page = (items: ReportSummary[]): ReportPage => ({ items, page: 1, pageSize: 50, total: items.length });
const notices: NotificationPage = {
  items: [{
    id: 'n1', kind: 'rapport_atersand', recipientUserId: 'u-omar', recipientEmail: 'omar.hassan@exempelstad.se',
    subject: 'Rapporten för Norrskolan F–9, Q3 2026, har återsänts för komplettering', body: '…', channel: 'outbox', sentAt: null,
    periodId: 'p-q3', createdAt: '2026-12-01T12:00:00Z',
  }],
  page: 1, pageSize: 5, total: 1,
};

describe('Översikt', () => {
  it('shows an enhetschef their own reports to submit with the deadline and the controller\'s comment, and their notices', async () => {
    const fetchMock = mockLoggedIn(testUsers.omar, {
      'GET /api/v1/reports': page([
        report({ status: 'atersand', returnComment: 'Beskriv nettokostnaden.' }),
        report({ id: 'r-2', status: 'inlamnad' }),
      ]),
      'GET /api/v1/notifications': notices,
    });
    renderApp('/');
    const todo = await screen.findByTestId('reports-to-submit');
    const items = within(todo).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(items[0]!).getByRole('link').textContent).toBe('Rapport Q3 2026 – Norrskolan F–9: återsänd, sista dag 2026-12-08');
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe('/rapporter/r-1');
    expect(items[0]!.textContent).toContain('Controllerns kommentar: Beskriv nettokostnaden.');
    expect((await screen.findByTestId('my-notices')).textContent).toContain('har återsänts för komplettering');
    const asked = fetchMock.mock.calls.map(([url]) => String(url));
    expect(asked).toContain('/api/v1/reports?pageSize=50&mine=true');
    expect(asked).toContain('/api/v1/notifications?mine=true&pageSize=5');
  });

  it('shows a controller how many reports wait for review and how many are missing, linked to the filtered list', async () => {
    const overview: ReportPeriodOverview[] = [
      { period, counts: { utkast: 15, inlamnad: 2, godkand: 1, atersand: 1 }, total: 19 },
      { period: { ...period, id: 'p-q2', periodKey: '2026-Q2', status: 'last' }, counts: { utkast: 0, inlamnad: 3, godkand: 16, atersand: 0 }, total: 19 },
    ];
    mockLoggedIn(testUsers.eva, { 'GET /api/v1/reports/overview': overview, 'GET /api/v1/notifications': { ...notices, items: [], total: 0 } });
    renderApp('/');
    const todo = await screen.findByTestId('reports-to-review');
    const links = within(todo).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      '2 rapporter för Q3 2026 väntar på din granskning',
      '16 rapporter för Q3 2026 är inte inlämnade (sista dag 2026-12-08)',
    ]);
    expect(links[0]!.getAttribute('href')).toBe('/rapporter?period=p-q3&status=inlamnad');
    expect(links[1]!.getAttribute('href')).toBe('/rapporter?period=p-q3');
    expect(await screen.findByText('Du har inga notiser.')).toBeTruthy();
  });
});
