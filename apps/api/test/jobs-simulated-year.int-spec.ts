import { addDays } from '@resultatkedjan/domain';
import { PeriodsJob, QueueName, type JobRunDto, type PeriodSnapshotData } from '@resultatkedjan/contracts';
import { periodSnapshotQueries } from '../src/periods/period-snapshot.queries.js';
import { kommunRunJobId } from '../src/follow-up/job-keys.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { FOLLOW_UP_NODES, followUpUsers } from './support/scenarios.js';
import { eventually } from './support/helpers.js';

/** DOMAIN.md 5.2, Exempelstad's 2026 calendar (the preset plus the hand-picked Q1 deadline). */
const PERIODS = {
  '2025-H': { opensOn: '2026-01-02', deadline: '2026-01-23', locksOn: '2026-03-24' },
  '2026-Q1': { opensOn: '2026-04-01', deadline: '2026-04-15', locksOn: '2026-04-30' },
  '2026-Q2': { opensOn: '2026-07-01', deadline: '2026-08-14', locksOn: '2026-08-28' },
  '2026-D': { opensOn: '2026-09-01', deadline: '2026-09-11', locksOn: '2026-10-13' },
  '2026-Q3': { opensOn: '2026-10-01', deadline: '2026-10-16', locksOn: '2026-10-30' },
  '2026-H': { opensOn: '2027-01-04', deadline: '2027-01-22', locksOn: '2027-03-23' },
} as const;
type PeriodKey = keyof typeof PERIODS;

const UNITS = ['uf.gr.norr', 'uf.gr.soder', 'vof.ht.centrum'];
/** Default reporting kinds: units in kvartal and helår; nämnder and KS in delår and helår; bolag in all three. */
const RESPONSIBLE: Record<PeriodKey, string[]> = {
  '2025-H': [...UNITS, 'bun', 'von', 'ks', 'hem'],
  '2026-Q1': [...UNITS, 'hem'],
  '2026-Q2': [...UNITS, 'hem'],
  '2026-D': ['ks', 'bun', 'von', 'hem'],
  '2026-Q3': [...UNITS, 'hem'],
  '2026-H': [...UNITS, 'bun', 'von', 'ks', 'hem'],
};

/** What the units do during the year (applied before the day's run). */
const EVENTS: Record<string, { period: PeriodKey; nodes: string[]; status: 'inlamnad' | 'atersand' }[]> = {
  '2026-04-10': [{ period: '2026-Q1', nodes: RESPONSIBLE['2026-Q1'], status: 'inlamnad' }],
  '2026-08-01': [{ period: '2026-Q2', nodes: ['uf.gr.norr'], status: 'inlamnad' }],
  '2026-09-02': [{ period: '2026-D', nodes: ['bun'], status: 'inlamnad' }],
  '2026-10-05': [{ period: '2026-Q3', nodes: RESPONSIBLE['2026-Q3'], status: 'inlamnad' }],
  '2026-10-08': [{ period: '2026-Q3', nodes: ['uf.gr.soder'], status: 'atersand' }],
};

const NAMES = Object.fromEntries(FOLLOW_UP_NODES.map((n) => [n.key, n.name]));
const names = (keys: string[]) => keys.map((k) => NAMES[k]!).sort();
const ALL_HELAR = names(RESPONSIBLE['2025-H']);

/** Who gets which notification (recipient prefix → node names listed), per job key. */
const REMINDERS_NOBODY_SUBMITTED = { norr: names(['uf.gr.norr']), soder: names(['uf.gr.soder']), bun: names(['bun', 'uf.gr.norr', 'uf.gr.soder']) };
const EXPECTED_NOTIFICATIONS: Record<string, Record<string, string[]>> = {
  'remind:2025-H:7': REMINDERS_NOBODY_SUBMITTED,
  'remind:2025-H:2': REMINDERS_NOBODY_SUBMITTED,
  'escalate:2025-H': { controller: ALL_HELAR },
  'remind:2026-Q1:7': { norr: names(['uf.gr.norr']), soder: names(['uf.gr.soder']), bun: names(['uf.gr.norr', 'uf.gr.soder']) },
  'remind:2026-Q1:2': {},
  'escalate:2026-Q1': {},
  'remind:2026-Q2:7': { soder: names(['uf.gr.soder']), bun: names(['uf.gr.soder']) },
  'remind:2026-Q2:2': { soder: names(['uf.gr.soder']), bun: names(['uf.gr.soder']) },
  'escalate:2026-Q2': { controller: names(['uf.gr.soder', 'vof.ht.centrum', 'hem']) },
  'remind:2026-D:7': {},
  'remind:2026-D:2': {},
  'escalate:2026-D': { controller: names(['ks', 'von', 'hem']) },
  'remind:2026-Q3:7': { soder: names(['uf.gr.soder']), bun: names(['uf.gr.soder']) },
  'remind:2026-Q3:2': { soder: names(['uf.gr.soder']), bun: names(['uf.gr.soder']) },
  'escalate:2026-Q3': { controller: names(['uf.gr.soder']) },
  'remind:2026-H:7': REMINDERS_NOBODY_SUBMITTED,
  'remind:2026-H:2': REMINDERS_NOBODY_SUBMITTED,
  'escalate:2026-H': { controller: ALL_HELAR },
};

/** The days the scheduler's tick (through the queue and the in-process worker) runs instead of a direct call. */
const THROUGH_THE_QUEUE = new Set(['2026-04-01', '2026-08-28', '2027-01-04']);

describe('a simulated budget year: open, remind, escalate, lock and snapshot, each once, on its day', () => {
  let app: TestApp;
  let factory: TestFactory;
  let a: Kommun;
  let b: Kommun;
  let controller: Session;
  let periodIds: Record<PeriodKey, string>;
  let keyOf: (periodId: string) => PeriodKey;
  let indicators: { cost: string; pupils: string; ratio: string };

  beforeAll(async () => {
    app = await startTestApp({ withWorker: true });
    factory = new TestFactory(app);
    a = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers('year') });
    b = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers('year-b') });
    controller = await factory.login('year.controller@test.se');
    const put = await controller
      .put('/api/v1/calendars/2026', { template: 'kvartal-delar-augusti-helar', reminderDays: [7, 2], overrides: { '2026-Q1': { deadline: '2026-04-15' } } })
      .expect(200);
    periodIds = Object.fromEntries(put.body.periods.map((p: { periodKey: string; id: string }) => [p.periodKey, p.id])) as Record<PeriodKey, string>;
    keyOf = (id) => (Object.keys(periodIds) as PeriodKey[]).find((k) => periodIds[k] === id)!;
    for (const key of Object.keys(PERIODS) as PeriodKey[]) {
      expect(put.body.periods.find((p: { periodKey: string }) => p.periodKey === key)).toMatchObject(PERIODS[key]);
    }
    indicators = await seedSchoolValues(factory, a);
  });
  afterAll(async () => app?.close());

  it('walks 2026-01-01 … 2027-03-31 day by day', async () => {
    const queue = app.queue(QueueName.periods);
    for (let day = '2026-01-01'; day <= '2027-03-31'; day = addDays(day, 1)) {
      for (const event of EVENTS[day] ?? []) {
        await factory.rows(a, `UPDATE report SET status = $3 WHERE period_id = $1 AND org_node_id = ANY($2::uuid[])`, [
          periodIds[event.period],
          event.nodes.map((k) => a.nodes[k]),
          event.status,
        ]);
      }
      if (THROUGH_THE_QUEUE.has(day)) {
        factory.clock().setToday(day);
        await queue.add(PeriodsJob.tick, {});
        const job = await eventually(async () => {
          const found = await queue.getJob(kommunRunJobId(a.tenantId, day));
          return found?.finishedOn ? found : null;
        }, 30_000, `kommun run for ${day}`);
        expect(job.failedReason).toBeFalsy();
        expect(job.returnvalue.today).toBe(day);
        // The tick fanned out to kommun B too, which has no calendar and so nothing to do.
        const other = await eventually(async () => {
          const found = await queue.getJob(kommunRunJobId(b.tenantId, day));
          return found?.finishedOn ? found : null;
        });
        expect(other.returnvalue.steps).toEqual([]);
      } else {
        await factory.runDay(a, day);
      }
    }
  });

  it('every action happened exactly once, on its day', async () => {
    const runs = await factory.rows<{ job_key: string; job_name: string; status: string; attempts: number; result: { today: string } }>(a, `SELECT job_key, job_name, status, attempts, result FROM job_run ORDER BY job_key`,
    );
    const actual = Object.fromEntries(runs.map((r) => [readable(r.job_key), r.result.today]));
    const expected: Record<string, string> = {};
    for (const [key, p] of Object.entries(PERIODS)) {
      expected[`open:${key}`] = p.opensOn;
      expected[`remind:${key}:7`] = addDays(p.deadline, -7);
      expected[`remind:${key}:2`] = addDays(p.deadline, -2);
      expected[`escalate:${key}`] = addDays(p.deadline, 1);
      expected[`lock:${key}`] = p.locksOn;
      expected[`snapshot:${key}`] = p.locksOn;
    }
    expect(actual).toEqual(expected);
    expect(runs.every((r) => r.status === 'completed' && r.attempts === 1)).toBe(true);
  });

  it('each period opened with one draft per responsible org node, and ended locked', async () => {
    const reports = await factory.rows<{ period_id: string; org_node_id: string }>(a, `SELECT period_id, org_node_id FROM report`);
    const byPeriod: Record<string, string[]> = {};
    for (const r of reports) (byPeriod[keyOf(r.period_id)] ??= []).push(nodeKey(a, r.org_node_id));
    for (const key of Object.keys(PERIODS) as PeriodKey[]) expect(byPeriod[key]?.sort()).toEqual([...RESPONSIBLE[key]].sort());
    expect(reports).toHaveLength(Object.values(RESPONSIBLE).reduce((n, list) => n + list.length, 0));

    const periods = await factory.rows<{ status: string; locked_at: Date | null; opened_at: Date | null }>(a, `SELECT status, locked_at, opened_at FROM follow_up_period`);
    expect(periods).toHaveLength(6);
    expect(periods.every((p) => p.status === 'last' && p.locked_at !== null && p.opened_at !== null)).toBe(true);
  });

  it('reminders went to the enhetschefer of the units not yet submitted, escalations to the controller', async () => {
    const rows = await factory.rows<{ dedupe_key: string; kind: string; recipient_email: string; body: string; period_id: string }>(a, `SELECT dedupe_key, kind, recipient_email, body, period_id FROM notification ORDER BY dedupe_key`,
    );
    const actual: Record<string, Record<string, string[]>> = Object.fromEntries(Object.keys(EXPECTED_NOTIFICATIONS).map((k) => [k, {}]));
    for (const row of rows) {
      const jobKey = readable(row.dedupe_key.split(':').slice(0, row.kind === 'paminnelse' ? 3 : 2).join(':'));
      const who = row.recipient_email.split('@')[0]!.replace('year.', '');
      actual[jobKey]![who] = ALL_HELAR.concat(names(UNITS)).filter((name, i, all) => all.indexOf(name) === i && row.body.includes(name)).sort();
      expect(row.kind).toBe(jobKey.startsWith('remind') ? 'paminnelse' : 'eskalering');
    }
    expect(actual).toEqual(EXPECTED_NOTIFICATIONS);
    const count = Object.values(EXPECTED_NOTIFICATIONS).reduce((n, to) => n + Object.keys(to).length, 0);
    expect(rows).toHaveLength(count);
    // Without SMTP_URL every notification is only recorded: the outbox the UI shows.
    const channels = await factory.rows<{ channel: string; sent: boolean }>(a, `SELECT DISTINCT channel, sent_at IS NOT NULL AS sent FROM notification`);
    expect(channels).toEqual([{ channel: 'outbox', sent: false }]);
    expect(await app.queue(QueueName.notifications).count()).toBe(0);
  });

  it('each period has one snapshot, taken at its lock, with the values and the ratio of sums', async () => {
    const snapshotted = await factory.rows<{ period_id: string }>(a, `SELECT period_id FROM period_snapshot`);
    expect(snapshotted.map((s) => keyOf(s.period_id)).sort()).toEqual(Object.keys(PERIODS).sort());
    // Read as exports will read them: through the snapshot module, typed by the contract.
    const snapshot = async (key: PeriodKey) => (await factory.asKommun(a, (m) => periodSnapshotQueries.findByPeriod(m, periodIds[key])))!;
    const q1 = await snapshot('2026-Q1');
    expect(q1).toMatchObject({ version: 2, periodKey: '2026-Q1', coversFrom: '2026-01-01', coversTo: '2026-03-31', problems: [] });
    expect(q1.values).toHaveLength(4);
    const at = (nodeKeyName: string, indicatorId: string) => q1.aggregates.find((x) => x.orgNodeId === a.nodes[nodeKeyName] && x.indicatorId === indicatorId);
    expect(at('uf', indicators.cost)).toMatchObject({ value: 25_500, unit: 'tkr', coverage: { withData: 2, total: 2 } });
    expect(at('bun', indicators.pupils)).toMatchObject({ value: 850 });
    const ratio = (q1 as PeriodSnapshotData).ratios.find((x) => x.orgNodeId === a.nodes['uf'] && x.ratioDefinitionId === indicators.ratio);
    expect(ratio?.value).toBeCloseTo(30_000, 6);
    expect(ratio).toMatchObject({ denominator: 850, denominatorUnit: expect.any(String) as string });
    expect(ratio!.numerator).toBeGreaterThan(0);
    expect(q1.reports.every((r) => r.status === 'inlamnad')).toBe(true);

    const q2 = await snapshot('2026-Q2');
    expect(q2.reports.filter((r) => r.status === 'inlamnad').map((r) => nodeKey(a, r.orgNodeId))).toEqual(['uf.gr.norr']);
    // Helår 2026 holds Q1 and Q2: cost is a flow (summed), pupils a stock (averaged over the quarters).
    const helar = await snapshot('2026-H');
    expect(helar.aggregates.find((x) => x.orgNodeId === a.nodes['uf'] && x.indicatorId === indicators.cost)?.value).toBe(51_600);
    expect(helar.aggregates.find((x) => x.orgNodeId === a.nodes['uf'] && x.indicatorId === indicators.pupils)?.value).toBe(855);
  });

  it('the controller lists the job runs per period and status; kommun B saw nothing of it', async () => {
    const all = await controller.get('/api/v1/job-runs?pageSize=200').expect(200);
    expect(all.body.total).toBe(36);
    const q2 = await controller.get(`/api/v1/job-runs?periodId=${periodIds['2026-Q2']}&status=completed`).expect(200);
    expect(q2.body.items.map((r: JobRunDto) => r.jobName).sort()).toEqual(['escalate', 'lock', 'open', 'remind', 'remind', 'snapshot']);
    expect(q2.body.items.every((r: JobRunDto) => r.periodKey === '2026-Q2')).toBe(true);
    const failed = await controller.get('/api/v1/job-runs?status=failed').expect(200);
    expect(failed.body).toMatchObject({ items: [], total: 0 });

    for (const table of ['report', 'job_run', 'notification', 'period_snapshot', 'follow_up_period']) {
      const [row] = await factory.rows<{ n: string }>(b, `SELECT count(*) AS n FROM ${table}`);
      expect([table, Number(row!.n)]).toEqual([table, 0]);
    }
  });

  /** 'open:<uuid>' → 'open:2026-Q1' so failures read well. */
  function readable(jobKey: string): string {
    return jobKey.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, (id) => keyOf(id) ?? id);
  }
});

function nodeKey(kommun: Kommun, id: string): string {
  return Object.entries(kommun.nodes).find(([, v]) => v === id)![0];
}

/**
 * A school chain: cost (tkr, a flow) and pupils (a stock, averaged over time) per unit and quarter, and the ratio
 * cost per pupil. Q1: Norrskolan 13 500 tkr / 450, Söderskolan 12 000 tkr / 400 → 30 000 kr per pupil at the förvaltning.
 */
async function seedSchoolValues(factory: TestFactory, kommun: Kommun): Promise<{ cost: string; pupils: string; ratio: string }> {
  const { id: goalId } = await factory.newGoal(kommun, { key: 'BUN1', owner: 'bun', title: 'Fler elever är behöriga', validFromYear: 2026, status: 'forslag' });
  const chainElementId = await factory.newChainElement(kommun, { goalId, link: 'resurs', name: 'Kostnad' });
  const indicator = (key: string, unit: string, timeAggregation: 'SUM' | 'AVG') =>
    factory.newIndicator(kommun, { chainElementId, key, unit, direction: 'neutral', orgAggregation: 'SUM', timeAggregation, periodicity: 'kvartal', purpose: 'Test' });
  const cost = await indicator('BUN1.R1', 'tkr', 'SUM');
  const pupils = await indicator('BUN1.P1', 'st', 'AVG');
  const ratio = await factory.newRatio(kommun, { goalId, kind: 'kostnad_per_prestation', name: 'Kostnad per elev', numeratorIndicatorId: cost, denominatorIndicatorId: pupils });
  const values: [string, string, string, number][] = [
    [cost, 'uf.gr.norr', '2026-Q1', 13_500],
    [cost, 'uf.gr.soder', '2026-Q1', 12_000],
    [pupils, 'uf.gr.norr', '2026-Q1', 450],
    [pupils, 'uf.gr.soder', '2026-Q1', 400],
    [cost, 'uf.gr.norr', '2026-Q2', 14_000],
    [cost, 'uf.gr.soder', '2026-Q2', 12_100],
    [pupils, 'uf.gr.norr', '2026-Q2', 455],
    [pupils, 'uf.gr.soder', '2026-Q2', 405],
  ];
  await factory.newValues(
    kommun,
    values.map(([indicatorId, node, periodKey, value]) => ({ indicatorId, orgNodeId: kommun.nodes[node]!, periodKey, value })),
  );
  return { cost, pupils, ratio };
}
