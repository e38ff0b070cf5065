import type { GoalChainsForYear, GoalChainView, RatioResultDto } from '@resultatkedjan/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, mockLoggedIn, renderApp, testUsers } from '../../test/render-app';
import { changeText } from './analysis-page';

const result = (periodKey: string, numerator: number, denominator: number): RatioResultDto => ({
  orgNodeId: 'n-sn', periodKey, value: numerator / denominator, numerator, denominator, numeratorUnit: 'st', denominatorUnit: 'mnkr',
  unit: 'per mnkr', reason: null, coverage: { withData: 1, total: 1 },
});

const ifo: GoalChainView = {
  goal: { id: 'g-sn1', key: 'SN1', title: 'Barn och unga får rätt stöd i rätt tid', level: 'namndmal', status: 'beslutad', ownerNodeId: 'n-sn' },
  periods: ['2025', '2026'],
  orgNodes: [{ id: 'n-sn', key: 'sn', name: 'Socialnämnden' }],
  elements: [],
  ratios: [
    {
      id: 'r-eff', goalId: 'g-sn1', kind: 'effektivitet', name: 'Utredningar inom 4 månader per mnkr', numeratorIndicatorId: 'k1',
      denominatorIndicatorId: 'r1', scale: null, unit: 'per mnkr', sortOrder: 0, createdAt: '2025-01-01',
      results: [result('2025', 413, 26.347), result('2026', 462, 22.13)],
    },
  ],
  warnings: [],
};
const noRatios: GoalChainView = { ...ifo, goal: { ...ifo.goal, id: 'g-kfn1', key: 'KFN1', title: 'Fler barn och unga läser' }, ratios: [] };
const answer: GoalChainsForYear = { year: 2026, periods: ['2025', '2026'], chains: [ifo, noRatios], omitted: 0 };

describe('Analys', () => {
  it('shows each goal\'s ratios for the year and the year before, with numerator, denominator and the change judged', async () => {
    const fetchMock = mockLoggedIn(testUsers.eva, { 'GET /api/v1/chains': answer });
    renderApp('/analys?ar=2026');
    const section = await screen.findByRole('region', { name: 'SN1 Barn och unga får rätt stöd i rätt tid' });
    const row = within(section).getByRole('row', { name: /Utredningar inom 4 månader per mnkr/ });
    expect(row.textContent).toContain('15,68\u00a0per mnkr');
    expect(row.textContent).toContain('413\u00a0st / 26,3\u00a0mnkr');
    expect(row.textContent).toContain('20,88\u00a0per mnkr');
    expect(row.textContent).toContain('+33,2\u00a0% (förbättring)');
    expect(within(section).getByText('Ägare: Socialnämnden')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Visa resultatkedjan för SN1' }).getAttribute('href')).toBe('/mal/g-sn1/kedja?ar=2026');
    // Goals without declared ratios are listed apart, not hidden.
    expect(screen.getByRole('link', { name: 'KFN1 Fler barn och unga läser' })).toBeTruthy();
    const asked = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('/chains'));
    expect(asked).toEqual(['/api/v1/chains?year=2026']);
  });

  it('shows an error with a retry when the figures cannot be fetched', async () => {
    mockLoggedIn(testUsers.eva, { 'GET /api/v1/chains': errorResponse(500, 'Internt fel') });
    renderApp('/analys');
    await screen.findByRole('alert');
    expect(screen.getByText('Nyckeltalen kunde inte hämtas')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeTruthy();
  });

  it('says so when no goal of the year has ratios', async () => {
    mockLoggedIn(testUsers.eva, { 'GET /api/v1/chains': { ...answer, chains: [] } });
    renderApp('/analys?ar=2026');
    await waitFor(() => expect(screen.getByText('Inga mål med nyckeltal gäller 2026.')).toBeTruthy());
  });
});

describe('changeText', () => {
  it('calls a falling cost an improvement and a falling productivity a deterioration', () => {
    expect(changeText({ kind: 'kostnad_per_prestation' }, 53_226, 43_735)).toBe('−17,8\u00a0% (förbättring)');
    expect(changeText({ kind: 'produktivitet' }, 20, 19)).toBe('−5,0\u00a0% (försämring)');
    expect(changeText({ kind: 'kvot' }, 1, 2)).toBe('+100,0\u00a0%');
    expect(changeText({ kind: 'effektivitet' }, null, 2)).toBe('Kan inte jämföras');
    expect(changeText({ kind: 'effektivitet' }, 2, 2)).toBe('Oförändrat');
  });
});
