import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

/** The daily follow-up run reminds an action's owner before it is due and tells the convener once it is overdue, once each. */
describe('dialogue action reminders in the kommun run', () => {
  let app: TestApp;
  let factory: TestFactory;
  let k: Kommun;
  let eva: Session;
  let withUser: string;
  let withoutUser: string;

  beforeAll(async () => {
    app = await startTestApp({ withWorker: true });
    factory = new TestFactory(app);
    k = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'eva@r.se', role: 'controller' },
        { email: 'omar@r.se', role: 'enhetschef', scope: 'uf.gr.norr' },
        { email: 'sara@r.se', role: 'enhetschef', scope: 'uf.gr.soder' },
      ],
    });
    eva = await factory.login('eva@r.se');
    // Locked already, so the run has no period steps of its own to take.
    const q3 = await factory.newPeriod(k, { key: '2026-Q3', from: '2026-07-01', to: '2026-09-30', status: 'last' });
    await factory.rows(k, `INSERT INTO period_snapshot (tenant_id, period_id, data) VALUES ($1, $2, '{}')`, [k.tenantId, q3]);
    const dialogue = (await eva.post('/api/v1/dialogues', { orgNodeId: k.nodes.bun, periodId: q3, heldOn: '2026-11-05' }).expect(201)).body;
    const action = (body: object) => eva.post(`/api/v1/dialogues/${dialogue.id}/actions`, { ownerNodeId: k.nodes['uf.gr.norr'], dueOn: '2027-01-31', ...body }).expect(201);
    withUser = (await action({ title: 'Fasta lärarlag', ownerUserId: k.users['omar@r.se'] })).body.id;
    withoutUser = (await action({ title: 'Schemaanalys', ownerNodeId: k.nodes['uf.gr.soder'], dueOn: '2027-02-10' })).body.id;
  });
  afterAll(async () => app?.close());

  const notices = () =>
    factory.rows<{ kind: string; recipient_email: string; subject: string }>(k, `SELECT kind, recipient_email, subject FROM notification ORDER BY created_at, recipient_email`);

  it('reminds nobody more than seven days ahead', async () => {
    expect((await factory.runDay(k, '2027-01-23')).steps).toEqual([]);
    expect(await notices()).toEqual([]);
  });

  it('reminds the owner (its user, else the node’s enhetschef) once, however often the day is run', async () => {
    const first = await factory.runDay(k, '2027-01-24');
    expect(first.steps).toEqual([{ key: `action-paminnelse:${withUser}:2027-01-31`, outcome: 'done' }]);
    expect((await factory.runDay(k, '2027-01-24')).steps).toEqual([]);
    await factory.runDay(k, '2027-02-03');
    expect(await notices()).toEqual([
      { kind: 'atgard_paminnelse', recipient_email: 'omar@r.se', subject: 'Påminnelse: åtgärden ”Fasta lärarlag” ska vara klar 2027-01-31' },
      expect.objectContaining({ kind: 'atgard_forsenad', recipient_email: 'eva@r.se' }),
      { kind: 'atgard_paminnelse', recipient_email: 'sara@r.se', subject: 'Påminnelse: åtgärden ”Schemaanalys” ska vara klar 2027-02-10' },
    ]);
  });

  it('tells the convener of an overdue action once, and nothing once it is closed', async () => {
    const [overdue] = (await notices()).filter((n) => n.kind === 'atgard_forsenad');
    expect(overdue!.subject).toBe('Försenad åtgärd: ”Fasta lärarlag” (Norrskolan) skulle vara klar 2027-01-31');
    await eva.patch(`/api/v1/dialogues/${(await factory.rows<{ dialogue_id: string }>(k, 'SELECT dialogue_id FROM dialogue_action LIMIT 1'))[0]!.dialogue_id}/actions/${withoutUser}`, { version: 1, status: 'stangd' }).expect(200);
    expect((await factory.runDay(k, '2027-02-20')).steps).toEqual([]);
    expect(await factory.count(k, 'notification')).toBe(3);
    expect(await factory.count(k, 'job_run', `job_key LIKE 'action-%'`)).toBe(3);
  });
});
