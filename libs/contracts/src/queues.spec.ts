import { NotificationsJob, PeriodsJob, QueueName, SystemJob } from './queues.js';

describe('queue names', () => {
  it('are unique and non-empty so producers and processors meet on the same queue', () => {
    const names = Object.values(QueueName);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => /^[a-z][a-z0-9-]*$/.test(n))).toBe(true);
    expect(SystemJob.heartbeat).toBe('heartbeat');
  });

  it('job names within a queue are unique and contain no colon (BullMQ ids and keys use it)', () => {
    for (const jobs of [SystemJob, PeriodsJob, NotificationsJob]) {
      const names = Object.values(jobs);
      expect(new Set(names).size).toBe(names.length);
      expect(names.every((n) => /^[a-z][a-z0-9-]*$/.test(n))).toBe(true);
    }
  });
});
