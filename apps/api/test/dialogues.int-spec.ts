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

  describe('saved analyses (/analyses)', () => {
    const settings = (over: object = {}) => ({ ratioIds: [], qualityIndicatorId: null, groupNodeId: k.nodes.uf, resourceChange: 0.1, ...over });

    it('saves a controller’s analysis of a goal, shares it with the nämnd’s dialogue, and every role reads it there; audited', async () => {
      const goal = await factory.newGoal(k, { key: 'AN1', level: 'namndmal', owner: 'bun' });
      const dialogue = (await controller.post('/api/v1/dialogues', { orgNodeId: k.nodes.bun, periodId: q3, heldOn: '2026-11-20' }).expect(201)).body as DialogueDto;
      const created = await controller
        .post('/api/v1/analyses', { goalId: goal.id, periodKey: '2026-Q3', title: ' Kostnad per elev mot behörighet ', body: 'Söderskolan …', settings: settings(), dialogueId: dialogue.id })
        .expect(201);
      expect(created.body).toMatchObject({
        goalId: goal.id, goalKey: 'AN1', periodKey: '2026-Q3', title: 'Kostnad per elev mot behörighet', body: 'Söderskolan …',
        settings: settings(), dialogueId: dialogue.id, createdBy: { id: k.users['eva@d.se'] }, version: 1,
      });
      const shared = await revisor.get(`/api/v1/analyses?dialogueId=${dialogue.id}`).expect(200);
      expect(shared.body).toMatchObject({ total: 1, items: [{ id: created.body.id }] });
      expect(await factory.auditEvents(k, 'saved_analysis', created.body.id)).toEqual([
        expect.objectContaining({ action: 'create', after: expect.objectContaining({ ownerNodeId: k.nodes.bun, dialogueId: dialogue.id }) }),
      ]);
      await other.get(`/api/v1/analyses/${created.body.id}`).expect(404);
      expect((await other.get('/api/v1/analyses').expect(200)).body.total).toBe(0);

      const stale = await controller.patch(`/api/v1/analyses/${created.body.id}`, { version: 7, body: 'x' }).expect(409);
      expect(stale.body.message).toMatch(/ändrats av någon annan/);
      const unshared = await controller.patch(`/api/v1/analyses/${created.body.id}`, { version: 1, dialogueId: null, body: 'Ny text' }).expect(200);
      expect(unshared.body).toMatchObject({ dialogueId: null, body: 'Ny text', version: 2 });
      expect((await revisor.get(`/api/v1/analyses?dialogueId=${dialogue.id}`).expect(200)).body.total).toBe(0);
      expect((await revisor.get(`/api/v1/analyses?goalId=${goal.id}`).expect(200)).body.total).toBe(1);
      await controller.delete(`/api/v1/analyses/${created.body.id}`).expect(204);
      expect((await factory.auditEvents(k, 'saved_analysis', created.body.id)).map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    });

    it('refuses bad input keyed by field, dialogues the goal does not belong to or whose protocol is justerat, and writes nothing', async () => {
      const goal = await factory.newGoal(k, { key: 'AN2', level: 'namndmal', owner: 'bun' });
      const vonDialogue = (await controller.post('/api/v1/dialogues', { orgNodeId: k.nodes.von, periodId: q3, heldOn: '2026-11-21' }).expect(201)).body as DialogueDto;
      const base = { goalId: goal.id, periodKey: '2026-Q3', title: 'Analys', body: '', settings: settings() };
      const cases: [object, string, RegExp][] = [
        [{ ...base, periodKey: 'Q3-2026' }, 'periodKey', /2026-Q3/],
        [{ ...base, settings: settings({ resourceChange: 5 }) }, 'settings.resourceChange', /mellan −90 % och \+200 %/],
        [{ ...base, settings: settings({ ratioIds: ['inte-ett-id'] }) }, 'settings.ratioIds', /UUID/],
        [{ ...base, title: '' }, 'title', /./],
        [{ ...base, goalId: '00000000-0000-4000-8000-000000000000' }, 'goalId', /Målet finns inte/],
        [{ ...base, dialogueId: vonDialogue.id }, 'dialogueId', /hör inte till Vård- och omsorgsnämnden/],
        [{ ...base, dialogueId: planned.id }, 'dialogueId', /justerat/],
      ];
      for (const [body, field, message] of cases) {
        const res = await controller.post('/api/v1/analyses', body);
        expect({ field, status: res.status }).toEqual({ field, status: 422 });
        expect(Object.keys(res.body.fields)).toContain(field);
        expect(res.body.fields[field].join(' ')).toMatch(message);
      }
      await controllerVof.post('/api/v1/analyses', base).expect(403);
      await revisor.post('/api/v1/analyses', base).expect(403);
      expect((await revisor.get(`/api/v1/analyses?goalId=${goal.id}`).expect(200)).body.total).toBe(0);
    });
  });
});

