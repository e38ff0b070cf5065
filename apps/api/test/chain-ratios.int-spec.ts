import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { indicatorBody } from './support/helpers.js';

describe('ratio definitions: /goals/:goalId/ratios and /ratios/:id', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let controller: Session;
  let goalId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      name: 'Kommun A',
      users: [
        { email: 'controller@a.se', role: 'controller' },
        { email: 'bolagscontroller@a.se', role: 'controller', scope: 'bolag' },
        { email: 'rektor@a.se', role: 'enhetschef', scope: 'uf.norr' },
        { email: 'revisor@a.se', role: 'revisor' },
      ],
    });
    b = await factory.newKommun({ name: 'Kommun B', users: [{ email: 'controller@b.se', role: 'controller' }] });
    controller = await factory.login('controller@a.se');
    goalId = (await factory.newGoal(a, { key: 'BUN1', owner: 'bun' })).id;
    const resurs = await factory.newChainElement(a, { goalId, link: 'resurs', name: 'Resurser' }, controller);
    const prestation = await factory.newChainElement(a, { goalId, link: 'prestation', name: 'Prestationer' }, controller);
    const resultat = await factory.newChainElement(a, { goalId, link: 'resultat', name: 'Resultat' }, controller);
    const annual = { periodicity: 'ar' as const, timeAggregation: 'ANNUAL' as const };
    ids.kostnad = await factory.newIndicator(a, indicatorBody(resurs, 'R1', { unit: 'tkr', timeAggregation: 'SUM', periodicity: 'ar' }), controller);
    ids.larare = await factory.newIndicator(a, indicatorBody(resurs, 'R2', { unit: 'åa', timeAggregation: 'AVG', periodicity: 'ar' }), controller);
    ids.elever = await factory.newIndicator(a, indicatorBody(prestation, 'P1', { unit: 'elever', ...annual }), controller);
    ids.avgangna = await factory.newIndicator(a, indicatorBody(prestation, 'P2', annual), controller);
    ids.behoriga = await factory.newIndicator(a, indicatorBody(resultat, 'K1', annual), controller);
    ids.andel = await factory.newIndicator(a, indicatorBody(resultat, 'K2', {
      ...annual, unit: '%', orgAggregation: 'RATIO', numeratorIndicatorId: ids.behoriga, denominatorIndicatorId: ids.avgangna, scale: 100,
    }), controller);
    ids.trygga = await factory.newIndicator(a, indicatorBody(resultat, 'K3', { ...annual, unit: '%' }), controller);
    ids.nki = await factory.newIndicator(a, indicatorBody(resultat, 'K4', { ...annual, unit: 'index' }), controller);
    ids.kontinuitet = await factory.newIndicator(a, indicatorBody(resultat, 'K5', { unit: 'pers.', direction: 'lower', timeAggregation: 'AVG' }), controller);
    const otherGoal = (await factory.newGoal(a, { key: 'VON1', owner: 'bun' })).id;
    ids.otherGoal = await factory.newIndicator(a, indicatorBody(await factory.newChainElement(a, { goalId: otherGoal, link: 'prestation', name: 'P' }, controller), 'VON1.P1'), controller);
    const stranger = await factory.login('controller@b.se');
    ids.foreign = await factory.newIndicator(b, indicatorBody(await factory.newChainElement(b, { goalId: (await factory.newGoal(b, { key: 'B1', owner: 'bun' })).id, link: 'prestation', name: 'P' }, stranger), 'B.P1'), stranger);
  });
  afterAll(async () => app?.close());

  const post = (body: object) => controller.post(`/api/v1/goals/${goalId}/ratios`, body);

  it('declares the four chain ratios and a kvot, listed in sort order, each audited', async () => {
    const made = [
      await post({ kind: 'produktivitet', name: 'Elever per lärartjänst', numeratorIndicatorId: ids.elever, denominatorIndicatorId: ids.larare, sortOrder: 0 }).expect(201),
      await post({ kind: 'kostnad_per_prestation', name: 'Kostnad per elev', numeratorIndicatorId: ids.kostnad, denominatorIndicatorId: ids.elever, sortOrder: 1 }).expect(201),
      await post({ kind: 'effektivitet', name: 'Behöriga per mnkr', numeratorIndicatorId: ids.behoriga, denominatorIndicatorId: ids.kostnad, sortOrder: 2 }).expect(201),
      await post({ kind: 'kostnad_per_resultat', name: 'Kostnad per behörig', numeratorIndicatorId: ids.kostnad, denominatorIndicatorId: ids.behoriga, sortOrder: 3 }).expect(201),
      await post({ kind: 'kvot', name: 'Andel behöriga', numeratorIndicatorId: ids.behoriga, denominatorIndicatorId: ids.avgangna, scale: 100, unit: '%', sortOrder: 4 }).expect(201),
    ];
    expect(made[4]!.body).toMatchObject({ goalId, kind: 'kvot', scale: 100, unit: '%' });
    const list = await controller.get(`/api/v1/goals/${goalId}/ratios`).expect(200);
    expect(list.body.map((r: { name: string }) => r.name)).toEqual(['Elever per lärartjänst', 'Kostnad per elev', 'Behöriga per mnkr', 'Kostnad per behörig', 'Andel behöriga']);
    const audit = await factory.auditEvents(a, 'ratio_definition');
    expect(audit.filter((r) => r.action === 'create').map((r) => r.entity_id)).toEqual(made.map((r) => r.body.id));
  });

  it('rejects pairs that do not fit the kind with a Swedish explanation (422)', async () => {
    const pairs: [string, string, string, string, RegExp][] = [
      ['produktivitet', ids.kostnad!, ids.elever!, 'numeratorIndicatorId', /täljaren ska vara en prestation/],
      ['produktivitet', ids.elever!, ids.behoriga!, 'denominatorIndicatorId', /nämnaren ska vara en resurs/],
      ['kostnad_per_prestation', ids.larare!, ids.elever!, 'numeratorIndicatorId', /kräver en kostnad från resurslänken \(kr, tkr, mnkr eller mdkr\)/],
      ['effektivitet', ids.trygga!, ids.kostnad!, 'numeratorIndicatorId', /antal goda utfall .* inte en andel eller ett index/],
      ['effektivitet', ids.nki!, ids.kostnad!, 'numeratorIndicatorId', /inte en andel eller ett index/],
      ['effektivitet', ids.kontinuitet!, ids.kostnad!, 'numeratorIndicatorId', /lägre-är-bättre/],
      ['kostnad_per_resultat', ids.kostnad!, ids.trygga!, 'denominatorIndicatorId', /inte en andel eller ett index/],
      ['kvot', ids.andel!, ids.avgangna!, 'numeratorIndicatorId', /måste summeras över organisationen \(SUM\)/],
      ['kvot', ids.elever!, ids.otherGoal!, 'denominatorIndicatorId', /hör inte till det här målets kedja/],
      ['kvot', ids.elever!, ids.foreign!, 'denominatorIndicatorId', /^Indikatorn finns inte\.$/],
      ['kvot', ids.elever!, ids.elever!, 'denominatorIndicatorId', /olika indikatorer/],
    ];
    for (const [kind, numeratorIndicatorId, denominatorIndicatorId, field, message] of pairs) {
      const res = await post({ kind, name: 'Fel', numeratorIndicatorId, denominatorIndicatorId }).expect(422);
      expect(res.body.message).toBe('Nyckeltalet passar inte kedjan.');
      expect(res.body.fields[field]).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    }
    const shape = await post({ kind: 'kvotient', name: '', numeratorIndicatorId: 'x', scale: -1 }).expect(422);
    expect(shape.body.fields).toMatchObject({
      kind: ['Typen måste vara en av produktivitet, kostnad_per_prestation, effektivitet, kostnad_per_resultat, kvot.'],
      name: ['Ange ett namn.'],
      numeratorIndicatorId: ['Måste vara ett giltigt id (UUID).'],
      denominatorIndicatorId: expect.any(Array),
      scale: ['Skalan måste vara större än 0.'],
    });
  });

  it('re-checks the pair on PATCH and leaves the definition unchanged when it does not fit', async () => {
    const ratio = await post({ kind: 'kvot', name: 'Trygga per elev', numeratorIndicatorId: ids.trygga, denominatorIndicatorId: ids.elever }).expect(201);
    const refused = await controller.patch(`/api/v1/ratios/${ratio.body.id}`, { kind: 'effektivitet' }).expect(422);
    expect(refused.body.fields.numeratorIndicatorId[0]).toMatch(/inte en andel/);
    const list = await controller.get(`/api/v1/goals/${goalId}/ratios`).expect(200);
    expect(list.body.find((r: { id: string }) => r.id === ratio.body.id).kind).toBe('kvot');
    const renamed = await controller.patch(`/api/v1/ratios/${ratio.body.id}`, { name: 'Andel trygga per elev', unit: '  ' }).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Andel trygga per elev', unit: null, kind: 'kvot' });
    const audit = (await factory.auditEvents(a, 'ratio_definition')).find((r) => r.entity_id === ratio.body.id && r.action === 'update');
    expect(audit).toMatchObject({ before: { name: 'Trygga per elev' }, after: { name: 'Andel trygga per elev' } });
  });

  it('deletes a definition (204, audited)', async () => {
    const ratio = await post({ kind: 'kvot', name: 'Tillfällig', numeratorIndicatorId: ids.avgangna, denominatorIndicatorId: ids.elever }).expect(201);
    await controller.delete(`/api/v1/ratios/${ratio.body.id}`).expect(204);
    await controller.delete(`/api/v1/ratios/${ratio.body.id}`).expect(404);
    const audit = (await factory.auditEvents(a, 'ratio_definition')).find((r) => r.entity_id === ratio.body.id && r.action === 'delete');
    expect(audit?.before).toMatchObject({ name: 'Tillfällig' });
  });

  it('lets only controllers in scope write, every role read, and hides other kommuner (404)', async () => {
    const ratio = await post({ kind: 'kvot', name: 'Skyddad', numeratorIndicatorId: ids.avgangna, denominatorIndicatorId: ids.elever }).expect(201);
    const body = { kind: 'kvot', name: 'X', numeratorIndicatorId: ids.avgangna, denominatorIndicatorId: ids.elever };
    for (const email of ['rektor@a.se', 'revisor@a.se', 'bolagscontroller@a.se']) {
      const session = await factory.login(email);
      await session.post(`/api/v1/goals/${goalId}/ratios`, body).expect(403);
      await session.patch(`/api/v1/ratios/${ratio.body.id}`, { name: 'Y' }).expect(403);
      await session.delete(`/api/v1/ratios/${ratio.body.id}`).expect(403);
      await session.get(`/api/v1/goals/${goalId}/ratios`).expect(200);
    }
    const stranger = await factory.login('controller@b.se');
    await stranger.get(`/api/v1/goals/${goalId}/ratios`).expect(404);
    await stranger.post(`/api/v1/goals/${goalId}/ratios`, body).expect(404);
    await stranger.patch(`/api/v1/ratios/${ratio.body.id}`, { name: 'Y' }).expect(404);
    await stranger.delete(`/api/v1/ratios/${ratio.body.id}`).expect(404);
    await app.http().get(`/api/v1/goals/${goalId}/ratios`).expect(401);
    // An indicator used by a ratio definition cannot be deleted.
    expect((await controller.delete(`/api/v1/indicators/${ids.avgangna}`).expect(409)).body.message).toMatch(/används/);
  });
});
