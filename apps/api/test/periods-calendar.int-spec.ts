import { isWorkingDay } from '@resultatkedjan/domain';
import type { CalendarDto, FollowUpPeriodDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { FOLLOW_UP_NODES, followUpUsers } from './support/scenarios.js';

const PRESET = 'kvartal-delar-augusti-helar';

/** The preset for 2027 (rule dates), with the controller's Q1 deadline moved to Wednesday 14 April. */
const EXPECTED_2027 = [
  ['2026-H', 'helar', '2026-01-01', '2026-12-31', '2027-01-04', '2027-01-22', '2027-02-05', '2027-03-23'],
  ['2027-Q1', 'kvartal', '2027-01-01', '2027-03-31', '2027-04-01', '2027-04-14', '2027-04-23', '2027-04-30'],
  ['2027-Q2', 'kvartal', '2027-04-01', '2027-06-30', '2027-07-01', '2027-08-13', '2027-08-20', '2027-08-27'],
  ['2027-D', 'delar', '2027-01-01', '2027-08-31', '2027-09-01', '2027-09-10', '2027-09-24', '2027-10-12'],
  ['2027-Q3', 'kvartal', '2027-07-01', '2027-09-30', '2027-10-01', '2027-10-15', '2027-10-22', '2027-10-29'],
  ['2027-H', 'helar', '2027-01-01', '2027-12-31', '2028-01-03', '2028-01-21', '2028-02-04', '2028-03-21'],
];

function row(p: FollowUpPeriodDto): string[] {
  return [p.periodKey, p.kind, p.coversFrom, p.coversTo, p.opensOn, p.deadline, p.reviewDeadline, p.locksOn];
}

describe('follow-up calendar API', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let controller: Session;
  let admin: Session;
  let chef: Session;
  let revisor: Session;
  let bunController: Session;
  let otherController: Session;
  let calendar: CalendarDto;
  const period = (key: string) => calendar.periods.find((p) => p.periodKey === key)!;

  beforeAll(async () => {
    app = await startTestApp();
    factory = new TestFactory(app);
    a = await factory.newKommun({
      nodes: FOLLOW_UP_NODES,
      users: [...followUpUsers('cal-a'), { email: 'cal-a.bun-controller@test.se', role: 'controller', scope: 'bun' }],
    });
    b = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers('cal-b') });
    controller = await factory.login('cal-a.controller@test.se');
    admin = await factory.login('cal-a.admin@test.se');
    chef = await factory.login('cal-a.norr@test.se');
    revisor = await factory.login('cal-a.revisor@test.se');
    bunController = await factory.login('cal-a.bun-controller@test.se');
    otherController = await factory.login('cal-b.controller@test.se');
  });
  afterAll(async () => app?.close());

  it('a controller sets up 2027 in a few calls: pick the preset, move one deadline, read it back', async () => {
    const presets = await controller.get('/api/v1/calendars/presets').expect(200);
    expect(presets.body).toContainEqual({ id: PRESET, name: 'kvartal + delår t.o.m. augusti + helår' });

    const put = await controller
      .put('/api/v1/calendars/2027', { template: PRESET, reminderDays: [2, 7], overrides: { '2027-Q1': { deadline: '2027-04-14' } } })
      .expect(200);
    calendar = put.body;
    expect(calendar).toMatchObject({ year: 2027, presetId: PRESET, templateName: 'kvartal + delår t.o.m. augusti + helår', reminderDays: [7, 2] });
    expect(calendar.periods.map(row)).toEqual(EXPECTED_2027);
    expect(calendar.periods.every((p) => p.status === 'planerad')).toBe(true);
    for (const p of calendar.periods) for (const day of [p.opensOn, p.deadline, p.reviewDeadline, p.locksOn]) expect(isWorkingDay(day)).toBe(true);

    const read = await revisor.get('/api/v1/calendars/2027').expect(200);
    expect(read.body.periods.map(row)).toEqual(EXPECTED_2027);
    expect(read.body.overrides).toEqual({ '2027-Q1': { deadline: '2027-04-14' } });

    const [audit] = await factory.rows<{ n: string }>(a, `SELECT count(*) AS n FROM audit_event WHERE entity_type = 'follow_up_calendar' AND entity_id = $1`, [calendar.id]);
    expect(Number(audit!.n)).toBe(1);
  });

  it('moves dates on Saturdays, Sundays, holidays and eves to a working day, forward or backward', async () => {
    const delar = period('2027-D');
    // Midsommarafton (Friday, an eve) → Monday after midsommar; backward → Thursday.
    const forward = await controller.patch(`/api/v1/periods/${delar.id}`, { opensOn: '2027-06-25' }).expect(200);
    expect(forward.body).toMatchObject({ opensOn: '2027-06-28', adjusted: { opensOn: { requested: '2027-06-25', actual: '2027-06-28' } } });
    const backward = await controller.patch(`/api/v1/periods/${delar.id}`, { opensOn: '2027-06-25', adjust: 'backward' }).expect(200);
    expect(backward.body.opensOn).toBe('2027-06-24');
    // Saturday → Monday.
    const saturday = await controller.patch(`/api/v1/periods/${delar.id}`, { deadline: '2027-09-11' }).expect(200);
    expect(saturday.body).toMatchObject({ deadline: '2027-09-13', reviewDeadline: '2027-09-24' });
    // Kristi himmelsfärdsdag (Thursday) → Friday; a working day stays put and is not reported as adjusted.
    const q1 = period('2027-Q1');
    const ascension = await controller.patch(`/api/v1/periods/${q1.id}`, { locksOn: '2027-05-06', reviewDeadline: '2027-04-28' }).expect(200);
    expect(ascension.body).toMatchObject({ locksOn: '2027-05-07', reviewDeadline: '2027-04-28' });
    expect(ascension.body.adjusted).toEqual({ locksOn: { requested: '2027-05-06', actual: '2027-05-07' } });
    // Första maj on a Saturday, backward → Friday 30 April.
    const mayDay = await controller.patch(`/api/v1/periods/${q1.id}`, { locksOn: '2027-05-01', adjust: 'backward' }).expect(200);
    expect(mayDay.body.locksOn).toBe('2027-04-30');
  });

  it('keeps manual date changes when the year is generated again: they are recorded as overrides of the template', async () => {
    const again = await controller.put('/api/v1/calendars/2027', { template: PRESET, reminderDays: [7, 2] }).expect(200);
    const byKey = (key: string) => again.body.periods.find((p: FollowUpPeriodDto) => p.periodKey === key);
    expect(byKey('2027-D')).toMatchObject({ opensOn: '2027-06-24', deadline: '2027-09-13' });
    expect(byKey('2027-Q1')).toMatchObject({ deadline: '2027-04-14', reviewDeadline: '2027-04-28', locksOn: '2027-04-30' });
    expect(again.body.overrides).toEqual({
      '2027-Q1': { deadline: '2027-04-14', reviewDeadline: '2027-04-28', locksOn: '2027-04-30' },
      '2027-D': { opensOn: '2027-06-24', deadline: '2027-09-13' },
    });
  });

  it('rejects dates out of order, impossible dates, unknown fields and wrong types with field keys (422)', async () => {
    const q1 = period('2027-Q1');
    const order = await controller.patch(`/api/v1/periods/${q1.id}`, { deadline: '2027-05-20' }).expect(422);
    expect(Object.keys(order.body.fields)).toEqual(['deadline']);
    expect(order.body.fields.deadline[0]).toMatch(/får inte vara före enheternas sista dag/);
    const both = await controller.patch(`/api/v1/periods/${q1.id}`, { opensOn: '2027-04-20', deadline: '2027-04-19' }).expect(422);
    expect(both.body.fields).toHaveProperty('opensOn');
    expect(both.body.fields).toHaveProperty('deadline');

    const bad = await controller.patch(`/api/v1/periods/${q1.id}`, { deadline: '2027-02-30', locksOn: 20270430, color: 'röd' }).expect(422);
    expect(bad.body.fields).toMatchObject({
      deadline: ['Måste vara ett datum i formatet ÅÅÅÅ-MM-DD.'],
      locksOn: ['Måste vara ett datum i formatet ÅÅÅÅ-MM-DD.'],
      color: ['Fältet är inte tillåtet.'],
    });
    await controller.patch(`/api/v1/periods/${q1.id}`, { adjust: 'sideways' }).expect(422);

    const unchanged = await controller.get('/api/v1/calendars/2027').expect(200);
    expect(unchanged.body.periods.find((p: FollowUpPeriodDto) => p.periodKey === '2027-Q1')).toMatchObject({ deadline: '2027-04-14', locksOn: '2027-04-30' });
  });

  it('a delår must cover at least half and at most two-thirds of the year; only a delår may change what it covers', async () => {
    const delar = period('2027-D');
    const tooLong = await controller.patch(`/api/v1/periods/${delar.id}`, { coversTo: '2027-09-30' }).expect(422);
    expect(tooLong.body.fields.coversTo[0]).toMatch(/högst två tredjedelar/);
    const tooShort = await controller.patch(`/api/v1/periods/${delar.id}`, { coversTo: '2027-05-31' }).expect(422);
    expect(tooShort.body.fields.coversTo[0]).toMatch(/minst halva året/);
    const notMonthEnd = await controller.patch(`/api/v1/periods/${delar.id}`, { coversTo: '2027-07-15' }).expect(422);
    expect(notMonthEnd.body.fields.coversTo[0]).toMatch(/månads sista dag/);
    const june = await controller.patch(`/api/v1/periods/${delar.id}`, { coversTo: '2027-06-30' }).expect(200);
    expect(june.body).toMatchObject({ coversFrom: '2027-01-01', coversTo: '2027-06-30' });
    await controller.patch(`/api/v1/periods/${delar.id}`, { coversTo: '2027-08-31' }).expect(200);

    const quarter = await controller.patch(`/api/v1/periods/${period('2027-Q2').id}`, { coversTo: '2027-07-31' }).expect(422);
    expect(quarter.body.fields.coversTo[0]).toMatch(/Bara delårets slutdatum/);
  });

  it('rejects bad templates, overrides, reminder days and years with the path of each problem (422)', async () => {
    const unknownPreset = await controller.put('/api/v1/calendars/2028', { template: 'okänd' }).expect(422);
    expect(unknownPreset.body.fields.template[0]).toMatch(/Okänd mall/);

    const template = {
      name: 'Egen',
      delarEndMonth: 9,
      colour: 'blå',
      schedules: {
        kvartal: {
          opensOn: { rule: { type: 'daysAfterEnd', days: 1 }, adjust: 'forward' },
          deadline: { rule: { type: 'weekdayOfWeek', weekday: 9, weeksAfterEnd: 2 }, adjust: 'backward' },
          reviewDeadline: { rule: { type: 'workingDaysAfter', milestone: 'locksOn', days: 3 }, adjust: 'forward' },
          locksOn: { rule: { type: 'fixedDate', month: 2, day: 30 }, adjust: 'sideways' },
        },
        vecka: {},
      },
    };
    const badTemplate = await controller.put('/api/v1/calendars/2028', { template }).expect(422);
    expect(Object.keys(badTemplate.body.fields).sort()).toEqual(
      [
        'template.colour',
        'template.delarEndMonth',
        'template.schedules.kvartal.deadline.rule.weekday',
        'template.schedules.kvartal.locksOn.adjust',
        'template.schedules.kvartal.locksOn.rule.day',
        'template.schedules.kvartal.reviewDeadline.rule.milestone',
        'template.schedules.vecka',
      ].sort(),
    );
    expect(badTemplate.body.fields['template.delarEndMonth'][0]).toMatch(/högst två tredjedelar/);

    const badOverrides = await controller
      .put('/api/v1/calendars/2028', { template: PRESET, overrides: { '2028-Q4': { deadline: '2029-01-15' }, '2028-Q1': { deadline: '2028-13-01', slut: '2028-04-01' }, 'Q9': {} } })
      .expect(422);
    expect(Object.keys(badOverrides.body.fields).sort()).toEqual(['overrides.2028-Q1.deadline', 'overrides.2028-Q1.slut', 'overrides.Q9']);
    const notInCalendar = await controller.put('/api/v1/calendars/2028', { template: PRESET, overrides: { '2028-Q4': { deadline: '2029-01-15' } } }).expect(422);
    expect(notInCalendar.body.fields.overrides[0]).toMatch(/2028-Q4/);
    const outOfOrder = await controller.put('/api/v1/calendars/2028', { template: PRESET, overrides: { '2028-Q3': { deadline: '2028-11-30' } } }).expect(422);
    expect(Object.keys(outOfOrder.body.fields)).toEqual(['periods.2028-Q3']);

    const reminders = await controller.put('/api/v1/calendars/2028', { template: PRESET, reminderDays: [-1, 'x'] }).expect(422);
    expect(reminders.body.fields).toHaveProperty('reminderDays');
    const wrongType = await controller.put('/api/v1/calendars/2028', { template: 42 }).expect(422);
    expect(wrongType.body.fields).toHaveProperty('template');
    const unknownField = await controller.put('/api/v1/calendars/2028', { template: PRESET, start: 'nu' }).expect(422);
    expect(unknownField.body.fields).toEqual({ start: ['Fältet är inte tillåtet.'] });
    for (const year of ['abc', '1899', '20277']) {
      const res = await controller.put(`/api/v1/calendars/${year}`, { template: PRESET }).expect(422);
      expect(res.body.fields).toHaveProperty('year');
    }
    await controller.get('/api/v1/calendars/2028').expect(404);
  });

  it('takes a template of the kommun’s own: tertial + delår t.o.m. juni + helår', async () => {
    const own = {
      name: 'Tertial',
      delarEndMonth: 6,
      schedules: {
        tertial: {
          periods: [1, 2],
          opensOn: { rule: { type: 'daysAfterEnd', days: 1 }, adjust: 'forward' },
          deadline: { rule: { type: 'workingDaysAfter', milestone: 'opensOn', days: 8 }, adjust: 'forward' },
          reviewDeadline: { rule: { type: 'workingDaysAfter', milestone: 'deadline', days: 5 }, adjust: 'forward' },
          locksOn: { rule: { type: 'dayOfMonth', day: 15, monthsAfterEnd: 2 }, adjust: 'forward' },
        },
        delar: {
          opensOn: { rule: { type: 'daysAfterEnd', days: 1 }, adjust: 'forward' },
          deadline: { rule: { type: 'weekdayOfWeek', weekday: 5, weeksAfterEnd: 2 }, adjust: 'backward' },
          reviewDeadline: { rule: { type: 'weekdayOfWeek', weekday: 5, weeksAfterEnd: 4 }, adjust: 'backward' },
          locksOn: { rule: { type: 'monthsAfterEnd', months: 2 }, adjust: 'backward' },
        },
      },
    };
    const res = await otherController.put('/api/v1/calendars/2028', { template: own }).expect(200);
    expect(res.body.presetId).toBeNull();
    expect(res.body.periods.map((p: FollowUpPeriodDto) => [p.periodKey, p.coversTo])).toEqual([
      ['2028-T1', '2028-04-30'],
      ['2028-D', '2028-06-30'],
      ['2028-T2', '2028-08-31'],
    ]);
    // Kommun A never sees B's calendar.
    await controller.get('/api/v1/calendars/2028').expect(404);
  });

  it('regenerating keeps opened periods and refuses to move their dates, writing nothing (422)', async () => {
    await factory.rows(a, `UPDATE follow_up_period SET status = 'oppen', opened_at = now() WHERE id = $1`, [period('2027-Q1').id]);
    const before = (await controller.get('/api/v1/calendars/2027').expect(200)).body as CalendarDto;

    const moved = await controller
      .put('/api/v1/calendars/2027', {
        template: PRESET,
        reminderDays: [3],
        overrides: { '2027-Q1': { deadline: '2027-04-15', reviewDeadline: '2027-04-28', locksOn: '2027-04-30' }, '2027-Q2': { deadline: '2027-08-12' } },
      })
      .expect(422);
    expect(moved.body.fields).toEqual({ 'periods.2027-Q1.deadline': [expect.stringMatching(/redan öppnad.*2027-04-14.*2027-04-15/)] });
    const after = (await controller.get('/api/v1/calendars/2027').expect(200)).body as CalendarDto;
    expect(after).toEqual(before);

    // Without moving Q1 the rest is regenerated; the template's own dates replace the hand-made ones of planned periods.
    const ok = await controller
      .put('/api/v1/calendars/2027', { template: PRESET, reminderDays: [3], overrides: { '2027-Q1': { deadline: '2027-04-14', reviewDeadline: '2027-04-28', locksOn: '2027-04-30' } } })
      .expect(200);
    const q1 = ok.body.periods.find((p: FollowUpPeriodDto) => p.periodKey === '2027-Q1');
    expect(q1).toMatchObject({ id: period('2027-Q1').id, status: 'oppen', deadline: '2027-04-14' });
    expect(ok.body.periods.find((p: FollowUpPeriodDto) => p.periodKey === '2027-D')).toMatchObject({ id: period('2027-D').id, opensOn: '2027-09-01', deadline: '2027-09-10' });
    expect(ok.body.reminderDays).toEqual([3]);

    // A template without quarters drops the planned quarters but keeps the opened one.
    const onlyDelarHelar = { ...(ok.body.template as object), name: 'delår + helår', schedules: { delar: ok.body.template.schedules.delar, helar: ok.body.template.schedules.helar } };
    const fewer = await controller.put('/api/v1/calendars/2027', { template: onlyDelarHelar }).expect(200);
    expect(fewer.body.periods.map((p: FollowUpPeriodDto) => p.periodKey)).toEqual(['2026-H', '2027-Q1', '2027-D', '2027-H']);
    calendar = (await controller.put('/api/v1/calendars/2027', { template: PRESET, overrides: { '2027-Q1': { deadline: '2027-04-14', reviewDeadline: '2027-04-28', locksOn: '2027-04-30' } } }).expect(200)).body;
  });

  it('an open period may get new deadlines but not a new opening day; a locked one nothing (409)', async () => {
    const q1 = period('2027-Q1');
    const extended = await controller.patch(`/api/v1/periods/${q1.id}`, { deadline: '2027-04-16' }).expect(200);
    expect(extended.body).toMatchObject({ status: 'oppen', deadline: '2027-04-16' });
    const reopen = await controller.patch(`/api/v1/periods/${q1.id}`, { opensOn: '2027-04-02' }).expect(422);
    expect(reopen.body.fields.opensOn[0]).toMatch(/redan öppnats/);

    await factory.rows(a, `UPDATE follow_up_period SET status = 'last', locked_at = now() WHERE id = $1`, [q1.id]);
    const locked = await controller.patch(`/api/v1/periods/${q1.id}`, { deadline: '2027-04-19' }).expect(409);
    expect(locked.body.message).toMatch(/låst/);
  });

  it('the previous year’s helår stays with the calendar that made it first', async () => {
    const y2026 = await otherController.put('/api/v1/calendars/2026', { template: PRESET }).expect(200);
    expect(y2026.body.periods.map((p: FollowUpPeriodDto) => p.periodKey)).toEqual(['2025-H', '2026-Q1', '2026-Q2', '2026-D', '2026-Q3', '2026-H']);
    const y2027 = await otherController.put('/api/v1/calendars/2027', { template: PRESET }).expect(200);
    expect(y2027.body.periods.map((p: FollowUpPeriodDto) => p.periodKey)).toEqual(['2027-Q1', '2027-Q2', '2027-D', '2027-Q3', '2027-H']);
    const [count] = await factory.rows<{ n: string }>(b, `SELECT count(*) AS n FROM follow_up_period WHERE period_key = '2026-H'`);
    expect(Number(count!.n)).toBe(1);
  });

  it('who may do what: everyone reads, kommun-wide controllers and admins write (401/403)', async () => {
    await app.http().get('/api/v1/calendars/2027').expect(401);
    await app.http().put('/api/v1/calendars/2027').send({ template: PRESET }).expect(401);
    await app.http().patch(`/api/v1/periods/${period('2027-D').id}`).send({ deadline: '2027-09-10' }).expect(401);
    await app.http().get('/api/v1/calendars/reporting-kinds').expect(401);

    await chef.get('/api/v1/calendars/2027').expect(200);
    await chef.put('/api/v1/calendars/2027', { template: PRESET }).expect(403);
    await chef.patch(`/api/v1/periods/${period('2027-D').id}`, { deadline: '2027-09-10' }).expect(403);
    await revisor.put('/api/v1/calendars/2027', { template: PRESET }).expect(403);
    const scoped = await bunController.put('/api/v1/calendars/2027', { template: PRESET }).expect(403);
    expect(scoped.body.message).toMatch(/hela kommunen/);
    await bunController.patch(`/api/v1/periods/${period('2027-D').id}`, { deadline: '2027-09-10' }).expect(403);

    await admin.patch(`/api/v1/periods/${period('2027-D').id}`, { deadline: '2027-09-10' }).expect(200);
  });

  it('another kommun’s period is not found (404), nor a malformed id', async () => {
    const res = await otherController.patch(`/api/v1/periods/${period('2027-D').id}`, { deadline: '2027-09-10' }).expect(404);
    expect(res.body.message).toBe('Perioden finns inte.');
    await controller.patch('/api/v1/periods/00000000-0000-4000-8000-000000000000', { deadline: '2027-09-10' }).expect(404);
    await controller.patch('/api/v1/periods/inte-ett-id', { deadline: '2027-09-10' }).expect(404);
    const [unchanged] = await factory.rows<{ deadline: string }>(a, `SELECT to_char(deadline, 'YYYY-MM-DD') AS deadline FROM follow_up_period WHERE id = $1`, [period('2027-D').id]);
    expect(unchanged!.deadline).toBe('2027-09-10');
  });

  it('reporting kinds: defaults, a kommun’s own choice, validation, and the rest of the settings untouched', async () => {
    const defaults = await revisor.get('/api/v1/calendars/reporting-kinds').expect(200);
    expect(defaults.body.reportingKinds).toEqual({
      kf: [],
      ks: ['delar', 'helar'],
      namnd: ['delar', 'helar'],
      bolag: ['kvartal', 'delar', 'helar'],
      forvaltning: [],
      verksamhet: [],
      enhet: ['kvartal', 'helar'],
    });
    await factory.rows(a, `UPDATE tenant SET settings = '{"goalCeiling": 4}' WHERE id = $1`, [a.tenantId]);

    const put = await controller.put('/api/v1/calendars/reporting-kinds', { reportingKinds: { enhet: ['kvartal', 'delar', 'helar'], namnd: ['helar'] } }).expect(200);
    expect(put.body.reportingKinds).toMatchObject({ enhet: ['kvartal', 'delar', 'helar'], namnd: ['helar'], bolag: [], ks: [] });
    expect((await chef.get('/api/v1/calendars/reporting-kinds').expect(200)).body).toEqual(put.body);
    const [settings] = await factory.rows<{ settings: Record<string, unknown> }>(a, `SELECT settings FROM tenant WHERE id = $1`, [a.tenantId]);
    expect(settings!.settings.goalCeiling).toBe(4);

    const bad = await controller.put('/api/v1/calendars/reporting-kinds', { reportingKinds: { skola: ['kvartal'], enhet: ['vecka'], bolag: 'helar' } }).expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['reportingKinds.bolag', 'reportingKinds.enhet', 'reportingKinds.skola']);
    await controller.put('/api/v1/calendars/reporting-kinds', {}).expect(422);
    await chef.put('/api/v1/calendars/reporting-kinds', { reportingKinds: {} }).expect(403);

    // Kommun B still has the defaults.
    const other = await otherController.get('/api/v1/calendars/reporting-kinds').expect(200);
    expect(other.body.reportingKinds.enhet).toEqual(['kvartal', 'helar']);
  });
});
