import { kommunRunJobId } from '../../src/follow-up/job-keys.js';
import type { Kommun, TestFactory } from './factory.js';
import { FOLLOW_UP_NODES, followUpUsers } from './scenarios.js';

/**
 * A kommun whose first follow-up run has a known, long list of steps, for the job fault tests: 2026-10-14 with the
 * demo calendar (Q2 locking late, on 30 October) and no run before, so everything up to then is caught up in one run:
 * five openings, three locks with snapshots, Q2's escalation and Q3's two-day reminder.
 */
export const RUN_DAY = '2026-10-14';
export const EXPECTED_KEYS = [
  'open:2025-H', 'lock:2025-H', 'snapshot:2025-H',
  'open:2026-Q1', 'lock:2026-Q1', 'snapshot:2026-Q1',
  'open:2026-Q2', 'escalate:2026-Q2',
  'open:2026-D', 'lock:2026-D', 'snapshot:2026-D',
  'open:2026-Q3', 'remind:2026-Q3:2',
].sort();
export const DRAFTS = 7 + 4 + 4 + 4 + 4;
/** Q2's escalation to the controller and Q3's reminder to the three enhetschefer over its units. */
export const NOTIFIED = (prefix: string) => [`${prefix}.bun@test.se`, `${prefix}.controller@test.se`, `${prefix}.norr@test.se`, `${prefix}.soder@test.se`];
export const PERIOD_STATUS_AFTER = {
  '2025-H': 'last', '2026-Q1': 'last', '2026-Q2': 'oppen', '2026-D': 'last', '2026-Q3': 'oppen', '2026-H': 'planerad',
};

export interface KommunRunWorld {
  prefix: string;
  kommun: Kommun;
  periodKeyOf: Record<string, string>;
  jobId: string;
}

export async function newKommunRunWorld(factory: TestFactory, prefix: string): Promise<KommunRunWorld> {
  const kommun = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers(prefix) });
  const controller = await factory.login(`${prefix}.controller@test.se`);
  const calendar = await controller
    .put('/api/v1/calendars/2026', { template: 'kvartal-delar-augusti-helar', overrides: { '2026-Q1': { deadline: '2026-04-15' }, '2026-Q2': { locksOn: '2026-10-30' } } })
    .expect(200);
  const periodKeyOf = Object.fromEntries(calendar.body.periods.map((p: { id: string; periodKey: string }) => [p.id, p.periodKey]));
  return { prefix, kommun, periodKeyOf, jobId: kommunRunJobId(kommun.tenantId, RUN_DAY) };
}

/** The run's completed step keys, period ids replaced by period keys, sorted. */
export async function doneKeys(factory: TestFactory, { kommun, periodKeyOf }: KommunRunWorld): Promise<string[]> {
  const rows = await factory.rows<{ job_key: string }>(kommun, `SELECT job_key FROM job_run WHERE status = 'completed'`);
  return rows.map((r) => r.job_key.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, (id) => periodKeyOf[id] ?? id)).sort();
}

/** Steps not completed, and steps (or their effects) that happened more than once, per the job_run keys. */
export async function lostAndDuplicated(factory: TestFactory, world: KommunRunWorld): Promise<{ lost: number; duplicated: number }> {
  const done = await doneKeys(factory, world);
  const runs = await factory.rows<{ attempts: number }>(world.kommun, `SELECT attempts FROM job_run`);
  const extra = async (table: string, expected: number) => Math.max(0, (await factory.count(world.kommun, table)) - expected);
  return {
    lost: EXPECTED_KEYS.filter((key) => !done.includes(key)).length,
    duplicated: runs.reduce((sum, run) => sum + run.attempts - 1, 0) + Math.max(0, runs.length - EXPECTED_KEYS.length)
      + (await extra('report', DRAFTS)) + (await extra('notification', 4)) + (await extra('period_snapshot', 3)),
  };
}

/** Every effect of the run is there exactly once. */
export async function expectRunComplete(factory: TestFactory, world: KommunRunWorld): Promise<void> {
  const { kommun, prefix } = world;
  expect(await doneKeys(factory, world)).toEqual(EXPECTED_KEYS);
  const runs = await factory.rows<{ attempts: number; status: string }>(kommun, `SELECT attempts, status FROM job_run`);
  expect(runs).toHaveLength(EXPECTED_KEYS.length);
  expect(runs.every((r) => r.status === 'completed' && r.attempts === 1)).toBe(true);
  expect(await factory.count(kommun, 'report')).toBe(DRAFTS);
  expect(await factory.count(kommun, 'period_snapshot')).toBe(3);
  const notifications = await factory.rows<{ recipient_email: string }>(kommun, `SELECT recipient_email FROM notification ORDER BY recipient_email`);
  expect(notifications.map((n) => n.recipient_email)).toEqual(NOTIFIED(prefix));
  const periods = await factory.rows<{ period_key: string; status: string }>(kommun, `SELECT period_key, status FROM follow_up_period ORDER BY period_key`);
  expect(Object.fromEntries(periods.map((p) => [p.period_key, p.status]))).toEqual(PERIOD_STATUS_AFTER);
}
