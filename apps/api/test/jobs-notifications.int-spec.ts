import { QueueName } from '@resultatkedjan/contracts';
import type { NotificationDto } from '@resultatkedjan/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestFactory, type Kommun, type Session } from './support/factory.js';
import { FOLLOW_UP_NODES, followUpUsers } from './support/scenarios.js';
import { eventually } from './support/helpers.js';
import { startFakeSmtp, type FakeSmtp } from './support/fake-smtp.js';

/** 2026-04-13 on a fresh 2026 calendar: 2025-H opens, locks and snapshots, Q1 opens and gets its two-day reminder. */
const DAY = '2026-04-13';

describe('notifications: e-mailed over SMTP when SMTP_URL is set, always recorded, listed per user or kommun', () => {
  let smtp: FakeSmtp;
  let app: TestApp;
  let factory: TestFactory;
  let kommun: Kommun;
  let other: Kommun;
  let controller: Session;
  let admin: Session;
  let norr: Session;
  let bun: Session;
  let otherController: Session;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    app = await startTestApp({ withWorker: true, env: { SMTP_URL: smtp.url, SMTP_FROM: 'Resultatkedjan <noreply@exempelstad.se>' } });
    factory = new TestFactory(app);
    kommun = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers('mail') });
    other = await factory.newKommun({ nodes: FOLLOW_UP_NODES, users: followUpUsers('mail-other') });
    controller = await factory.login('mail.controller@test.se');
    admin = await factory.login('mail.admin@test.se');
    norr = await factory.login('mail.norr@test.se');
    bun = await factory.login('mail.bun@test.se');
    otherController = await factory.login('mail-other.controller@test.se');
    await controller.put('/api/v1/calendars/2026', { template: 'kvartal-delar-augusti-helar', overrides: { '2026-Q1': { deadline: '2026-04-15' } } }).expect(200);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('sends each reminder once by e-mail and marks it sent; a re-run sends nothing more', async () => {
    await factory.runDay(kommun, DAY);
    await eventually(async () => smtp.messages.length >= 3, 30_000, 'three e-mails');
    const recipients = smtp.messages.map((m) => m.to.join(',')).sort();
    expect(recipients).toEqual(['<mail.bun@test.se>', '<mail.norr@test.se>', '<mail.soder@test.se>']);
    const norrMail = smtp.messages.find((m) => m.to[0] === '<mail.norr@test.se>')!;
    expect(norrMail.from).toMatch(/noreply@exempelstad\.se/);
    expect(norrMail.data).toMatch(/Subject: =\?UTF-8\?|Subject: P/);
    expect(norrMail.data).toMatch(/Norrskolan/);

    const rows = await eventually(async () => {
      const found = await factory.rows<{ channel: string; sent_at: Date | null }>(kommun, `SELECT channel, sent_at FROM notification`);
      return found.every((r) => r.sent_at !== null) ? found : null;
    });
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.channel === 'smtp')).toBe(true);

    await factory.runDay(kommun, DAY);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.messages).toHaveLength(3);
  });

  it('a notification recorded but never dispatched (crash after commit) is e-mailed by the next run', async () => {
    const [user] = await factory.rows<{ id: string }>(kommun, `SELECT id FROM app_user WHERE email = 'mail.revisor@test.se'`);
    await factory.rows(kommun, `INSERT INTO notification (tenant_id, dedupe_key, kind, recipient_user_id, recipient_email, subject, body, channel)
       VALUES ($1, 'test:orphan', 'paminnelse', $2, 'mail.revisor@test.se', 'Kvarglömd', 'Skickades aldrig.', 'smtp')`,
      [kommun.tenantId, user!.id],
    );
    await factory.runDay(kommun, '2026-04-14');
    await eventually(async () => smtp.messages.some((m) => m.to[0] === '<mail.revisor@test.se>'), 30_000, 'the orphan e-mail');
    // The worker marks it sent just after the SMTP server has it, so wait for that too.
    const sentAt = await eventually(async () => {
      const [row] = await factory.rows<{ sent_at: Date | null }>(kommun, `SELECT sent_at FROM notification WHERE dedupe_key = 'test:orphan'`);
      return row?.sent_at;
    }, 10_000, 'sent_at of the orphan');
    expect(sentAt).not.toBeNull();
    // Its e-mail job has a deterministic id, so dispatching it again adds no second job.
    const jobs = await app.queue(QueueName.notifications).getJobs(['completed']);
    expect(jobs.filter((j) => j?.data.notificationId && j.data.tenantId === kommun.tenantId)).toHaveLength(4);
  });

  it('enhetschefer see their own notifications; controllers and admins the kommun’s whole outbox, paginated', async () => {
    const own = await norr.get('/api/v1/notifications').expect(200);
    expect(own.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(own.body.items[0]).toMatchObject({ kind: 'paminnelse', recipientEmail: 'mail.norr@test.se', channel: 'smtp' });
    expect(own.body.items[0].sentAt).not.toBeNull();
    expect(own.body.items[0].subject).toMatch(/Q1 2026.*2026-04-15/);

    const all = await controller.get('/api/v1/notifications').expect(200);
    expect(all.body.total).toBe(4);
    expect((await admin.get('/api/v1/notifications').expect(200)).body.total).toBe(4);
    expect((await controller.get('/api/v1/notifications?mine=true').expect(200)).body.total).toBe(0);
    expect((await bun.get('/api/v1/notifications').expect(200)).body.items.map((n: NotificationDto) => n.recipientEmail)).toEqual(['mail.bun@test.se']);

    const first = await controller.get('/api/v1/notifications?pageSize=3&page=1').expect(200);
    const second = await controller.get('/api/v1/notifications?pageSize=3&page=2').expect(200);
    expect(first.body.items).toHaveLength(3);
    expect(second.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.body.items).toHaveLength(1);
    const ids = [...first.body.items, ...second.body.items].map((n: NotificationDto) => n.id);
    expect(new Set(ids).size).toBe(4);
    const past = await controller.get('/api/v1/notifications?pageSize=3&page=9').expect(200);
    expect(past.body).toMatchObject({ items: [], total: 4 });

    const q1 = own.body.items[0].periodId as string;
    expect((await controller.get(`/api/v1/notifications?periodId=${q1}&kind=paminnelse`).expect(200)).body.total).toBe(3);
    expect((await controller.get('/api/v1/notifications?kind=eskalering').expect(200)).body.total).toBe(0);
  });

  it('another kommun sees none of it; bad queries are 422; no session is 401', async () => {
    expect((await otherController.get('/api/v1/notifications').expect(200)).body).toMatchObject({ items: [], total: 0 });
    const [count] = await factory.rows<{ n: string }>(other, `SELECT count(*) AS n FROM notification`);
    expect(Number(count!.n)).toBe(0);
    await app.http().get('/api/v1/notifications').expect(401);
    const bad = await controller.get('/api/v1/notifications?pageSize=500&periodId=x&mine=ja&extra=1').expect(422);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['extra', 'mine', 'pageSize', 'periodId']);
  });
});
