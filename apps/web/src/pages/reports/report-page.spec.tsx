import type { ReportDetail } from '@resultatkedjan/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockLoggedIn, renderApp, testUsers } from '../../test/render-app';

const detail = (over: Partial<ReportDetail> = {}): ReportDetail => ({
  id: 'r-1',
  orgNode: { id: 'node-norr', key: 'uf.gr.norr', name: 'Norrskolan F–9', kind: 'enhet' },
  period: {
    id: 'p-q3', periodKey: '2026-Q3', kind: 'kvartal', coversFrom: '2026-07-01', coversTo: '2026-09-30', deadline: '2026-12-08',
    locksOn: '2026-12-22', status: 'oppen',
  },
  status: 'utkast', version: 2, submittedAt: null, decidedAt: null, returnComment: null, updatedAt: '2026-12-01T10:00:00Z',
  submittedBy: null, decidedBy: null, reopenReason: null, editable: true,
  openActions: [],
  levels: [{ level: 3, label: 'Uppfyllt' }, { level: 2, label: 'Delvis uppfyllt' }, { level: 1, label: 'Ej uppfyllt' }, { level: 0, label: 'Ej bedömt' }],
  goals: [{
    goalId: 'g-bun1', key: 'BUN1', title: 'Fler elever är behöriga till gymnasiets yrkesprogram', level: 'namndmal', ownerNodeId: 'n-bun',
    suggested: { level: 3, label: 'Uppfyllt' },
    assessment: { whatHappened: 'Nästan alla lektioner blev av.', why: '', nextSteps: '', selfLevel: 2, selfJustification: '' },
    indicators: [{
      indicatorId: 'i-a2', key: 'BUN1.A2', name: 'Genomförda lektioner', unit: 'st', link: 'aktivitet', direction: 'higher', periodicity: 'kvartal',
      targeted: false, computed: false, frozenReason: null, periodKey: '2026-Q3', value: 3546, referencePeriodKey: null, comment: null, previousPeriodKey: '2026-Q2',
      previousValue: 5850, target: null, assessment: null,
    }, {
      indicatorId: 'i-p1', key: 'BUN1.P1', name: 'Elever som avslutat årskurs 9', unit: 'st', link: 'prestation', direction: 'neutral', periodicity: 'ar',
      targeted: false, computed: false, frozenReason: 'Värdet rapporterades för Q2 2026, som är låst eller redan inlämnad; det kan inte ändras i den här rapporten.',
      periodKey: '2026-Q2', value: 48, referencePeriodKey: null, comment: null, previousPeriodKey: '2025-Q2', previousValue: 50, target: null, assessment: null,
    }],
  }],
  ...over,
});

describe('the report page', () => {
  it('shows a draft as a form: each value with last period and target beside it, the deadline, save and submit', async () => {
    mockLoggedIn(testUsers.omar, { 'GET /api/v1/reports/r-1': detail() });
    renderApp('/rapporter/r-1');
    const field = await screen.findByRole('textbox', { name: 'Genomförda lektioner (st)' });
    expect((field as HTMLInputElement).value).toBe('3546');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe('Förra perioden (Q2 2026): 5\u00a0850\u00a0st · Målvärde: saknas');
    expect(screen.getByTestId('report-period-dates').textContent).toBe('Sista dag att lämna in: 2026-12-08. Perioden låses 2026-12-22.');
    // A yearly figure reported in a locked period is shown with where it was reported, not offered for editing.
    expect(screen.queryByRole('textbox', { name: 'Elever som avslutat årskurs 9 (st)' })).toBeNull();
    expect(screen.getByTestId('value-shown').textContent).toContain('Elever som avslutat årskurs 9 (st): 48\u00a0st (rapporterat för Q2 2026)');
    expect(screen.getByText(/som är låst eller redan inlämnad/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Spara utkast' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lämna in' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ladda ned importmall (XLSX)' }).getAttribute('href')).toBe('/api/v1/reports/r-1/import-template.xlsx');
  });

  it('shows a submitted report as text to read, with no form', async () => {
    mockLoggedIn(testUsers.omar, { 'GET /api/v1/reports/r-1': detail({ status: 'inlamnad', editable: false }) });
    renderApp('/rapporter/r-1');
    const values = await screen.findByTestId('report-values');
    expect(within(values).getByRole('rowheader', { name: 'Genomförda lektioner' })).toBeTruthy();
    expect(within(values).getAllByRole('row')[1]!.textContent).toContain('5\u00a0850\u00a0st (Q2 2026)');
    expect(screen.getByText('Nästan alla lektioner blev av.')).toBeTruthy();
    expect(screen.getAllByText('(inte ifyllt)')).toHaveLength(3);
    expect(screen.getByText('Delvis uppfyllt')).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Lämna in' })).toBeNull();
  });

  it('lets a controller reopen an approved report in an open period, with a required reason', async () => {
    const approved = detail({ status: 'godkand', editable: false, decidedBy: { id: 'u-eva', displayName: 'Eva Berg' }, decidedAt: '2026-12-01T12:00:00Z' });
    const fetchMock = mockLoggedIn(testUsers.eva, {
      'GET /api/v1/reports/r-1': approved,
      'POST /api/v1/reports/r-1/reopen': (req: { body: { reason: string } }) => ({ ...approved, status: 'atersand', reopenReason: req.body.reason, version: 3 }),
    });
    renderApp('/rapporter/r-1');
    expect(await screen.findByText(/^Godkänd av Eva Berg /)).toBeTruthy();
    const region = screen.getByRole('region', { name: 'Öppna rapporten igen' });
    fireEvent.click(within(region).getByRole('button', { name: 'Öppna igen' }));
    expect(await within(region).findByText('Ange skälet till att rapporten öppnas igen.')).toBeTruthy();
    fireEvent.change(within(region).getByRole('textbox', { name: 'Skäl till att rapporten öppnas igen' }), { target: { value: 'Fel utfall för september.' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Öppna igen' }));
    await waitFor(() => expect(screen.getByText('Fel utfall för september.')).toBeTruthy());
    const posted = fetchMock.mock.calls.find(([url, init]) => String(url).endsWith('/reopen') && init?.method === 'POST');
    expect(JSON.parse(String(posted![1]!.body))).toEqual({ version: 2, reason: 'Fel utfall för september.' });
  });
});
