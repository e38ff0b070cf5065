import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FollowUpOverrides, FollowUpPeriod, FollowUpTemplate } from '@resultatkedjan/domain';
import { Action, type CalendarDto, type CalendarPresetDto } from '@resultatkedjan/contracts';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthContext } from '../auth/auth-context.js';
import { CALENDAR_PRESETS, presetById } from './calendar-presets.js';
import { generateCalendarOr422 } from './generate-calendar.js';
import { assertKommunWide } from './kommun-wide.js';
import { PERIOD_COLUMNS, toPeriodDto, type PeriodRow } from './period-row.js';
import { parseOverrides, parseTemplate } from './template-input.js';
import { addFieldError, unprocessable, type FieldErrors } from '../common/errors/field-errors.js';
import type { PutCalendarDto } from './dto/put-calendar.dto.js';

export const DEFAULT_REMINDER_DAYS = [7, 2];

interface CalendarRow {
  id: string;
  year: number;
  template: StoredTemplate;
  reminder_days: number[];
  updated_at: Date;
}

/** follow_up_calendar.template: the domain template plus where it came from and the controller's overrides. */
type StoredTemplate = FollowUpTemplate & { presetId?: string | null; overrides?: FollowUpOverrides };

const MILESTONES = ['opensOn', 'deadline', 'reviewDeadline', 'locksOn'] as const;
const MILESTONE_COLUMNS = { opensOn: 'opens_on', deadline: 'deadline', reviewDeadline: 'review_deadline', locksOn: 'locks_on' } as const;

@Injectable()
export class CalendarService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  presets(): CalendarPresetDto[] {
    return Object.entries(CALENDAR_PRESETS).map(([id, template]) => ({ id, name: template.name }));
  }

  async get(auth: AuthContext, year: number): Promise<CalendarDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const calendar = await findCalendar(m, year);
      if (!calendar) throw new NotFoundException(`Det finns ingen uppföljningskalender för ${year}.`);
      return toCalendarDto(calendar, await periodsOf(m, calendar.id));
    });
  }

  /**
   * Generates the year's periods from the template and stores them in one transaction. Planned periods follow the
   * new dates (or go, when the template no longer makes them); periods that have opened or locked are kept and
   * their dates may not move (422, nothing written).
   */
  async put(auth: AuthContext, year: number, body: PutCalendarDto): Promise<CalendarDto> {
    assertKommunWide(auth, Action.calendarWrite);
    const fields: FieldErrors = {};
    const presetId = typeof body.template === 'string' ? body.template : null;
    const template = presetId !== null ? presetById(presetId) : parseTemplate(body.template, fields);
    if (presetId !== null && !template) addFieldError(fields, 'template', `Okänd mall "${presetId}"; se GET /calendars/presets.`);
    const given = parseOverrides(body.overrides, fields);
    if (!template || !given || Object.keys(fields).length > 0) throw unprocessable(fields);
    const reminderDays = [...new Set(body.reminderDays ?? DEFAULT_REMINDER_DAYS)].sort((a, b) => b - a);

    return this.db.run(auth.tenantId, async (m) => {
      const before = await findCalendar(m, year);
      // Omitted overrides stay as they are (also those recorded by PATCH /periods/:id); {} removes them.
      const overrides = body.overrides === undefined ? keptOverrides(year, template, before?.template.overrides) : given;
      const generated = generateCalendarOr422(year, template, overrides);
      const stored: StoredTemplate = { ...template, presetId, overrides };
      const [calendar]: CalendarRow[] = await m.query(
        `INSERT INTO follow_up_calendar (tenant_id, year, template, reminder_days) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT "UQ_follow_up_calendar_year"
         DO UPDATE SET template = EXCLUDED.template, reminder_days = EXCLUDED.reminder_days, updated_at = now()
         RETURNING id, year, template, reminder_days, updated_at`,
        [auth.tenantId, year, JSON.stringify(stored), reminderDays],
      );
      const periods = await this.storePeriods(m, auth.tenantId, calendar!.id, generated);
      await this.audit.record(m, auth, {
        action: before ? 'update' : 'create',
        entityType: 'follow_up_calendar',
        entityId: calendar!.id,
        before: before ? { template: before.template, reminderDays: before.reminder_days } : null,
        after: { template: stored, reminderDays, periods: periods.map((p) => p.period_key) },
      });
      return toCalendarDto(calendar!, periods);
    });
  }

  private async storePeriods(m: EntityManager, tenantId: string, calendarId: string, generated: FollowUpPeriod[]): Promise<PeriodRow[]> {
    const keys = generated.map((p) => p.periodKey);
    const existing: PeriodRow[] = await m.query(
      `SELECT ${PERIOD_COLUMNS} FROM follow_up_period WHERE calendar_id = $1 OR period_key = ANY($2::text[]) FOR UPDATE`,
      [calendarId, keys],
    );
    const byKey = new Map(existing.map((row) => [row.period_key, row]));
    const fields: FieldErrors = {};
    const inserts: FollowUpPeriod[] = [];
    const updates: FollowUpPeriod[] = [];
    for (const period of generated) {
      const row = byKey.get(period.periodKey);
      if (!row) {
        inserts.push(period);
        continue;
      }
      // The previous year's helår belongs to the calendar that made it first.
      if (row.calendar_id !== calendarId) continue;
      const moved = MILESTONES.filter((milestone) => row[MILESTONE_COLUMNS[milestone]] !== period[milestone]);
      if (moved.length === 0) continue;
      if (row.status === 'planerad') {
        updates.push(period);
        continue;
      }
      const state = row.status === 'last' ? 'låst' : 'öppnad';
      for (const milestone of moved) {
        addFieldError(fields, `periods.${period.periodKey}.${milestone}`, `Perioden är redan ${state}; datumet ${row[MILESTONE_COLUMNS[milestone]]} kan inte flyttas till ${period[milestone]}.`);
      }
    }
    if (Object.keys(fields).length > 0) throw unprocessable(fields, 'Perioder som redan har öppnats eller låsts kan inte få nya datum.');

    const generatedKeys = new Set(keys);
    const dropped = existing.filter((row) => row.calendar_id === calendarId && row.status === 'planerad' && !generatedKeys.has(row.period_key));
    if (dropped.length > 0) await m.query(`DELETE FROM follow_up_period WHERE id = ANY($1::uuid[])`, [dropped.map((row) => row.id)]);
    if (inserts.length > 0) {
      await m.query(
        `INSERT INTO follow_up_period (tenant_id, calendar_id, period_key, kind, covers_from, covers_to, opens_on, deadline, review_deadline, locks_on)
         SELECT $1, $2, p."periodKey", p.kind, p."from", p."to", p."opensOn", p.deadline, p."reviewDeadline", p."locksOn"
         FROM jsonb_to_recordset($3::jsonb) AS p("periodKey" text, kind text, "from" date, "to" date, "opensOn" date, deadline date, "reviewDeadline" date, "locksOn" date)`,
        [tenantId, calendarId, JSON.stringify(inserts)],
      );
    }
    if (updates.length > 0) {
      await m.query(
        `UPDATE follow_up_period f SET opens_on = p."opensOn", deadline = p.deadline, review_deadline = p."reviewDeadline", locks_on = p."locksOn"
         FROM jsonb_to_recordset($2::jsonb) AS p("periodKey" text, "opensOn" date, deadline date, "reviewDeadline" date, "locksOn" date)
         WHERE f.calendar_id = $1 AND f.period_key = p."periodKey" AND f.status = 'planerad'`,
        [calendarId, JSON.stringify(updates)],
      );
    }
    return periodsOf(m, calendarId);
  }
}

/** The stored overrides of the periods the template still makes (a dropped kind's dates go with it). */
function keptOverrides(year: number, template: FollowUpTemplate, stored: FollowUpOverrides | undefined): FollowUpOverrides {
  if (!stored) return {};
  const made = new Set(generateCalendarOr422(year, template, {}).map((p) => p.periodKey));
  return Object.fromEntries(Object.entries(stored).filter(([periodKey]) => made.has(periodKey)));
}

async function findCalendar(m: EntityManager, year: number): Promise<CalendarRow | undefined> {
  const [row]: CalendarRow[] = await m.query(
    `SELECT id, year, template, reminder_days, updated_at FROM follow_up_calendar WHERE year = $1`,
    [year],
  );
  return row;
}

export async function periodsOf(m: EntityManager, calendarId: string): Promise<PeriodRow[]> {
  return m.query(`SELECT ${PERIOD_COLUMNS} FROM follow_up_period WHERE calendar_id = $1 ORDER BY opens_on, period_key`, [calendarId]);
}

function toCalendarDto(calendar: CalendarRow, periods: PeriodRow[]): CalendarDto {
  const { presetId = null, overrides = {}, ...template } = calendar.template;
  return {
    id: calendar.id,
    year: calendar.year,
    presetId,
    templateName: template.name,
    template: template as unknown as Record<string, unknown>,
    overrides: overrides as CalendarDto['overrides'],
    reminderDays: calendar.reminder_days,
    periods: periods.map(toPeriodDto),
    updatedAt: new Date(calendar.updated_at).toISOString(),
  };
}
