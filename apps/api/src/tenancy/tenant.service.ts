import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { levelNameProblems, trimLevelNames } from '@resultatkedjan/domain';
import { addFieldError, throwIfFieldErrors, unprocessable, type FieldErrors } from '../common/errors/field-errors.js';
import type { TenantDto, TenantPopulationDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import type { PopulationQueryDto } from './dto/population-query.dto.js';
import type { PutPopulationDto } from './dto/put-population.dto.js';
import type { UpdateTenantSettingsDto } from './dto/update-tenant-settings.dto.js';
import type { TenantPopulation } from './tenant-population.entity.js';
import type { Tenant, TenantSettings } from './tenant.entity.js';
import { tenantQueries } from './tenant.queries.js';
import { periodQueries } from '../periods/period.queries.js';
import { effectiveSettings, normalReminderDays } from './tenant-settings.js';

/** The caller's own kommun: its facts, settings and population per year. */
@Injectable()
export class TenantService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  get(auth: AuthContext): Promise<TenantDto> {
    return this.db.run(auth.tenantId, async (m) => toTenantDto(orNotFound(await tenantQueries.find(m, auth.tenantId), 'Kommunen')));
  }

  updateSettings(auth: AuthContext, body: UpdateTenantSettingsDto): Promise<TenantDto> {
    if (body.targetScale && body.targetScale.partlyFrom >= body.targetScale.fulfilledFrom) {
      throw unprocessable(
        { 'targetScale.partlyFrom': ['Gränsen för Delvis uppfyllt måste vara lägre än gränsen för Uppfyllt.'] },
        'Gränserna för måluppfyllelse är inte giltiga.',
      );
    }
    if (body.levelNames) {
      const fields: FieldErrors = {};
      for (const { level, message } of levelNameProblems(body.levelNames)) addFieldError(fields, `levelNames.${level}`, message);
      throwIfFieldErrors(fields, 'Namnen på måluppfyllelsens nivåer är inte giltiga.');
    }
    return this.db.run(auth.tenantId, async (m) => {
      const tenant = orNotFound(await tenantQueries.lock(m, auth.tenantId), 'Kommunen');
      const before = tenant.settings;
      const after = mergeSettings(before, body);
      await tenantQueries.setSettings(m, tenant.id, after);
      await this.audit.record(m, auth, { action: 'update', entityType: 'tenant', entityId: tenant.id, before: { settings: before }, after: { settings: after } });
      // Only a change of the days reaches the calendars: saving the other settings leaves a year's own days alone.
      const [daysBefore, daysAfter] = [effectiveSettings(before).reminderDays, effectiveSettings(after).reminderDays];
      if (daysBefore.join() !== daysAfter.join()) await this.applyReminderDays(m, auth, daysAfter);
      return toTenantDto({ ...tenant, settings: after });
    });
  }

  /** This year's and later calendars take the kommun's reminder days, each change in the audit trail. */
  private async applyReminderDays(m: EntityManager, auth: AuthContext, reminderDays: number[]): Promise<void> {
    const changed = await periodQueries.setReminderDaysFrom(m, new Date().getFullYear(), reminderDays);
    await this.audit.record(
      m,
      auth,
      changed.map((calendar) => ({
        action: 'update',
        entityType: 'follow_up_calendar',
        entityId: calendar.id,
        before: { year: calendar.year, reminderDays: calendar.before },
        after: { year: calendar.year, reminderDays, via: 'kommunens inställningar' },
      })),
    );
  }

  listPopulation(auth: AuthContext, query: PopulationQueryDto): Promise<Page<TenantPopulationDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await tenantQueries.populationPage(m, query, { skip, take });
      return { items: rows.map(toPopulationDto), page, pageSize, total };
    });
  }

  putPopulation(auth: AuthContext, year: number, body: PutPopulationDto): Promise<TenantPopulationDto> {
    const ageGroups = body.ageGroups ?? {};
    const tooLarge = Object.entries(ageGroups).filter(([, count]) => count > body.inhabitants);
    if (tooLarge.length > 0) {
      throw unprocessable(
        Object.fromEntries(tooLarge.map(([name]) => [`ageGroups.${name}`, ['Fler än antalet invånare.']])),
        'En åldersgrupp kan inte vara större än antalet invånare.',
      );
    }
    return this.db.run(auth.tenantId, async (m) => {
      const existing = await tenantQueries.lockPopulation(m, auth.tenantId, year);
      const row = await tenantQueries.savePopulation(m, { tenantId: auth.tenantId, year, inhabitants: body.inhabitants, ageGroups });
      await this.audit.record(m, auth, {
        action: existing ? 'update' : 'create',
        entityType: 'tenant_population',
        entityId: String(year),
        before: existing ? toPopulationDto(existing) : null,
        after: toPopulationDto(row),
      });
      return toPopulationDto(row);
    });
  }
}

/** Given keys replace the stored ones; null removes a key so the default applies again. */
function mergeSettings(stored: TenantSettings, body: UpdateTenantSettingsDto): TenantSettings {
  const next: TenantSettings = { ...stored };
  if (body.goalCeiling === null) delete next.goalCeiling;
  else if (body.goalCeiling !== undefined) next.goalCeiling = body.goalCeiling;
  if (body.indicatorCeiling === null) delete next.indicatorCeiling;
  else if (body.indicatorCeiling !== undefined) next.indicatorCeiling = body.indicatorCeiling;
  if (body.targetScale === null) delete next.targetScale;
  else if (body.targetScale !== undefined) next.targetScale = { fulfilledFrom: body.targetScale.fulfilledFrom, partlyFrom: body.targetScale.partlyFrom };
  if (body.levelNames === null) delete next.levelNames;
  else if (body.levelNames !== undefined) next.levelNames = { ...trimLevelNames(body.levelNames) };
  if (body.reminderDays === null) delete next.reminderDays;
  else if (body.reminderDays !== undefined) next.reminderDays = normalReminderDays(body.reminderDays);
  return next;
}

function toTenantDto(tenant: Tenant): TenantDto {
  return { id: tenant.id, name: tenant.name, kommunkod: tenant.kommunkod, settings: effectiveSettings(tenant.settings) };
}

function toPopulationDto(row: TenantPopulation): TenantPopulationDto {
  return { year: row.year, inhabitants: row.inhabitants, ageGroups: row.ageGroups ?? {} };
}
