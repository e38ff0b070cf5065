import type { GoalConsultationDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { KONCERN_NODES } from './support/scenarios.js';

/**
 * Remiss of a draft goal: whoever may edit the draft sends it to the units below its owner; users with a grant
 * on a node in that subtree comment for that node until the goal is decided. Audited, field-keyed, kommun-isolated.
 * A draft is read only in the draft scope (goals-draft-visibility.int-spec.ts): a unit below the owner sees it once it
 * is on remiss, a unit elsewhere and the revisor never (404, as for a goal that does not exist).
 */
describe('goal circulation for comments', () => {
  let app: TestApp;
  let factory: TestFactory;
  let k: Kommun;
  let other: Kommun;
  let eva: Session;
  let omar: Session;
  let sara: Session;
  let johan: Session;
  let karin: Session;
  let revisor: Session;
  let outsider: Session;
  let draftId: string;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    k = await factory.newKommun({
      nodes: KONCERN_NODES,
      users: [
        { email: 'eva@c.se', role: 'controller' },
        { email: 'omar@c.se', role: 'enhetschef', scope: 'uf.gr.norr' },
        { email: 'sara@c.se', role: 'enhetschef', scope: 'vof.ht' },
        { email: 'johan@c.se', role: 'fortroendevald', scope: 'bun' },
        { email: 'karin@c.se', role: 'ordforande', scope: 'bun' },
        { email: 'lars@c.se', role: 'revisor' },
      ],
    });
    other = await factory.newKommun({ nodes: KONCERN_NODES, users: [{ email: 'eva@other.se', role: 'controller' }] });
    [eva, omar, sara, johan, karin, revisor, outsider] = await Promise.all(
      ['eva@c.se', 'omar@c.se', 'sara@c.se', 'johan@c.se', 'karin@c.se', 'lars@c.se', 'eva@other.se'].map((e) => factory.login(e)),
    );
    draftId = (await factory.newGoal(k, { key: 'BUN9', owner: 'bun', title: 'Fler elever läser varje dag' }, johan)).id;
  });
  afterAll(async () => app?.close());

  const consultation = async (s: Session = eva): Promise<GoalConsultationDto> => (await s.get(`/api/v1/goals/${draftId}/consultation`).expect(200)).body;

  it('refuses comments until the draft is sent, and lets only those who may edit it send it', async () => {
    expect(await consultation()).toEqual({ circulation: null, comments: [] });
    // Before the remiss the school does not see BUN's draft at all; the förvaltning above it (eva) is told to wait.
    await omar.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: k.nodes['uf.gr.norr'], text: 'För tidigt' }).expect(404);
    const early = await eva.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: k.nodes.uf, text: 'För tidigt' }).expect(409);
    expect(early.body.message).toMatch(/remiss/);
    // Sending needs goal:write, which an enhetschef has nowhere (refused before the goal is looked up).
    await omar.post(`/api/v1/goals/${draftId}/circulation`, {}).expect(403);
    await sara.post(`/api/v1/goals/${draftId}/circulation`, {}).expect(403);
    const bad = await johan.post(`/api/v1/goals/${draftId}/circulation`, { dueOn: '31 mars', message: 7 }).expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['dueOn', 'message']);

    const sent = await johan.post(`/api/v1/goals/${draftId}/circulation`, { dueOn: '2026-03-31', message: 'Går målet att bryta ned hos er?' }).expect(200);
    expect(sent.body).toEqual({
      circulation: { sentAt: expect.any(String), sentByName: expect.any(String), dueOn: '2026-03-31', message: 'Går målet att bryta ned hos er?' },
      comments: [],
    });
    expect((await factory.auditEvents(k, 'goal', draftId)).at(-1)).toMatchObject({ action: 'circulate', before: null, after: { dueOn: '2026-03-31' } });
    // Sending again changes the date and message; still one circulation.
    await johan.post(`/api/v1/goals/${draftId}/circulation`, { dueOn: '2026-04-15' }).expect(200);
    expect((await consultation()).circulation).toMatchObject({ dueOn: '2026-04-15', message: '' });
    expect(await factory.count(k, 'goal_circulation')).toBe(1);
    // The units' managers below BUN hear of it once, on the first sending.
    expect(await factory.rows(k, `SELECT recipient_email, subject FROM notification WHERE kind = 'remiss'`)).toEqual([
      { recipient_email: 'omar@c.se', subject: 'Remiss: synpunkter på förslaget ”BUN9 Fler elever läser varje dag” senast 2026-03-31' },
    ]);
  });

  it('takes comments for units below the owner within the commenter’s scope, field-keyed otherwise', async () => {
    const norr = await omar.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: k.nodes['uf.gr.norr'], text: 'Vi behöver mäta läsning per termin.' }).expect(201);
    expect(norr.body).toMatchObject({ orgNodeId: k.nodes['uf.gr.norr'], orgNodeName: 'Norrskolan', text: 'Vi behöver mäta läsning per termin.' });
    expect((await factory.auditEvents(k, 'goal_comment', norr.body.id))[0]).toMatchObject({ action: 'create', after: { goalId: draftId, text: 'Vi behöver mäta läsning per termin.' } });

    // Another school in the subtree, but not Omar's.
    await omar.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: k.nodes['uf.gr.soder'], text: 'x' }).expect(403);
    // Hemtjänst is not below BUN: its manager does not see the draft; anyone who does gets a 422 on the field.
    await sara.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: k.nodes['vof.ht'], text: 'Inte vår nämnd' }).expect(404);
    const outside = await eva.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: k.nodes['vof.ht'], text: 'Inte vår nämnd' }).expect(422);
    expect(outside.body.fields).toEqual({ orgNodeId: ['Enheten ligger inte under målets ägare.'] });
    // The revisor reads but has no goal:comment.
    await revisor.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: k.nodes.bun, text: 'x' }).expect(403);
    const bad = await omar.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: 'norr', text: '' }).expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['orgNodeId', 'text']);
    await omar.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: k.nodes['uf.gr.norr'], text: 'x'.repeat(4001) }).expect(422);

    await eva.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: k.nodes.uf, text: 'Förvaltningen instämmer.' }).expect(201);
    // The revisor reads no drafts (DOMAIN.md 3.3); the units' comments are read by those who read the draft.
    await revisor.get(`/api/v1/goals/${draftId}/consultation`).expect(404);
    const { comments } = await consultation(omar);
    expect(comments.map((c) => [c.orgNodeName, c.text])).toEqual([
      ['Norrskolan', 'Vi behöver mäta läsning per termin.'],
      ['Utbildningsförvaltningen', 'Förvaltningen instämmer.'],
    ]);
  });

  it('keeps other kommuner out', async () => {
    await outsider.get(`/api/v1/goals/${draftId}/consultation`).expect(404);
    await outsider.post(`/api/v1/goals/${draftId}/circulation`, {}).expect(404);
    await outsider.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: other.nodes.bun, text: 'x' }).expect(404);
    expect(await factory.count(other, 'goal_comment')).toBe(0);
  });

  it('closes the remiss once the ordförande records the decision', async () => {
    const goal = (await karin.get(`/api/v1/goals/${draftId}`).expect(200)).body;
    await karin.post(`/api/v1/goals/${draftId}/decision`, { organ: 'Barn- och utbildningsnämnden', datum: '2026-05-20', paragraf: '§ 41', version: goal.version }).expect(200);
    const late = await omar.post(`/api/v1/goals/${draftId}/comments`, { orgNodeId: k.nodes['uf.gr.norr'], text: 'Sent' }).expect(409);
    expect(late.body.message).toMatch(/beslutat/);
    await johan.post(`/api/v1/goals/${draftId}/circulation`, {}).expect(403);
    await eva.post(`/api/v1/goals/${draftId}/circulation`, {}).expect(409);
    expect((await consultation()).comments).toHaveLength(2);
    // Decided, the goal and its remiss are read by every role of the kommun.
    expect((await consultation(revisor)).comments).toHaveLength(2);
    await sara.get(`/api/v1/goals/${draftId}/consultation`).expect(200);
  });
});
