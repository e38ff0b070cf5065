import type { AgendaItemDto, DialogueActionDto, DialogueAgenda, DialogueDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';
import { zipText } from './support/helpers.js';
import { buildPeriodSnapshot } from '../src/periods/period-snapshot.builder.js';
import { periodSnapshotQueries } from '../src/periods/period-snapshot.queries.js';

/**
 * The agenda made from the data, notes per item, and actions that follow their owner into the next report and the
 * next dialogue's agenda.
 */
describe('dialogue agenda, notes and actions (/dialogues/:id/agenda, notes, actions)', () => {
  let app: TestApp;
  let factory: TestFactory;
  let k: Kommun;
  let eva: Session;
  let rektor: Session;
  let revisor: Session;
  let goal: string;
  let ind: Record<'lektioner' | 'nojda' | 'behoriga' | 'kostnad' | 'annan', string>;
  let earlier: DialogueDto;
  let earlierAction: DialogueActionDto;
  let dialogue: DialogueDto;
  let agenda: DialogueAgenda;
  let q4Report: string;
  let q3: string;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    k = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'eva@a.se', role: 'controller' },
        { email: 'omar@a.se', role: 'enhetschef', scope: 'uf.gr.norr' },
        { email: 'revisor@a.se', role: 'revisor' },
        { email: 'karin@a.se', role: 'ordforande', scope: 'bun' },
      ],
    });
    [eva, rektor, revisor] = await Promise.all(['eva@a.se', 'omar@a.se', 'revisor@a.se'].map((e) => factory.login(e)));
    const q3Before = await factory.newPeriod(k, { key: '2025-Q3', from: '2025-07-01', to: '2025-09-30', status: 'last' });
    q3 = await factory.newPeriod(k, { key: '2026-Q3', from: '2026-07-01', to: '2026-09-30', status: 'last' });
    const q4 = await factory.newPeriod(k, { key: '2026-Q4', from: '2026-10-01', to: '2026-12-31', status: 'oppen' });
    goal = (await factory.newGoal(k, { key: 'BUN1', owner: 'bun', level: 'namndmal', title: 'Eleverna är behöriga', validFromYear: 2025 })).id;
    const other = (await factory.newGoal(k, { key: 'BUN2', owner: 'bun', level: 'namndmal', validFromYear: 2025 })).id;
    const element = async (g: string, link: 'aktivitet' | 'resultat' | 'resurs') => factory.newChainElement(k, { goalId: g, link, name: link });
    const [aktivitet, resultat, resurs] = [await element(goal, 'aktivitet'), await element(goal, 'resultat'), await element(goal, 'resurs')];
    ind = {
      lektioner: await factory.newIndicator(k, { chainElementId: aktivitet, key: 'L', name: 'Genomförda lektioner', purpose: 'Test' }),
      nojda: await factory.newIndicator(k, { chainElementId: resultat, key: 'N', name: 'Nöjda elever', unit: '%', orgAggregation: 'NONE', timeAggregation: 'LAST', purpose: 'Test' }),
      behoriga: await factory.newIndicator(k, { chainElementId: resultat, key: 'B', name: 'Behöriga elever', targeted: false, purpose: 'Test' }),
      kostnad: await factory.newIndicator(k, { chainElementId: resurs, key: 'K', name: 'Nettokostnad', unit: 'mnkr', direction: 'lower', targeted: false, purpose: 'Test' }),
      annan: (await factory.newIndicators(k, { goalId: other, count: 1 }))[0]!,
    };
    for (const periodKey of ['2025-Q3', '2026-Q3']) await factory.newTargets(k, ind.lektioner, [{ periodKey, targetValue: 1000 }]);
    await factory.newTargets(k, ind.nojda, [{ periodKey: '2026-Q3', targetValue: 80 }]);
    await factory.newRatio(k, { goalId: goal, kind: 'effektivitet', name: 'Behöriga per mnkr', numeratorIndicatorId: ind.behoriga, denominatorIndicatorId: ind.kostnad });
    const rows: [string, keyof typeof ind, string, number][] = [
      ['uf.gr.norr', 'lektioner', '2025-Q3', 520], ['uf.gr.soder', 'lektioner', '2025-Q3', 500],
      ['uf.gr.norr', 'lektioner', '2026-Q3', 500], ['uf.gr.soder', 'lektioner', '2026-Q3', 460],
      ['uf.gr.norr', 'behoriga', '2025-Q3', 40], ['uf.gr.norr', 'kostnad', '2025-Q3', 10],
      ['uf.gr.norr', 'behoriga', '2026-Q3', 35], ['uf.gr.norr', 'kostnad', '2026-Q3', 12],
      ['uf.gr.soder', 'behoriga', '2025-Q3', 50], ['uf.gr.soder', 'kostnad', '2025-Q3', 10],
      ['uf.gr.soder', 'behoriga', '2026-Q3', 50], ['uf.gr.soder', 'kostnad', '2026-Q3', 10],
    ];
    await factory.newValues(k, rows.map(([node, name, periodKey, value]) => ({ indicatorId: ind[name], orgNodeId: k.nodes[node]!, periodKey, value })));
    const norrQ3 = await factory.newReport(k, { periodId: q3, node: 'uf.gr.norr' });
    await factory.newSelfAssessment(k, { reportId: norrQ3, goalId: goal, level: 2, why: 'Lärarbrist under hösten', status: 'godkand' });
    q4Report = await factory.newReport(k, { periodId: q4, node: 'uf.gr.norr' });

    earlier = (await eva.post('/api/v1/dialogues', { orgNodeId: k.nodes.bun, periodId: q3Before, heldOn: '2025-11-05' }).expect(201)).body;
    earlierAction = (await eva.post(`/api/v1/dialogues/${earlier.id}/actions`, { title: 'Kartlägg lärarbehovet', ownerNodeId: k.nodes['uf.gr.norr'], dueOn: '2026-03-31', goalId: goal }).expect(201)).body;
    // A förvaltning's dialogue covers its nämnd's goals.
    dialogue = (await eva.post('/api/v1/dialogues', { orgNodeId: k.nodes.uf, periodId: q3, heldOn: '2026-11-05', participants: [{ name: 'Anna Ek', role: 'Förvaltningschef' }] }).expect(201)).body;
  });
  afterAll(async () => app?.close());

  it('makes the agenda from the data, what went wrong first, each item with the unit’s narrative and its figures', async () => {
    agenda = (await revisor.get(`/api/v1/dialogues/${dialogue.id}/agenda`).expect(200)).body;
    expect(agenda).toMatchObject({ dialogueId: dialogue.id, periodKey: '2026-Q3', comparedWith: '2025-Q3', source: 'live' });
    const at = (item: AgendaItemDto) => [item.reason, item.orgNodeName];
    expect(agenda.items.map(at)).toEqual([
      ['mal_ej_uppfyllt', null],
      ['sjunkande_maluppfyllelse', null],
      ['resurser_upp_resultat_ned', 'Norrskolan'],
      ['resurser_upp_resultat_ned', 'Barn- och utbildningsnämnden'],
      ['forandring_nyckeltal', 'Norrskolan'],
      ['forandring_nyckeltal', 'Barn- och utbildningsnämnden'],
      ['saknar_farskt_varde', null],
      ['oppen_atgard', 'Norrskolan'],
    ]);
    const [below, , resources] = agenda.items;
    expect(below).toMatchObject({ goalId: goal, goalTitle: 'BUN1 Eleverna är behöriga', reasonLabel: 'Mål under målvärdet', note: '' });
    expect(below!.narratives).toEqual([expect.objectContaining({ orgNodeName: 'Norrskolan', level: 2, label: 'Delvis uppfyllt', why: 'Lärarbrist under hösten' })]);
    expect(resources).toMatchObject({
      ratioName: 'Behöriga per mnkr', improvement: false,
      current: { periodKey: '2026-Q3', numerator: 35, denominator: 12, numeratorUnit: 'st', denominatorUnit: 'mnkr' },
      previous: { periodKey: '2025-Q3', value: 4, numerator: 40, denominator: 10 },
    });
    expect(agenda.items[6]).toMatchObject({ indicatorId: ind.nojda, indicatorName: 'Nöjda elever' });
    expect(agenda.items[7]).toMatchObject({ actionId: earlierAction.id, ratioName: 'Kartlägg lärarbehovet' });
  });

  it('keeps a note per agenda item, audited, and only for controllers in scope', async () => {
    const key = agenda.items[0]!.key;
    await eva.put(`/api/v1/dialogues/${dialogue.id}/notes`, { itemKey: key, text: ' Förvaltningen återkommer med en analys. ' }).expect(200);
    const again: DialogueAgenda = (await eva.get(`/api/v1/dialogues/${dialogue.id}/agenda`).expect(200)).body;
    expect(again.items[0]!.note).toBe('Förvaltningen återkommer med en analys.');
    await rektor.put(`/api/v1/dialogues/${dialogue.id}/notes`, { itemKey: key, text: 'X' }).expect(403);
    expect((await factory.auditEvents(k, 'dialogue_note', dialogue.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('records actions with owner, due date and goal or indicator, and checks them by field', async () => {
    const bad = await eva
      .post(`/api/v1/dialogues/${dialogue.id}/actions`, { title: 'X', ownerNodeId: k.nodes.vof, ownerUserId: k.nodes.bun, dueOn: '2027-01-31', goalId: goal, indicatorId: ind.annan })
      .expect(422);
    expect(bad.body.fields).toEqual({
      ownerNodeId: ['Den ansvariga ska höra till dialogens nämnd, förvaltning eller bolag.'],
      ownerUserId: ['Användaren finns inte i kommunen.'],
      indicatorId: ['Indikatorn hör inte till målet.'],
    });
    const created = await eva
      .post(`/api/v1/dialogues/${dialogue.id}/actions`, {
        title: 'Inför fasta lärarlag', ownerNodeId: k.nodes['uf.gr.norr'], ownerUserId: k.users['omar@a.se'], dueOn: '2027-01-31', goalId: goal, indicatorId: ind.lektioner,
      })
      .expect(201);
    expect(created.body).toMatchObject({ ownerNodeName: 'Norrskolan', ownerUserName: 'omar', status: 'oppen', dueOn: '2027-01-31', dialogueTitle: dialogue.title, version: 1 });
    await rektor.post(`/api/v1/dialogues/${dialogue.id}/actions`, { title: 'X', ownerNodeId: k.nodes['uf.gr.norr'], dueOn: '2027-01-31' }).expect(403);
    const list: DialogueActionDto[] = (await revisor.get(`/api/v1/dialogues/${dialogue.id}/actions`).expect(200)).body;
    expect(list.map((a) => a.title)).toEqual(['Inför fasta lärarlag']);
  });

  it('shows the owner’s open actions in its next report, and drops them once closed', async () => {
    const report = (await rektor.get(`/api/v1/reports/${q4Report}`).expect(200)).body;
    expect(report.openActions.map((a: DialogueActionDto) => a.title)).toEqual(['Kartlägg lärarbehovet', 'Inför fasta lärarlag']);
    const closed = await eva.patch(`/api/v1/dialogues/${earlier.id}/actions/${earlierAction.id}`, { version: 1, status: 'stangd' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'stangd', closedAt: expect.any(String), version: 2 });
    await eva.patch(`/api/v1/dialogues/${earlier.id}/actions/${earlierAction.id}`, { version: 1, status: 'oppen' }).expect(409);
    const after = (await rektor.get(`/api/v1/reports/${q4Report}`).expect(200)).body;
    expect(after.openActions.map((a: DialogueActionDto) => a.title)).toEqual(['Inför fasta lärarlag']);
    const nextAgenda: DialogueAgenda = (await eva.get(`/api/v1/dialogues/${dialogue.id}/agenda`).expect(200)).body;
    expect(nextAgenda.items.some((i) => i.reason === 'oppen_atgard')).toBe(false);
    expect((await factory.auditEvents(k, 'dialogue_action', earlierAction.id)).map((e) => [e.action, e.after?.status])).toEqual([['create', 'oppen'], ['update', 'stangd']]);
  });

  it('keeps the draft protocol to those who prepare the dialogue', async () => {
    const karin = await factory.login('karin@a.se');
    await karin.put(`/api/v1/goals/${goal}/assessments`, { periodId: q3, tier: 'namnd', orgNodeId: k.nodes.bun, level: 1, justification: 'Nämnden ser allvarligt på läget.' }).expect(200);
    const denied = await revisor.get(`/api/v1/dialogues/${dialogue.id}/protocol.docx`).expect(403);
    expect(denied.body.message).toBe('Protokollet kan läsas när det är justerat.');
    await eva.get(`/api/v1/dialogues/${dialogue.id}/protocol.docx`).expect(200);
  });

  it('freezes notes and actions once the protocol is justerat, except closing and reopening actions', async () => {
    const held = (await eva.put(`/api/v1/dialogues/${dialogue.id}/status`, { version: dialogue.version, status: 'genomford' }).expect(200)).body;
    await eva.put(`/api/v1/dialogues/${dialogue.id}/status`, { version: held.version, status: 'protokoll_justerat' }).expect(200);
    const frozen = await eva.put(`/api/v1/dialogues/${dialogue.id}/notes`, { itemKey: 'x', text: 'X' }).expect(422);
    expect(frozen.body.fields).toEqual({ status: ['Protokollet är justerat; dialogen kan inte ändras.'] });
    await eva.post(`/api/v1/dialogues/${dialogue.id}/actions`, { title: 'X', ownerNodeId: k.nodes['uf.gr.norr'], dueOn: '2027-01-31' }).expect(422);
    const [action] = (await eva.get(`/api/v1/dialogues/${dialogue.id}/actions`).expect(200)).body as DialogueActionDto[];
    await eva.patch(`/api/v1/dialogues/${dialogue.id}/actions/${action!.id}`, { version: action!.version, title: 'Y' }).expect(422);
    await eva.patch(`/api/v1/dialogues/${dialogue.id}/actions/${action!.id}`, { version: action!.version, status: 'stangd' }).expect(200);
    await eva.patch(`/api/v1/dialogues/${earlier.id}/actions/${action!.id}`, { version: 2, status: 'oppen' }).expect(404);
  });

  it('lets every role read the justerat protocol: participants, agenda with figures and narratives, assessments side by side, decisions and actions', async () => {
    const res = await rektor.get(`/api/v1/dialogues/${dialogue.id}/protocol.docx`).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".*\.docx"/);
    const xml = zipText(res.body as Buffer, 'word/document.xml');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const expected of [
      dialogue.title,
      'Anna Ek',
      'Förvaltningschef',
      'Mål under målvärdet: BUN1 Eleverna är behöriga',
      'Varför: Lärarbrist under hösten',
      'Behöriga per mnkr',
      '(35 st / 12 mnkr)',
      'Förvaltningen återkommer med en analys.',
      'Självvärdering Norrskolan',
      'Nämndens bedömning (Barn- och utbildningsnämnden)',
      'Nämnden ser allvarligt på läget.',
      'Inför fasta lärarlag',
      'Protokoll justerat',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('reads a locked period as frozen at its lock once it has a snapshot, even after a value was corrected', async () => {
    const period = { id: q3, periodKey: '2026-Q3', kind: 'kvartal', coversFrom: '2026-07-01', coversTo: '2026-09-30' };
    await factory.asKommun(k, async (m) => periodSnapshotQueries.insertOnce(m, k.tenantId, q3, await buildPeriodSnapshot(m, k.tenantId, period, new Date())));
    await factory.asKommun(k, (m) =>
      m.query(`UPDATE indicator_value SET value = 20 WHERE indicator_id = $1 AND org_node_id = $2 AND period_key = '2026-Q3'`, [ind.behoriga, k.nodes['uf.gr.norr']]),
    );
    const live = await revisor.get(`/api/v1/goals/${goal}/chain?periods=2026-Q3&orgNodeIds=${k.nodes['uf.gr.norr']}`).expect(200);
    expect(live.body.ratios[0].results[0]).toMatchObject({ periodKey: '2026-Q3', numerator: 20, denominator: 12 });

    const frozen = (await revisor.get(`/api/v1/dialogues/${dialogue.id}/agenda`).expect(200)).body as DialogueAgenda;
    expect(frozen.source).toBe('snapshot');
    const norr = frozen.items.find((i) => i.reason === 'resurser_upp_resultat_ned' && i.orgNodeName === 'Norrskolan');
    expect(norr?.current).toMatchObject({ periodKey: '2026-Q3', numerator: 35, denominator: 12 });
    expect(norr?.previous).toMatchObject({ periodKey: '2025-Q3', numerator: 40, denominator: 10 });
  });
});

