import type { GoalDto } from '@resultatkedjan/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { goalDto, orgRoutes } from '../../test/goal-fixtures';
import { errorResponse, mockLoggedIn, renderApp, testUsers, type MockRequest } from '../../test/render-app';

const vision = goalDto({ id: 'goal-VISION', key: 'VISION', level: 'vision', title: 'Exempelstad – nära, grönt och växande', parentGoalId: null });
const ims = ['IM1', 'IM2', 'IM3'].map((key) => goalDto({ id: `goal-${key}`, key }));

function listAnswer(req: MockRequest) {
  const level = req.url.searchParams.get('level');
  const items = level === 'vision' ? [vision] : level === 'inriktningsmal' ? ims : [];
  return { items, page: 1, pageSize: 200, total: items.length };
}

const detailRoutes = (goal: () => GoalDto) => ({
  'GET /api/v1/org-nodes/node-kf': { ...orgRoutes['GET /api/v1/org-nodes'].items[0] },
  'GET /api/v1/grunduppdrag': { items: [], page: 1, pageSize: 50, total: 0 },
  [`GET /api/v1/goals/${goal().id}/chain`]: { goal: {}, periods: [], orgNodes: [], elements: [], ratios: [], warnings: [] },
  [`GET /api/v1/goals/${goal().id}`]: () => goal(),
  'GET /api/v1/goals/goal-VISION': vision,
});

describe('GoalCreatePage', () => {
  it('validates in Swedish, then creates the inriktningsmål as a förslag under the vision and shows it', async () => {
    const posts: MockRequest[] = [];
    let created: GoalDto | null = null;
    mockLoggedIn(testUsers.eva, {
      ...orgRoutes,
      'GET /api/v1/goals': listAnswer,
      'POST /api/v1/goals': (req: MockRequest) => {
        posts.push(req);
        created = goalDto({ id: 'goal-IM4', key: 'IM4', title: 'Fler invånare är fysiskt aktiva', status: 'forslag', decision: null, validFromYear: 2027 });
        return new Response(JSON.stringify(created), { status: 201, headers: { 'Content-Type': 'application/json' } });
      },
      ...detailRoutes(() => created ?? goalDto()),
    });
    const { router } = renderApp('/mal/nytt?ar=2027');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nytt inriktningsmål' })).toBeTruthy();
    const key = await screen.findByLabelText(/Nyckel/);
    expect((key as HTMLInputElement).value).toBe('IM4');
    expect((screen.getByLabelText(/Gäller från år/) as HTMLInputElement).value).toBe('2027');

    fireEvent.change(screen.getByLabelText(/Gäller till och med år/), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa inriktningsmål' }));
    expect(await screen.findByText('Ange en rubrik.')).toBeTruthy();
    expect(screen.getByText('Slutåret kan inte vara före startåret.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Rubrik/)));
    expect(posts).toHaveLength(0);

    fireEvent.change(screen.getByLabelText(/^Rubrik/), { target: { value: 'Fler invånare är fysiskt aktiva' } });
    fireEvent.change(screen.getByLabelText(/Beskrivning/), { target: { value: 'Folkhälsan ska öka.' } });
    fireEvent.click(screen.getByLabelText(/god ekonomisk hushållning/));
    fireEvent.change(screen.getByLabelText(/Gäller till och med år/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa inriktningsmål' }));

    expect(await screen.findByText('Inriktningsmålet är skapat som förslag.')).toBeTruthy();
    expect(posts[0]?.body).toEqual({
      key: 'IM4',
      level: 'inriktningsmal',
      title: 'Fler invånare är fysiskt aktiva',
      description: 'Folkhälsan ska öka.',
      geh: true,
      ownerNodeId: 'node-kf',
      parentGoalId: 'goal-VISION',
      validFromYear: 2027,
      validToYear: null,
      sortOrder: 1,
    });
    expect(posts[0]?.headers['X-CSRF-Token']).toBe('csrf-eva');
    expect(router.state.location.pathname).toBe('/mal/goal-IM4');
    expect(screen.getByRole('heading', { level: 1, name: 'IM4 Fler invånare är fysiskt aktiva' })).toBeTruthy();
  });

  it('puts the API field errors on the fields (a key already in use)', async () => {
    mockLoggedIn(testUsers.eva, {
      ...orgRoutes,
      'GET /api/v1/goals': listAnswer,
      'POST /api/v1/goals': () => errorResponse(422, 'Valideringen misslyckades', { key: ['Nyckeln IM4 används redan.'] }),
    });
    renderApp('/mal/nytt?ar=2026');
    await screen.findByLabelText(/Nyckel/);
    fireEvent.change(screen.getByLabelText(/^Rubrik/), { target: { value: 'Ett mål' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa inriktningsmål' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kontrollera de markerade fälten.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.getByLabelText(/Nyckel/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Nyckeln IM4 används redan.').length).toBeGreaterThan(0);
  });
});

describe('GoalEditPage', () => {
  it('sends the version and explains a 409 conflict, then reloads the latest version', async () => {
    let current = goalDto({ status: 'forslag', version: 3 });
    const patches: MockRequest[] = [];
    mockLoggedIn(testUsers.eva, {
      ...orgRoutes,
      'GET /api/v1/goals/goal-IM1': () => current,
      'PATCH /api/v1/goals/goal-IM1': (req: MockRequest) => {
        patches.push(req);
        // Someone else saved version 4 in the meantime.
        current = goalDto({ status: 'forslag', version: 4, title: 'Barn och unga lyckas i skolan' });
        return errorResponse(409, 'Målet har ändrats sedan du läste det.');
      },
    });
    renderApp('/mal/goal-IM1/redigera?ar=2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'Redigera IM1' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Rubrik/), { target: { value: 'Min ändring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringarna' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Målet har ändrats av någon annan')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(patches[0]?.body).toMatchObject({ version: 3, title: 'Min ändring' });

    fireEvent.click(within(alert).getByRole('button', { name: 'Hämta den senaste versionen' }));
    await waitFor(() => expect((screen.getByLabelText(/^Rubrik/) as HTMLInputElement).value).toBe('Barn och unga lyckas i skolan'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('GoalLinkPage', () => {
  it('links a nämnd goal to an inriktningsmål with a PATCH of its parent', async () => {
    let bun1 = goalDto({ id: 'goal-BUN1', key: 'BUN1', level: 'namndmal', title: 'Fler elever är behöriga', ownerNodeId: 'node-bun', parentGoalId: 'goal-IM1', version: 2 });
    const patches: MockRequest[] = [];
    mockLoggedIn(testUsers.eva, {
      ...orgRoutes,
      'GET /api/v1/goals': listAnswer,
      'GET /api/v1/goals/goal-IM3': ims[2],
      'PATCH /api/v1/goals/goal-BUN1': (req: MockRequest) => {
        patches.push(req);
        bun1 = { ...bun1, parentGoalId: 'goal-IM3', version: 3 };
        return bun1;
      },
      ...detailRoutes(() => bun1),
      'GET /api/v1/org-nodes/node-bun': { ...orgRoutes['GET /api/v1/org-nodes'].items[0], id: 'node-bun', name: 'Barn- och utbildningsnämnden' },
    });
    renderApp('/mal/goal-BUN1/koppla?ar=2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'Koppla BUN1 till ett överordnat mål' })).toBeTruthy();
    const select = await screen.findByLabelText(/Överordnat mål/);
    expect((select as HTMLSelectElement).value).toBe('goal-IM1');
    fireEvent.change(select, { target: { value: 'goal-IM3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara kopplingen' }));

    expect(await screen.findByText('Kopplingen är sparad.')).toBeTruthy();
    expect(patches[0]?.body).toEqual({ version: 2, parentGoalId: 'goal-IM3', alsoServesGoalIds: [] });
  });
});
