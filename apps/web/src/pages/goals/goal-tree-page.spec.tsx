import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../auth/auth-api';
import { demoCascade, orgRoutes } from '../../test/goal-fixtures';
import { errorResponse, mockLoggedIn, renderApp, testUsers, type MockRequest } from '../../test/render-app';

function mockCascade(user: Me = testUsers.karin) {
  const requests: MockRequest[] = [];
  const fetchMock = mockLoggedIn(user, {
    ...orgRoutes,
    'GET /api/v1/goals/cascade': (req: MockRequest) => {
      requests.push(req);
      return demoCascade(Number(req.url.searchParams.get('year')));
    },
  });
  return { fetchMock, requests };
}

describe('GoalTreePage', () => {
  it('renders the cascade as nested lists with headings, owners, status, GEH and måluppfyllelse', async () => {
    const { requests } = mockCascade();
    renderApp('/mal?ar=2026');

    const tree = await screen.findByRole('list', { name: 'Målträd 2026' });
    expect(requests[0]?.url.searchParams.get('year')).toBe('2026');
    await waitFor(() => expect(document.title).toBe('Mål – Resultatkedjan'));

    // Vision (h3) → inriktningsmål (h4) → nämndmål/bolagsmål (h5).
    expect(within(tree).getByRole('heading', { level: 3, name: /VISION Exempelstad – nära, grönt och växande/ })).toBeTruthy();
    for (const key of ['IM1', 'IM2', 'IM3']) {
      expect(within(tree).getByRole('heading', { level: 4, name: new RegExp(`^${key} `) })).toBeTruthy();
    }
    const im1Children = screen.getByRole('list', { name: '1 nedbrutet mål: IM1' });
    const bun1 = within(im1Children).getByRole('heading', { level: 5, name: /BUN1 Fler elever/ });
    const bun1Card = bun1.closest('article')!;
    expect(bun1Card.textContent).toContain('Nämndmål');
    expect(bun1Card.textContent).toContain('Ägare: Barn- och utbildningsnämnden');
    expect(within(bun1Card).getByText('Beslutad')).toBeTruthy();
    expect(within(bun1Card).getByText('Räknas för god ekonomisk hushållning')).toBeTruthy();
    // Måluppfyllelse as text (not colour only) and the trend in words.
    expect(bun1Card.textContent).toContain('Måluppfyllelse: Delvis uppfyllt');
    expect(bun1Card.textContent).toContain('Trend: Ökar, förbättring');

    const im3Children = screen.getByRole('list', { name: '3 nedbrutna mål: IM3' });
    expect(within(im3Children).getAllByRole('heading', { level: 5 }).map((h) => h.textContent?.split(' ')[0])).toEqual([
      'HEM1',
      'HEM2',
      'EV1',
    ]);
    const hem2Card = within(im3Children).getByRole('heading', { name: /HEM2/ }).closest('article')!;
    expect(hem2Card.textContent).toContain('Tjänar även: IM2 Den som behöver stöd');
    expect(hem2Card.textContent).toContain('Ägardirektiv: Ägardirektiv för Exempelstadshem AB 2025');

    const im4 = within(tree).getByRole('heading', { name: /IM4/ }).closest('article')!;
    expect(within(im4).getByText('Förslag')).toBeTruthy();

    // Goals link to their detail page, keeping the year.
    expect(within(bun1).getByRole('link').getAttribute('href')).toBe('/mal/goal-BUN1?ar=2026');
  });

  it('lists financial goals and goals without a parent in their own sections', async () => {
    mockCascade();
    renderApp('/mal?ar=2026');
    const financial = await screen.findByRole('region', { name: 'Finansiella mål' });
    expect(within(financial).getByRole('heading', { level: 3, name: /FM1/ })).toBeTruthy();
    const other = screen.getByRole('region', { name: 'Mål utan överordnat mål' });
    expect(within(other).getByRole('heading', { level: 3, name: /HEM-F/ })).toBeTruthy();
  });

  it('shows which bolagsmål serve which KF goal under "Bolagens ägardirektiv"', async () => {
    mockCascade();
    renderApp('/mal?ar=2026');
    const section = await screen.findByRole('region', { name: 'Bolagens ägardirektiv' });

    const im3 = within(section).getByRole('heading', { level: 3, name: /^IM3 / }).parentElement!;
    const im3Items = within(im3).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(im3Items.map((t) => t.split(' ')[0])).toEqual(['HEM1', 'HEM2', 'EV1']);
    expect(im3Items[0]).toContain('Exempelstadshem AB');
    expect(im3Items[0]).toContain('Bryts ned från detta mål');

    const im2 = within(section).getByRole('heading', { level: 3, name: /^IM2 / }).parentElement!;
    const im2Items = within(im2).getAllByRole('listitem');
    expect(im2Items).toHaveLength(1);
    expect(im2Items[0]!.textContent).toContain('HEM2');
    expect(im2Items[0]!.textContent).toContain('Tjänar även detta mål');

    const im1 = within(section).getByRole('heading', { level: 3, name: /^IM1 / }).parentElement!;
    expect(im1.textContent).toContain('Inget bolagsmål tjänar det här målet.');

    const unlinked = within(section).getByRole('heading', { level: 3, name: 'Bolagsmål utan koppling till ett mål i fullmäktige' }).parentElement!;
    expect(unlinked.textContent).toContain('HEM-F');
  });

  it('shows the goals, indicators and uppdrag per body, and the uppdrag without write controls to a reader', async () => {
    mockCascade(testUsers.lars);
    renderApp('/mal?ar=2026');
    const counts = await screen.findByRole('table', { name: 'Mål, indikatorer och uppdrag per organ 2026, i bokstavsordning' });
    const bun = within(counts).getByRole('row', { name: /Barn- och utbildningsnämnden/ });
    expect(within(bun).getAllByRole('cell').map((c) => c.textContent)).toEqual(['6 (över taket)', '14', '2']);
    expect(screen.getByText(/har 6 mål för 2026; kommunens tak är 5/)).toBeTruthy();
    const uppdrag = await screen.findByRole('table', { name: 'Uppdrag 2026, efter slutdatum' });
    const row = within(uppdrag).getByRole('row', { name: /Utred fler lärarlag/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Barn- och utbildningsnämnden', 'Norrskolan F–9', '2026-10-31', 'Pågår']);
    expect(screen.queryByRole('form', { name: 'Nytt uppdrag' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Indikatorvård' })).toBeNull();
  });

  it('shows the controller what is due for review', async () => {
    mockCascade(testUsers.eva);
    renderApp('/mal?ar=2026');
    const care = await screen.findByRole('region', { name: 'Indikatorvård' });
    const table = await within(care).findByRole('table', { name: 'Indikatorer och mål att ompröva, efter datum' });
    expect(within(table).getByRole('rowheader').textContent).toBe('Indikator BUN1.E1 Behöriga till yrkesprogram');
    expect(within(care).getByText('Alla indikatorer har värden från de senaste två åren.')).toBeTruthy();
  });

  it('lets the controller change an uppdrag\'s status and add one', async () => {
    const { fetchMock } = mockCascade(testUsers.eva);
    renderApp('/mal?ar=2026');
    const status = await screen.findByRole('combobox', { name: 'Status för Utred fler lärarlag' });
    expect((status as HTMLSelectElement).value).toBe('pagar');
    const form = await screen.findByRole('form', { name: 'Nytt uppdrag' });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till uppdraget' }));
    expect(await within(form).findAllByText('Fyll i fältet.')).toHaveLength(2);
    expect(fetchMock.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'POST')).toBe(false);
  });

  it('changes year through the address, so the back button returns to the previous year', async () => {
    const { requests } = mockCascade();
    const { router } = renderApp('/mal?ar=2026');
    await screen.findByRole('list', { name: 'Målträd 2026' });

    fireEvent.change(screen.getByLabelText('År'), { target: { value: '2025' } });

    expect(await screen.findByRole('list', { name: 'Målträd 2025' })).toBeTruthy();
    expect(router.state.location.search).toBe('?ar=2025');
    expect(requests.map((r) => r.url.searchParams.get('year'))).toEqual(['2026', '2025']);

    await router.navigate(-1);
    expect(await screen.findByRole('list', { name: 'Målträd 2026' })).toBeTruthy();
  });

  it('offers "Nytt inriktningsmål" only to those who may write goals owned by KF', async () => {
    const kfPolitician: Me = { ...testUsers.karin, grants: [{ role: 'fortroendevald', orgNodeId: 'node-kf' }] };
    const bunPolitician: Me = { ...testUsers.karin, grants: [{ role: 'fortroendevald', orgNodeId: 'node-bun' }] };
    for (const [user, offered] of [
      [kfPolitician, true],
      [testUsers.eva, true],
      [bunPolitician, false],
      [testUsers.omar, false],
    ] as const) {
      mockCascade(user);
      const view = renderApp('/mal?ar=2026');
      await screen.findByRole('list', { name: 'Målträd 2026' });
      if (offered) expect(await screen.findByRole('link', { name: 'Nytt inriktningsmål' })).toBeTruthy();
      else expect(screen.queryByRole('link', { name: 'Nytt inriktningsmål' })).toBeNull();
      view.unmount();
    }
  });

  it('has loading, empty and error states', async () => {
    mockLoggedIn(testUsers.karin, { 'GET /api/v1/goals/cascade': () => new Promise<Response>(() => {}) });
    const loading = renderApp('/mal?ar=2026');
    expect(await screen.findByText('Hämtar målen…')).toBeTruthy();
    loading.unmount();

    mockLoggedIn(testUsers.karin, { 'GET /api/v1/goals/cascade': { year: 2031, roots: [] } });
    const empty = renderApp('/mal?ar=2031');
    expect(await screen.findByText('Det finns inga mål som gäller 2031.')).toBeTruthy();
    empty.unmount();

    let fail = true;
    mockLoggedIn(testUsers.karin, {
      'GET /api/v1/goals/cascade': () => (fail ? errorResponse(500, 'Internal Server Error') : demoCascade()),
    });
    renderApp('/mal?ar=2026');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Målen kunde inte hämtas')).toBeTruthy();
    expect(alert.textContent).toContain('Felkod: 500');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await screen.findByRole('list', { name: 'Målträd 2026' })).toBeTruthy();
  });
});
