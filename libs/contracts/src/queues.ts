/** BullMQ queue names shared by the API (producers) and the worker (processors). */
export const QueueName = {
  system: 'system',
  /** The follow-up scheduler: the tick and the per-kommun runs it fans out. */
  periods: 'periods',
  /** One job per notification to e-mail (only when SMTP_URL is set). */
  notifications: 'notifications',
  /** Kolada: the nightly refresh of reference data and the per-kommun benchmark syncs. */
  kolada: 'kolada',
  /** Årsredovisning and delårsrapport exports: one job per export, built from the period's snapshot. */
  exports: 'exports',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const SystemJob = {
  heartbeat: 'heartbeat',
} as const;
export type SystemJob = (typeof SystemJob)[keyof typeof SystemJob];

export const PeriodsJob = {
  /** Fired by the job scheduler: lists the kommuner and adds one `kommunRun` per kommun for today. */
  tick: 'tick',
  /** Everything due for one kommun on one day: open, remind, escalate, lock, snapshot. */
  kommunRun: 'kommun-run',
} as const;
export type PeriodsJob = (typeof PeriodsJob)[keyof typeof PeriodsJob];

export const KoladaJob = {
  /** Fired by the job scheduler (and once at worker start): refreshes reference data, adds one `kommunSync` per kommun. */
  nightly: 'nightly',
  kommunSync: 'kommun-sync',
} as const;
export type KoladaJob = (typeof KoladaJob)[keyof typeof KoladaJob];

/** Data of a `kommun-sync` job. */
export interface KoladaSyncJobData {
  tenantId: string;
  /** YYYY-MM-DD, fixed when the job was added, so a retry syncs for the same day. */
  today: string;
  /** Years to fetch; default the five full years before `today`. */
  years?: number[];
}

export const NotificationsJob = {
  sendEmail: 'send-email',
} as const;
export type NotificationsJob = (typeof NotificationsJob)[keyof typeof NotificationsJob];

/** Data of a `kommun-run` job. */
export interface KommunRunJobData {
  tenantId: string;
  /** The day to act for (YYYY-MM-DD, Europe/Stockholm), fixed when the tick fanned out, so a retry acts for the same day. */
  today: string;
  /** Test aid (honoured only when NODE_ENV=test): pause between steps so a test can kill the worker mid-job. */
  stepDelayMs?: number;
}

/** Data of a `send-email` job. */
export interface SendEmailJobData {
  tenantId: string;
  notificationId: string;
}

export const ExportsJob = {
  build: 'build',
} as const;
export type ExportsJob = (typeof ExportsJob)[keyof typeof ExportsJob];

/** Data of a `build` job on the exports queue; the export row says what to build. */
export interface ExportJobData {
  tenantId: string;
  exportId: string;
}
