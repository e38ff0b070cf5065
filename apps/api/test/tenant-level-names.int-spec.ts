import type { GoalChainView } from '@resultatkedjan/contracts';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { EXEMPELSTAD_NODES, newHemtjanstChain, type HemtjanstChain } from './support/scenarios.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DEFAULTS = { 3: 'Uppfyllt', 2: 'Delvis uppfyllt', 1: 'Ej uppfyllt', 0: 'Ej bedömt' };
const GRADES = { 3: 'Hög grad', 2: 'Viss grad', 1: 'Låg grad', 0: 'Ingen bedömning' };

/** A kommun names its own måluppfyllelse levels (PATCH /tenant/settings `levelNames`), and the views speak them. */
describe('the kommun’s names of the måluppfyllelse levels', () => {
  let app: TestApp;
  let factory: TestFactory;
  let kommun: Kommun;
  let admin: Session;
  let controller: Session;
  let hemtjanst: HemtjanstChain;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    kommun = await factory.newKommun({
      nodes: EXEMPELSTAD_NODES,
      users: [{ email: 'admin@namn.se', role: 'admin' }, { email: 'controller@namn.se', role: 'controller' }],
    });
    [admin, controller] = await Promise.all(['admin@namn.se', 'controller@namn.se'].map((e) => factory.login(e)));
    hemtjanst = await newHemtjanstChain(factory, kommun, controller);
  });
  afterAll(async () => app?.close());

  const settings = async () => (await controller.get('/api/v1/tenant').expect(200)).body.settings;
  const chainLabels = async () => {
    const view = (await controller.get(`/api/v1/goals/${hemtjanst.goalId}/chain?periods=2024,2025`).expect(200)).body as GoalChainView;
    const figures = view.elements.flatMap((e) => e.indicators).find((i) => i.id === hemtjanst.indicators.kontinuitet)!.figures;
    return figures.map((f) => [f.periodKey, f.assessment.level, f.assessment.label]);
  };

  it('refuses blank, too long, repeated, missing and unknown names with field keys, and saves nothing', async () => {
    const eventsBefore = await factory.count(kommun, 'audit_event');
    const bad = await admin
      .patch('/api/v1/tenant/settings', { goalCeiling: 3, levelNames: { 3: '  ', 2: 'x'.repeat(41), 1: 'Låg grad', 0: ' låg GRAD ' } })
      .expect(422);
    expect(bad.body.fields).toEqual({
      'levelNames.3': ['Ange ett namn för nivån.'],
      'levelNames.2': ['Namnet får vara högst 40 tecken.'],
      'levelNames.0': ['Två nivåer kan inte heta likadant.'],
    });
    const shape = await admin.patch('/api/v1/tenant/settings', { levelNames: { 3: 'Hög', 2: 7, 1: 'Låg', extra: 'x' } }).expect(422);
    expect(shape.body.fields).toEqual({
      'levelNames.2': ['Ange nivåns namn som text.'],
      'levelNames.0': ['Ange nivåns namn som text.'],
      'levelNames.extra': ['Fältet är inte tillåtet.'],
    });
    const notObject = await admin.patch('/api/v1/tenant/settings', { levelNames: 'Hög grad' }).expect(422);
    expect(Object.keys(notObject.body.fields)).toEqual(['levelNames']);
    // Forty characters after trimming is fine; the refused requests changed nothing, not even the ceiling sent alongside.
    expect(await settings()).toMatchObject({ goalCeiling: 5, levelNames: DEFAULTS });
    expect(await factory.count(kommun, 'audit_event')).toBe(eventsBefore);
  });

  it('stores trimmed names, shows them to every role, audits the change, and null brings the defaults back', async () => {
    const long = 'Å'.repeat(40);
    const saved = await admin.patch('/api/v1/tenant/settings', { levelNames: { ...GRADES, 3: `  ${long} ` } }).expect(200);
    expect(saved.body.settings.levelNames).toEqual({ ...GRADES, 3: long });
    expect((await settings()).levelNames).toEqual({ ...GRADES, 3: long });
    const events = await factory.auditEvents(kommun, 'tenant', kommun.tenantId);
    expect(events.at(-1)).toMatchObject({ action: 'update', before: { settings: {} }, after: { settings: { levelNames: { ...GRADES, 3: long } } } });

    const reset = await admin.patch('/api/v1/tenant/settings', { levelNames: null }).expect(200);
    expect(reset.body.settings.levelNames).toEqual(DEFAULTS);
    expect((await factory.auditEvents(kommun, 'tenant', kommun.tenantId)).at(-1)).toMatchObject({ after: { settings: {} } });
  });

  it('labels the chain view’s måluppfyllelse with the new names at once, though the old view was cached', async () => {
    const before = await chainLabels();
    // Kontinuitet 2025 is judged against its target; 2024 has no values (Ej bedömt).
    expect(before).toEqual([
      ['2024', 0, 'Ej bedömt'],
      ['2025', expect.any(Number), DEFAULTS[before[1]![1] as 1 | 2 | 3]],
    ]);
    expect(before[1]![1]).toBeGreaterThan(0);
    await chainLabels(); // now cached

    await admin.patch('/api/v1/tenant/settings', { levelNames: GRADES }).expect(200);
    const after = await chainLabels();
    expect(after).toEqual([
      ['2024', 0, 'Ingen bedömning'],
      ['2025', before[1]![1], GRADES[before[1]![1] as 1 | 2 | 3]],
    ]);
  });

  it('offers the new names as the levels of a goal’s assessments', async () => {
    const periodId = await factory.newPeriod(kommun, { key: '2025', kind: 'ar', from: '2025-01-01', to: '2025-12-31', status: 'oppen' });
    const view = (await controller.get(`/api/v1/goals/${hemtjanst.goalId}/assessments?periodId=${periodId}`).expect(200)).body;
    expect(view.levels).toEqual([
      { level: 3, label: 'Hög grad' }, { level: 2, label: 'Viss grad' }, { level: 1, label: 'Låg grad' }, { level: 0, label: 'Ingen bedömning' },
    ]);
    expect(GRADES).toHaveProperty(String(view.proposal.level), view.proposal.label);
  });
});
