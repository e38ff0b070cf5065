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
import { toPeriodDto, type PeriodRow } from './period-row.js';
import { periodQueries, type CalendarRow, type StoredTemplate } from './period.queries.js';
import { parseOverrides, parseTemplate } from './template-input.js';
import { addFieldError, unprocessable, type FieldErrors } from '../common/errors/field-errors.js';
import type { PutCalendarDto } from './dto/put-calendar.dto.js';
import { tenantQueries } from '../tenancy/tenant.queries.js';
import { effectiveSettings, normalReminderDays } from '../tenancy/tenant-settings.js';

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
      const calendar = await periodQueries.findCalendar(m, year);
      if (!calendar) throw new NotFoundException(`Det finns ingen uppföljningskalender för ${year}.`);
      return toCalendarDto(calendar, await periodQueries.periodsOf(m, calendar.id));
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
    return this.db.run(auth.tenantId, async (m) => {
      const before = await periodQueries.findCalendar(m, year);
      // Omitted: the year keeps its own reminder days; a new year takes the kommun's.
      const kommunDays = async () => effectiveSettings((await tenantQueries.find(m, auth.tenantId))?.settings).reminderDays;
      const reminderDays = normalReminderDays(body.reminderDays ?? before?.reminder_days ?? (await kommunDays()));
      // Omitted overrides stay as they are (also those recorded by PATCH /periods/:id); {} removes them.
      const overrides = body.overrides === undefined ? keptOverrides(year, template, before?.template.overrides) : given;
      const generated = generateCalendarOr422(year, template, overrides);
      const stored: StoredTemplate = { ...template, presetId, overrides };
      const calendar = await periodQueries.upsertCalendar(m, auth.tenantId, year, stored, reminderDays);
      const periods = await this.storePeriods(m, auth.tenantId, calendar.id, generated);
      await this.audit.record(m, auth, {
        action: before ? 'update' : 'create',
        entityType: 'follow_up_calendar',
        entityId: calendar.id,
        before: before ? { template: before.template, reminderDays: before.reminder_days } : null,
        after: { template: stored, reminderDays, periods: periods.map((p) => p.period_key) },
      });
      return toCalendarDto(calendar, periods);
    });
  }

  private async storePeriods(m: EntityManager, tenantId: string, calendarId: string, generated: FollowUpPeriod[]): Promise<PeriodRow[]> {
    const keys = generated.map((p) => p.periodKey);
    const existing = await periodQueries.lockPeriodsOf(m, calendarId, keys);
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
    if (dropped.length > 0) await periodQueries.deletePeriods(m, dropped.map((row) => row.id));
    await periodQueries.insertPeriods(m, tenantId, calendarId, inserts);
    await periodQueries.movePlannedPeriods(m, calendarId, updates);
    return periodQueries.periodsOf(m, calendarId);
  }
}

/** The stored overrides of the periods the template still makes (a dropped kind's dates go with it). */
function keptOverrides(year: number, template: FollowUpTemplate, stored: FollowUpOverrides | undefined): FollowUpOverrides {
  if (!stored) return {};
  const made = new Set(generateCalendarOr422(year, template, {}).map((p) => p.periodKey));
  return Object.fromEntries(Object.entries(stored).filter(([periodKey]) => made.has(periodKey)));
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
