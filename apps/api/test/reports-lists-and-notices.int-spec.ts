import { DEMO_PASSWORD, seedDemoKommun } from '../src/seed/index.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Session } from './support/factory.js';

interface Item {
  id: string;
  status: string;
  orgNode: { key: string };
  period: { periodKey: string; deadline: string; locksOn: string };
}

const keys = (items: Item[]) => items.map((i) => `${i.orgNode.key} ${i.status}`).sort();

/**
 * "Mina rapporter", the controller's per-period overview and the notices a decision sends, on the demo kommun as
 * seeded on 2026-12-01 (Q3 2026 open until 2026-12-22; see the seed's demoFollowUp).
 */
describe('report lists and the notices of decisions', () => {
  let app: TestApp;
  let factory: TestFactory;
  let omar: Session;
  let eva: Session;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    await seedDemoKommun(app.database.ownerUrl, { today: '2026-12-01' });
    [omar, eva] = await Promise.all(['omar.hassan@exempelstad.se', 'eva.berg@exempelstad.se'].map((e) => factory.login(e, DEMO_PASSWORD)));
  });
  afterAll(async () => app?.close());

  it('mine=true gives an enhetschef only their own unit; without it they also read other units\' submitted reports, never others\' drafts', async () => {
    const mine = await omar.get('/api/v1/reports?mine=true').expect(200);
    expect(keys(mine.body.items)).toEqual(['uf.gr.norr utkast']);
    expect(mine.body.items[0].period).toMatchObject({ periodKey: '2026-Q3', deadline: '2026-12-08', locksOn: '2026-12-22' });

    const all = await omar.get('/api/v1/reports?pageSize=200').expect(200);
    expect(keys(all.body.items)).toEqual(['sof.bof godkand', 'uf.gr.norr utkast', 'uf.gr.soder inlamnad', 'vof.ht.vaster inlamnad']);
  });

  it('mine=true changes nothing for a kommun-wide controller, and anything but true/false is a 422 keyed by the field', async () => {
    const mine = await eva.get('/api/v1/reports?mine=true&pageSize=200').expect(200);
    expect(mine.body.total).toBe(19);
    const bad = await eva.get('/api/v1/reports?mine=kanske').expect(422);
    expect(Object.keys(bad.body.fields)).toEqual(['mine']);
  });

  it('counts each period\'s reports by status, in what the caller may see, ignoring a status filter', async () => {
    const overview = await eva.get('/api/v1/reports/overview?status=godkand').expect(200);
    expect(overview.body).toEqual([
      {
        period: expect.objectContaining({ periodKey: '2026-Q3', kind: 'kvartal', deadline: '2026-12-08', status: 'oppen' }),
        counts: { utkast: 15, inlamnad: 2, godkand: 1, atersand: 1 },
        total: 19,
      },
    ]);
    const omarsOwn = await omar.get('/api/v1/reports/overview?mine=true').expect(200);
    expect(omarsOwn.body.map((o: { counts: object; total: number }) => [o.counts, o.total])).toEqual([
      [{ utkast: 1, inlamnad: 0, godkand: 0, atersand: 0 }, 1],
    ]);
  });

  it('tells the enhetschef when the controller returns and later approves their report, with the comment', async () => {
    const [item] = (await omar.get('/api/v1/reports?mine=true').expect(200)).body.items as Item[];
    const path = `/api/v1/reports/${item!.id}`;
    const draft = await omar.get(path).expect(200);
    await omar
      .put(path, {
        version: draft.body.version,
        assessments: draft.body.goals.map((g: { goalId: string }) => ({
          goalId: g.goalId, whatHappened: 'Nästan alla lektioner blev av.', why: 'Vikariepoolen fungerar.', nextSteps: 'Behålla den.',
          selfLevel: 3, selfJustification: 'Målvärdet för genomförd undervisning nåddes.',
        })),
      })
      .expect(200);
    await omar.post(`${path}/submit`).expect(200);
    await eva.post(`${path}/return`, { comment: 'Beskriv också hur nettokostnaden utvecklades.' }).expect(200);

    const returned = await omar.get('/api/v1/notifications?mine=true').expect(200);
    expect(returned.body.items).toHaveLength(1);
    expect(returned.body.items[0]).toMatchObject({
      kind: 'rapport_atersand',
      recipientEmail: 'omar.hassan@exempelstad.se',
      subject: 'Rapporten för Norrskolan F–9, Q3 2026, har återsänts för komplettering',
    });
    expect(returned.body.items[0].body).toContain('Beskriv också hur nettokostnaden utvecklades.');
    expect(returned.body.items[0].body).toContain('senast 2026-12-08');

    const resubmitted = await omar.post(`${path}/submit`).expect(200);
    // The return is no longer the report's decision once it is submitted again.
    expect(resubmitted.body).toMatchObject({ status: 'inlamnad', decidedBy: null, decidedAt: null });
    await eva.post(`${path}/approve`).expect(200);
    const after = await omar.get('/api/v1/notifications?mine=true').expect(200);
    expect(after.body.items.map((n: { kind: string }) => n.kind)).toEqual(['rapport_godkand', 'rapport_atersand']);
    // Submitting notifies no one, and Eva's own list (mine) stays empty.
    expect((await eva.get('/api/v1/notifications?mine=true').expect(200)).body.total).toBe(0);
  });
});
