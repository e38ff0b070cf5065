import type { DialogueDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

/** Analysis dialogues and ägardialoger: belong to a nämnd, förvaltning or bolag and a period; planerad → genomförd → justerat. */
describe('dialogues (/dialogues)', () => {
  let app: TestApp;
  let factory: TestFactory;
  let k: Kommun;
  let controller: Session;
  let controllerVof: Session;
  let ordforande: Session;
  let revisor: Session;
  let other: Session;
  let q3: string;
  let q4: string;
  let planned: DialogueDto;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    k = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'eva@d.se', role: 'controller' },
        { email: 'vof@d.se', role: 'controller', scope: 'vof' },
        { email: 'karin@d.se', role: 'ordforande', scope: 'bun' },
        { email: 'revisor@d.se', role: 'revisor' },
      ],
    });
    await factory.newKommun({ users: [{ email: 'eva@other.se', role: 'controller' }] });
    [controller, controllerVof, ordforande, revisor, other] = await Promise.all(
      ['eva@d.se', 'vof@d.se', 'karin@d.se', 'revisor@d.se', 'eva@other.se'].map((e) => factory.login(e)),
    );
    q3 = await factory.newPeriod(k, { key: '2026-Q3', from: '2026-07-01', to: '2026-09-30', status: 'last' });
    q4 = await factory.newPeriod(k, { key: '2026-Q4', from: '2026-10-01', to: '2026-12-31', status: 'planerad' });
  });
  afterAll(async () => app?.close());

  it('plans a dialogue of a nämnd on a locked period with users and free-text participants, audited', async () => {
    const res = await controller
      .post('/api/v1/dialogues', {
        orgNodeId: k.nodes.bun,
        periodId: q3,
        heldOn: '2026-11-05',
        participants: [{ userId: k.users['karin@d.se'], role: 'Ordförande' }, { name: ' Anna Ek ', role: 'Förvaltningschef' }],
      })
      .expect(201);
    planned = res.body;
    expect(planned).toMatchObject({
      kind: 'analysdialog',
      orgNodeName: 'Barn- och utbildningsnämnden',
      periodKey: '2026-Q3',
      periodStatus: 'last',
      title: 'Analysdialog Barn- och utbildningsnämnden 2026-Q3',
      heldOn: '2026-11-05',
      status: 'planerad',
      convenerUserId: k.users['eva@d.se'],
      version: 1,
      participants: [
        { userId: k.users['karin@d.se'], name: 'karin', role: 'Ordförande' },
        { userId: null, name: 'Anna Ek', role: 'Förvaltningschef' },
      ],
    });
    expect(await factory.auditEvents(k, 'dialogue', planned.id)).toEqual([expect.objectContaining({ action: 'create', after: planned })]);
    // Every role of the kommun reads it; another kommun does not see it.
    expect((await revisor.get(`/api/v1/dialogues/${planned.id}`).expect(200)).body).toEqual(planned);
    expect((await ordforande.get(`/api/v1/dialogues?periodId=${q3}`).expect(200)).body).toMatchObject({ total: 1, items: [planned] });
    await other.get(`/api/v1/dialogues/${planned.id}`).expect(404);
    expect((await other.get('/api/v1/dialogues').expect(200)).body.total).toBe(0);
  });

  it('makes a bolag’s dialogue an ägardialog', async () => {
    const res = await controller.post('/api/v1/dialogues', { orgNodeId: k.nodes.hem, periodId: q3, heldOn: '2026-11-10', title: 'Ägardialog hösten' }).expect(201);
    expect(res.body).toMatchObject({ kind: 'agardialog', title: 'Ägardialog hösten', participants: [] });
  });

  it('refuses units, periods not yet opened, unknown users and nameless participants, keyed by field, writing nothing', async () => {
    const before = await factory.count(k, 'dialogue');
    const res = await controller
      .post('/api/v1/dialogues', {
        orgNodeId: k.nodes['uf.gr.norr'],
        periodId: q4,
        heldOn: '2027-02-01',
        participants: [{ userId: k.nodes.bun }, { role: 'Gäst' }],
      })
      .expect(422);
    expect(res.body.fields).toEqual({
      orgNodeId: ['En dialog hålls med en nämnd, en förvaltning eller ett bolag.'],
      periodId: ['Dialogen gäller en öppen eller låst period.'],
      'participants.0.userId': ['Användaren finns inte i kommunen.'],
      'participants.1.name': ['Ange ett namn eller en användare.'],
    });
    const types = await controller.post('/api/v1/dialogues', { orgNodeId: 'x', periodId: null, heldOn: '2026-02-30', participants: 'x', extra: 1 }).expect(422);
    expect(Object.keys(types.body.fields).sort()).toEqual(['extra', 'heldOn', 'orgNodeId', 'participants', 'periodId']);
    expect(await factory.count(k, 'dialogue')).toBe(before);
  });

  it('lets only controllers in scope plan and change dialogues', async () => {
    await ordforande.post('/api/v1/dialogues', { orgNodeId: k.nodes.bun, periodId: q3, heldOn: '2026-11-05' }).expect(403);
    await revisor.patch(`/api/v1/dialogues/${planned.id}`, { version: 1, heldOn: '2026-11-06' }).expect(403);
    await controllerVof.post('/api/v1/dialogues', { orgNodeId: k.nodes.bun, periodId: q3, heldOn: '2026-11-05' }).expect(403);
    await controllerVof.patch(`/api/v1/dialogues/${planned.id}`, { version: 1, heldOn: '2026-11-06' }).expect(403);
    await controllerVof.post('/api/v1/dialogues', { orgNodeId: k.nodes.vof, periodId: q3, heldOn: '2026-11-05' }).expect(201);
    await app.http().get('/api/v1/dialogues').expect(401);
  });

  it('changes date and participants with the version read (409 on a stale one)', async () => {
    const res = await controller.patch(`/api/v1/dialogues/${planned.id}`, { version: 1, heldOn: '2026-11-06', participants: [{ name: 'Omar Hassan', role: 'Rektor' }] }).expect(200);
    expect(res.body).toMatchObject({ heldOn: '2026-11-06', version: 2, participants: [{ userId: null, name: 'Omar Hassan', role: 'Rektor' }], title: planned.title });
    const stale = await controller.patch(`/api/v1/dialogues/${planned.id}`, { version: 1, heldOn: '2026-11-07' }).expect(409);
    expect(stale.body.message).toBe('Dialogen har ändrats av någon annan. Läs in den igen.');
    planned = res.body;
  });

  it('moves one step at a time to protokoll justerat, after which nothing changes', async () => {
    const skip = await controller.put(`/api/v1/dialogues/${planned.id}/status`, { version: planned.version, status: 'protokoll_justerat' }).expect(422);
    expect(skip.body.fields).toEqual({ status: ['Dialogen kan bara gå från Planerad till Genomförd.'] });
    const held = await controller.put(`/api/v1/dialogues/${planned.id}/status`, { version: planned.version, status: 'genomford' }).expect(200);
    const back = await controller.put(`/api/v1/dialogues/${planned.id}/status`, { version: held.body.version, status: 'planerad' }).expect(422);
    expect(back.body.fields.status).toEqual(['Dialogen kan bara gå från Genomförd till Protokoll justerat.']);
    const done = await controller.put(`/api/v1/dialogues/${planned.id}/status`, { version: held.body.version, status: 'protokoll_justerat' }).expect(200);
    expect(done.body.status).toBe('protokoll_justerat');
    const edit = await controller.patch(`/api/v1/dialogues/${planned.id}`, { version: done.body.version, heldOn: '2026-11-08' }).expect(422);
    expect(edit.body.fields).toEqual({ status: ['Protokollet är justerat; dialogen kan inte ändras.'] });
    const audit = await factory.auditEvents(k, 'dialogue', planned.id);
    expect(audit.map((e) => [e.action, e.after?.status])).toEqual([
      ['create', 'planerad'], ['update', 'planerad'], ['update', 'genomford'], ['update', 'protokoll_justerat'],
    ]);
    expect((await controller.get(`/api/v1/dialogues?status=protokoll_justerat`).expect(200)).body.items.map((d: DialogueDto) => d.id)).toEqual([planned.id]);
  });
});
