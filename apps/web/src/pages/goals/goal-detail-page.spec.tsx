import type { GoalChainView } from '@resultatkedjan/contracts';
import { fireEvent, screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../auth/auth-api';
import { goalDto, orgRoutes } from '../../test/goal-fixtures';
import { errorResponse, mockLoggedIn, renderApp, testUsers, type MockRequest } from '../../test/render-app';

const bun1 = goalDto({
  id: 'goal-BUN1',
  key: 'BUN1',
  level: 'namndmal',
  title: 'Fler elever är behöriga till gymnasiets yrkesprogram',
  description: 'Andelen elever i åk 9 som är behöriga till ett yrkesprogram ska öka.',
  ownerNodeId: 'node-bun',
  parentGoalId: 'goal-IM1',
  geh: true,
  decision: { organ: 'BUN', datum: '2024-12-12', paragraf: '§ 98', diarienummer: 'BUN 2024/0210' },
});
const im1 = goalDto();

const assessment = (level: number, label: string, attainment: number) => ({ level, label, attainment, reason: null });
const figure = (periodKey: string, value: number, target: number, a: ReturnType<typeof assessment>) => ({
  orgNodeId: 'node-bun', periodKey, value, unit: '%', reason: null, numerator: null, denominator: null,
  coverage: { withData: 10, total: 10 }, target, targetPeriodKey: periodKey, assessment: a,
});

const chain = {
  goal: { id: bun1.id, key: 'BUN1', title: bun1.title, level: 'namndmal', status: 'beslutad', ownerNodeId: 'node-bun' },
  periods: ['2025', '2026'],
  orgNodes: [{ id: 'node-bun', key: 'bun', name: 'Barn- och utbildningsnämnden' }],
  elements: [
    {
      id: 'el-1', goalId: bun1.id, link: 'resultat', name: 'Behörighet', description: '', sortOrder: 0, resultIndicatorId: null, createdAt: '2025-01-01T00:00:00Z',
      indicators: [
        {
          id: 'ind-1', name: 'Andel behöriga till yrkesprogram', unit: '%', direction: 'higher', link: 'resultat',
          figures: [
            figure('2025', 84.02, 86, assessment(2, 'Delvis uppfyllt', 0.977)),
            figure('2026', 86.47, 88, assessment(2, 'Delvis uppfyllt', 0.983)),
          ],
        },
      ],
    },
  ],
  ratios: [],
  warnings: [],
} as unknown as GoalChainView;

function mockDetail(user: Me, chainAnswer: unknown = chain) {
  return mockLoggedIn(user, {
    ...orgRoutes,
    'GET /api/v1/goals/goal-BUN1': bun1,
    'GET /api/v1/goals/goal-IM1': im1,
    'GET /api/v1/goals/goal-BUN1/chain': chainAnswer,
    'GET /api/v1/goals': { items: [], page: 1, pageSize: 200, total: 0 },
    'GET /api/v1/org-nodes/node-bun': { ...orgRoutes['GET /api/v1/org-nodes'].items[0], id: 'node-bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd' },
    'GET /api/v1/grunduppdrag': {
      items: [{ id: 'gu-1', orgNodeId: 'node-bun', text: 'Förskola, skola och fritidshem enligt skollagen.', validFromYear: 2025, validToYear: null }],
      page: 1, pageSize: 50, total: 1,
    },
  });
}

describe('GoalDetailPage', () => {
  it('shows the goal with description, parent, decision, grunduppdrag and måluppfyllelse with trend', async () => {
    mockDetail(testUsers.omar);
    renderApp('/mal/goal-BUN1?ar=2026');

    expect(await screen.findByRole('heading', { level: 1, name: `BUN1 ${bun1.title}` })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe(`BUN1 ${bun1.title} – Resultatkedjan`));
    expect(screen.getByText(bun1.description)).toBeTruthy();
    expect((await screen.findByRole('link', { name: `IM1 ${im1.title}` })).getAttribute('href')).toBe('/mal/goal-IM1?ar=2026');

    const decision = screen.getByRole('region', { name: 'Beslut' });
    expect(decision.textContent).toContain('2024-12-12');
    expect(decision.textContent).toContain('BUN 2024/0210');

    const aside = screen.getByRole('complementary', { name: 'Grunduppdrag för Barn- och utbildningsnämnden' });
    expect(await within(aside).findByText('Förskola, skola och fritidshem enligt skollagen.')).toBeTruthy();

    const row = (await screen.findByRole('rowheader', { name: 'Andel behöriga till yrkesprogram' })).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual(['84,0\u00a0%', '86,5\u00a0%', '88,0\u00a0%']);
    expect(cells[3]).toContain('Delvis uppfyllt');
    expect(cells[4]).toContain('Ökar, förbättring');

    // An enhetschef reads but may not change goals.
    expect(screen.queryByRole('link', { name: 'Redigera målet' })).toBeNull();
  });

  it('offers edit and link only where the user may write the goal', async () => {
    mockDetail(testUsers.eva);
    const view = renderApp('/mal/goal-BUN1?ar=2026');
    expect(await screen.findByRole('link', { name: 'Koppla till överordnat mål' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Redigera målet' }).getAttribute('href')).toBe('/mal/goal-BUN1/redigera?ar=2026');
    view.unmount();

    // A förtroendevald in BUN may not change BUN's decided goal (that needs goal:decide).
    mockDetail({ ...testUsers.karin, grants: [{ role: 'fortroendevald', orgNodeId: 'node-bun' }] });
    renderApp('/mal/goal-BUN1?ar=2026');
    await screen.findByRole('heading', { level: 1, name: `BUN1 ${bun1.title}` });
    await screen.findByText('Förskola, skola och fritidshem enligt skollagen.');
    expect(screen.queryByRole('link', { name: 'Koppla till överordnat mål' })).toBeNull();
  });

  it('says when the goal does not exist, and when måluppfyllelse cannot be fetched', async () => {
    mockLoggedIn(testUsers.omar, { 'GET /api/v1/goals/okand': errorResponse(404, 'Målet finns inte.') });
    const missing = renderApp('/mal/okand');
    expect(await screen.findByRole('heading', { level: 1, name: 'Målet finns inte' })).toBeTruthy();
    missing.unmount();

    mockDetail(testUsers.omar, errorResponse(500, 'Internal Server Error'));
    renderApp('/mal/goal-BUN1?ar=2026');
    expect(await screen.findByText('Måluppfyllelsen kunde inte hämtas.')).toBeTruthy();
  });

  it('records the decision of a draft, with the API\'s field errors at their fields', async () => {
    const draft = { ...bun1, status: 'forslag' as const, decision: null };
    const sent: unknown[] = [];
    let attempt = 0;
    let current: unknown = draft;
    mockLoggedIn(testUsers.eva, {
      ...orgRoutes,
      'GET /api/v1/goals/goal-BUN1': () => current,
      'GET /api/v1/goals/goal-IM1': im1,
      'GET /api/v1/goals/goal-BUN1/chain': chain,
      'GET /api/v1/goals': { items: [], page: 1, pageSize: 200, total: 0 },
      'GET /api/v1/org-nodes/node-bun': { ...orgRoutes['GET /api/v1/org-nodes'].items[0], id: 'node-bun', name: 'Barn- och utbildningsnämnden', kind: 'namnd' },
      'GET /api/v1/grunduppdrag': { items: [], page: 1, pageSize: 50, total: 0 },
      'GET /api/v1/goals/goal-BUN1/consultation': { circulation: null, comments: [] },
      'POST /api/v1/goals/goal-BUN1/decision': (req: MockRequest) => {
        sent.push(req.body);
        attempt++;
        return attempt === 1
          ? errorResponse(422, 'Uppgifterna är inte giltiga.', { diarienummer: ['Diarienumret får vara högst 100 tecken.'] })
          : (current = { ...draft, status: 'beslutad', decision: { organ: 'Barn- och utbildningsnämnden', datum: '2026-02-10', diarienummer: 'BUN 2026/1' }, version: 4 });
      },
    });
    renderApp('/mal/goal-BUN1?ar=2026');
    const form = await screen.findByRole('form', { name: 'Registrera beslut' });
    await waitFor(() => expect((within(form).getByRole('textbox', { name: 'Beslutande organ' }) as HTMLInputElement).value).toBe('Barn- och utbildningsnämnden'));
    fireEvent.click(within(form).getByRole('button', { name: 'Registrera beslutet' }));
    expect(await within(form).findByText('Fyll i fältet.')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(within(form).getByLabelText(/Sammanträdesdag/), { target: { value: '2026-02-10' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Diarienummer' }), { target: { value: 'BUN 2026/1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrera beslutet' }));
    expect(await within(form).findByText('Diarienumret får vara högst 100 tecken.')).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toContain('Rätta de markerade fälten.');
    expect(sent[0]).toEqual({ organ: 'Barn- och utbildningsnämnden', datum: '2026-02-10', diarienummer: 'BUN 2026/1', version: 3 });

    fireEvent.click(within(form).getByRole('button', { name: 'Registrera beslutet' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Registrera beslut' })).toBeNull());
    expect(screen.getByRole('region', { name: 'Beslut' }).textContent).toContain('BUN 2026/1');
  }, 20_000);

  it('hides the decision form from those who may not record decisions', async () => {
    mockLoggedIn(testUsers.omar, {
      ...orgRoutes,
      'GET /api/v1/goals/goal-BUN1': { ...bun1, status: 'forslag', decision: null },
      'GET /api/v1/goals/goal-IM1': im1,
      'GET /api/v1/goals/goal-BUN1/chain': chain,
      'GET /api/v1/goals': { items: [], page: 1, pageSize: 200, total: 0 },
      'GET /api/v1/goals/goal-BUN1/consultation': { circulation: null, comments: [] },
    });
    renderApp('/mal/goal-BUN1?ar=2026');
    await screen.findByText('Förslaget har inte skickats på remiss.');
    expect(screen.queryByRole('form', { name: 'Registrera beslut' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Skicka på remiss' })).toBeNull();
  });
});
