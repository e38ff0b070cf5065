import type { GoalAssessmentsView, GoalChainView } from '@resultatkedjan/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { goalDto, orgRoutes } from '../../test/goal-fixtures';
import { mockLoggedIn, renderApp, testUsers } from '../../test/render-app';

const goal = goalDto({ id: 'g1', key: 'BUN1', title: 'Fler elever är behöriga', level: 'namndmal', ownerNodeId: 'node-bun' });
const chain: GoalChainView = {
  goal: { id: 'g1', key: 'BUN1', title: goal.title, level: 'namndmal', status: 'beslutad', ownerNodeId: 'node-bun' },
  periods: ['2026'], orgNodes: [{ id: 'node-bun', key: 'bun', name: 'Barn- och utbildningsnämnden' }], elements: [], ratios: [], warnings: [],
};
const view: GoalAssessmentsView = {
  goalId: 'g1', periodId: 'p3', periodKey: '2026-Q3',
  levels: [{ level: 3, label: 'Uppfyllt' }, { level: 2, label: 'Delvis uppfyllt' }, { level: 1, label: 'Ej uppfyllt' }, { level: 0, label: 'Ej bedömt' }],
  units: [{ reportId: 'r1', orgNodeId: 'node-norr', orgNodeName: 'Norrskolan F–9', level: 3, label: 'Uppfyllt', justification: 'Vi är nära.', whatHappened: '', why: '', nextSteps: '' }],
  tiers: [],
  proposal: { level: 2, label: 'Delvis uppfyllt', indicatorLevels: [2], unitLevels: [3] },
};

describe('assessments side by side on the chain view', () => {
  it('shows the unit’s self-assessment first and lets the nämnd’s ordförande record the nämnd’s, proposal preselected', async () => {
    const sent: unknown[] = [];
    const karin = { ...testUsers.karin, grants: [{ role: 'ordforande' as const, orgNodeId: 'node-bun' }] };
    mockLoggedIn(karin, {
      ...orgRoutes,
      'GET /api/v1/goals/g1': goal,
      'GET /api/v1/goals/g1/chain': chain,
      'GET /api/v1/goals/g1/assessments': view,
      'PUT /api/v1/goals/g1/assessments': (r: { body: unknown }) => {
        sent.push(r.body);
        return { id: 'a1' };
      },
    });
    renderApp('/mal/g1/kedja');
    const table = await screen.findByRole('table', { name: /bedömningar av målet/ });
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Självvärdering Norrskolan F–9');
    expect(screen.getByText(/Förslag utifrån indikatorerna och enheternas självvärdering: Delvis uppfyllt/)).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Organ' }) as HTMLSelectElement).value).toBe('node-bun'));
    fireEvent.change(screen.getByRole('textbox', { name: /Motivering/ }), { target: { value: 'Nämnden väger in tryggheten.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara bedömningen' }));
    await waitFor(() => expect(sent).toEqual([{ periodId: 'p3', tier: 'namnd', orgNodeId: 'node-bun', level: 2, justification: 'Nämnden väger in tryggheten.' }]));
  });
});
