import type { DialogueActionDto, DialogueAgenda, DialogueDto } from '@resultatkedjan/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockLoggedIn, renderApp, testUsers } from '../../test/render-app';

const held: DialogueDto = {
  id: 'd1', kind: 'analysdialog', orgNodeId: 'n-bun', orgNodeName: 'Barn- och utbildningsnämnden', periodId: 'p2', periodKey: '2026-Q2',
  periodStatus: 'last', title: 'Analysdialog Barn- och utbildningsnämnden 2026-Q2', heldOn: '2026-08-14', status: 'protokoll_justerat',
  participants: [{ userId: null, name: 'Anna Ek', role: 'Förvaltningschef' }], convenerUserId: 'u-eva', convenerName: 'Eva Berg', version: 3,
};
const planned: DialogueDto = { ...held, id: 'd2', periodKey: '2026-Q3', title: 'Analysdialog Barn- och utbildningsnämnden 2026-Q3', status: 'planerad' };
const agenda: DialogueAgenda = {
  dialogueId: 'd1', periodKey: '2026-Q2', comparedWith: '2025-Q2', source: 'live',
  items: [{
    key: 'k1', reason: 'resurser_upp_resultat_ned', reasonLabel: 'Resurserna ökade men resultaten minskade', goalId: 'g1', goalTitle: 'BUN1 Fler elever är behöriga',
    indicatorId: null, indicatorName: null, ratioId: 'r1', ratioName: 'Behöriga per mnkr', orgNodeId: 'n-norr', orgNodeName: 'Norrskolan', actionId: null,
    improvement: false,
    current: { periodKey: '2026-Q2', value: 2.5, numerator: 35, denominator: 14, unit: 'per mnkr', numeratorUnit: 'st', denominatorUnit: 'mnkr' },
    previous: null,
    narratives: [{ orgNodeId: 'n-norr', orgNodeName: 'Norrskolan', level: 2, label: 'Delvis uppfyllt', whatHappened: 'Färre behöriga.', why: 'Lärarbrist.', nextSteps: '' }],
    note: 'Förvaltningen återkommer.',
  }],
};
const actions: DialogueActionDto[] = [{
  id: 'a1', dialogueId: 'd1', dialogueTitle: held.title, title: 'Inför fasta lärarlag', ownerNodeId: 'n-norr', ownerNodeName: 'Norrskolan',
  ownerUserId: 'u-omar', ownerUserName: 'Omar Hassan', dueOn: '2026-12-31', goalId: 'g1', indicatorId: null, status: 'oppen', closedAt: null, version: 1,
}];

describe('Dialoger', () => {
  it('lists the dialogues latest first, each linking to its page', async () => {
    mockLoggedIn(testUsers.eva, { 'GET /api/v1/dialogues': { items: [planned, held], page: 1, pageSize: 100, total: 2 } });
    renderApp('/dialoger');
    const table = await screen.findByRole('table', { name: 'Dialoger, senaste mötet först' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('Planerad'), expect.stringContaining('Protokoll justerat')]);
    expect(within(rows[1]!).getByRole('link', { name: held.title }).getAttribute('href')).toBe('/dialoger/d1');
  });

  it('shows the agenda with the unit’s analysis, the figures with their parts, a link to the chain, the actions and the protocol', async () => {
    mockLoggedIn(testUsers.omar, {
      'GET /api/v1/dialogues/d1': held,
      'GET /api/v1/dialogues/d1/agenda': agenda,
      'GET /api/v1/dialogues/d1/actions': actions,
    });
    renderApp('/dialoger/d1');
    await screen.findByRole('heading', { level: 1, name: held.title });
    const item = await screen.findByRole('region', { name: '1. Resurserna ökade men resultaten minskade' });
    expect(item.textContent).toContain('Norrskolan (Delvis uppfyllt): Färre behöriga. Lärarbrist.');
    expect(item.textContent).toContain('2,5 per mnkr (35 st / 14 mnkr)');
    expect(item.textContent).toContain('Anteckningar och beslut: Förvaltningen återkommer.');
    expect(within(item).getByRole('link', { name: /Visa resultatkedjan/ }).getAttribute('href')).toBe('/mal/g1/kedja');
    expect((await screen.findByRole('cell', { name: 'Inför fasta lärarlag' })).closest('tr')!.textContent).toContain('Omar Hassan');
    expect(screen.getByRole('link', { name: 'Ladda ned protokollet (Word)' }).getAttribute('href')).toBe('/api/v1/dialogues/d1/protocol.docx');
    expect(screen.getByText('Anna Ek, Förvaltningschef')).toBeTruthy();
  });

  it('keeps the draft protocol from those who do not prepare the dialogue', async () => {
    mockLoggedIn(testUsers.omar, {
      'GET /api/v1/dialogues/d2': planned,
      'GET /api/v1/dialogues/d2/agenda': { ...agenda, dialogueId: 'd2', items: [] },
      'GET /api/v1/dialogues/d2/actions': [],
    });
    renderApp('/dialoger/d2');
    expect(await screen.findByText('Protokollet kan läsas av alla när det är justerat.')).toBeTruthy();
    expect(await screen.findByText('Inget på dagordningen: målen nås och nyckeltalen är stabila.')).toBeTruthy();
  });

  it('lets the controller hold the meeting, add an action and close it', async () => {
    const sent: { method: string; path: string; body: unknown }[] = [];
    const record = (answer: unknown) => (r: { method: string; url: URL; body: unknown }) => {
      sent.push({ method: r.method, path: r.url.pathname, body: r.body });
      return answer;
    };
    mockLoggedIn(testUsers.eva, {
      'GET /api/v1/dialogues/d2': planned,
      'GET /api/v1/dialogues/d2/agenda': { ...agenda, dialogueId: 'd2', items: [] },
      'GET /api/v1/dialogues/d2/actions': [{ ...actions[0]!, dialogueId: 'd2' }],
      'PUT /api/v1/dialogues/d2/status': record({ ...planned, status: 'genomford', version: 4 }),
      'POST /api/v1/dialogues/d2/actions': record(actions[0]),
      'PATCH /api/v1/dialogues/d2/actions/a1': record({ ...actions[0], status: 'stangd' }),
    });
    renderApp('/dialoger/d2');
    fireEvent.click(await screen.findByRole('button', { name: 'Markera som genomförd' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Åtgärd/ }), { target: { value: 'Följ upp schemat' } });
    fireEvent.change(screen.getByLabelText(/Klar senast/), { target: { value: '2027-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till åtgärden' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Stäng åtgärden Inför fasta lärarlag' }));
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(sent).toEqual(expect.arrayContaining([
      { method: 'PUT', path: '/api/v1/dialogues/d2/status', body: { version: 3, status: 'genomford' } },
      { method: 'POST', path: '/api/v1/dialogues/d2/actions', body: { title: 'Följ upp schemat', dueOn: '2027-01-31', ownerNodeId: 'n-bun' } },
      { method: 'PATCH', path: '/api/v1/dialogues/d2/actions/a1', body: { version: 1, status: 'stangd' } },
    ]));
  });
});
