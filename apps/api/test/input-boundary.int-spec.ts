import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { newReportWorld, type ReportWorld } from './support/scenarios.js';

/** The malformed requests an outside tester found answering 500 (issue #18), one of each kind. */
describe('input boundary: hostile input is 400/422 in the error shape, never 500', () => {
  let app: TestApp;
  let factory: TestFactory;
  let kommun: Kommun;
  let world: ReportWorld;
  let admin: Session;
  let controller: Session;
  let elementId: string;

  const unprocessable = (fields: Record<string, unknown>) =>
    ({ statusCode: 422, error: 'Unprocessable Entity', message: expect.any(String), fields: expect.objectContaining(fields) });
  const count = (table: string) => factory.count(kommun, table);

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    kommun = await factory.newKommun({
      users: [
        { email: 'admin@boundary.se', role: 'admin' },
        { email: 'controller@boundary.se', role: 'controller' },
      ],
    });
    world = await newReportWorld(factory, kommun);
    admin = await factory.login('admin@boundary.se');
    controller = await factory.login('controller@boundary.se');
    const element = await controller.post(`/api/v1/goals/${world.goals.bun}/chain-elements`, { link: 'aktivitet', name: 'Gränsfall' }).expect(201);
    elementId = element.body.id as string;
  });
  afterAll(async () => app?.close());

  describe('JSON nested deeper than 32 levels is refused while parsing', () => {
    const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    const refused = { statusCode: 400, error: 'Bad Request', message: 'Begäran är för djupt nästlad (högst 32 nivåer).' };

    it('at login, without a session, as the body, an unknown field or a number field', async () => {
      for (const body of [deep(3000), `{"email":"a@b.se","password":"x","extra":${deep(3000)}}`, `{"email":"a@b.se","password":${deep(40)}}`]) {
        const res = await app.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send(body).expect(400);
        expect(res.body).toEqual(refused);
      }
    });

    it('in a 1.8 MB body on an authenticated write, and the API keeps answering', async () => {
      const body = `{"scale":${deep(900_000)}}`;
      expect(body.length).toBeGreaterThan(1_800_000);
      const res = await controller.agent.patch(`/api/v1/indicators/${world.indicators.andel}`)
        .set('X-CSRF-Token', controller.csrf).set('Content-Type', 'application/json').send(body).expect(400);
      expect(res.body).toEqual(refused);
      await app.http().get('/api/health').expect(200);
    });

    it('takes ordinary nesting, and refuses JSON that is not UTF-8', async () => {
      await app.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email":"a@b.se","password":"fel-lösenord"}').expect(401);
      const utf16 = await app.http().post('/api/v1/auth/login').set('Content-Type', 'application/json; charset=utf-16le')
        .send(Buffer.from('{"email":"a@b.se","password":"x"}', 'utf16le')).expect(415);
      expect(utf16.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    });
  });

  it('answers an address too long for the HTTP parser in the error shape too', async () => {
    const res = await app.http().get(`/api/v1/goals?q=${'x'.repeat(20_000)}`).expect(431);
    expect(res.body).toEqual({ statusCode: 431, error: 'Request Header Fields Too Large', message: expect.any(String) });
  });

  it('refuses page numbers beyond any integer on every paged list', async () => {
    for (const path of ['/api/v1/audit-events', '/api/v1/goals', '/api/v1/values', '/api/v1/reports', '/api/v1/users']) {
      const res = await admin.get(`${path}?page=99999999999999999999&pageSize=1e20`).expect(422);
      expect(res.body).toEqual(unprocessable({ page: ['Värdet är för stort.'], pageSize: ['Värdet är för stort.'] }));
    }
    await admin.get('/api/v1/audit-events?page=1000000').expect(200);
  });

  describe('text PostgreSQL cannot store (NUL, lone surrogates, control characters)', () => {
    it('in any text field of a body, keyed by the field', async () => {
      for (const name of ['noll\u0000tecken', 'halvt \ud800 par', 'klocka\u0007']) {
        const res = await controller.post(`/api/v1/goals/${world.goals.bun}/chain-elements`, { link: 'aktivitet', name }).expect(422);
        expect(res.body).toEqual(unprocessable({ name: [expect.stringMatching(/otillåtna tecken/)] }));
      }
      const login = await app.http().post('/api/v1/auth/login').send({ email: 'admin@boundary.se\u0000', password: 'x' }).expect(422);
      expect(Object.keys(login.body.fields)).toEqual(['email']);
    });

    it('in query filters', async () => {
      const res = await admin.get('/api/v1/users?q=%00').expect(422);
      expect(res.body).toEqual(unprocessable({ q: [expect.stringMatching(/otillåtna tecken/)] }));
      await admin.get('/api/v1/audit-events?entityType=rad%0Aett').expect(200);
    });

    it('in one comment of a 5 000-row PUT /values: 422 keyed rows.4999.comment, nothing stored', async () => {
      const indicators = [world.indicators.elever, world.indicators.behoriga, world.indicators.kostnad, world.indicators.lektioner];
      const nodes = [kommun.nodes['uf.norr']!, kommun.nodes['uf.soder']!, kommun.nodes.uf!];
      const rows = [];
      for (let year = 2000; rows.length < 5000; year++) {
        for (const quarter of [1, 2, 3, 4]) {
          for (const indicatorId of indicators) for (const orgNodeId of nodes) rows.push({ indicatorId, orgNodeId, periodKey: `${year}-Q${quarter}`, value: 10, comment: 'ok' });
        }
      }
      rows.length = 5000;
      rows[4999]!.comment = 'sista raden\u0000';
      const before = await count('indicator_value');
      const res = await controller.put('/api/v1/values', { rows }).expect(422);
      expect(res.body.fields).toEqual({ 'rows.4999.comment': [expect.stringMatching(/otillåtna tecken/)] });
      expect(await count('indicator_value')).toBe(before);
      await controller.put('/api/v1/values', { rows: rows.slice(0, 20) }).expect(200);
      expect(await count('indicator_value')).toBe(before + 20);
    });
  });

  it('refuses integers beyond their column (sortOrder is an int4)', async () => {
    for (const sortOrder of ['2147483648', '1e20', '9007199254740993', '-1']) {
      const res = await controller.agent.patch(`/api/v1/chain-elements/${elementId}`).set('X-CSRF-Token', controller.csrf)
        .set('Content-Type', 'application/json').send(`{"sortOrder":${sortOrder}}`).expect(422);
      expect(res.body).toEqual(unprocessable({ sortOrder: [expect.any(String)] }));
    }
    await controller.patch(`/api/v1/chain-elements/${elementId}`, { sortOrder: 100_000 }).expect(200);
  });

  describe('null for a field that is not nullable', () => {
    it('PATCH /periods/:id {"deadline": null} and PATCH /users/:id {"displayName": null}: 422 at the field', async () => {
      const period = await controller.patch(`/api/v1/periods/${world.periods.q3}`, { deadline: null }).expect(422);
      expect(period.body).toEqual(unprocessable({ deadline: [expect.stringMatching(/null/)] }));
      const user = await admin.patch(`/api/v1/users/${kommun.users['controller@boundary.se']}`, { displayName: null }).expect(422);
      expect(user.body).toEqual(unprocessable({ displayName: [expect.stringMatching(/null/)] }));
    });

    it('everywhere at once, while fields documented nullable still take null', async () => {
      const cleared = await controller.patch(`/api/v1/org-nodes/${kommun.nodes.bolag}`, { ownershipShare: null, purpose: null }).expect(200);
      expect(cleared.body).toMatchObject({ ownershipShare: null, purpose: null });
      const node = await controller.patch(`/api/v1/org-nodes/${kommun.nodes.bolag}`, { name: null, sortOrder: null }).expect(422);
      expect(Object.keys(node.body.fields).sort()).toEqual(['name', 'sortOrder']);
    });
  });
});
