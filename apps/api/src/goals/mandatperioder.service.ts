import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MandatperiodDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditService } from '../audit/audit.service.js';
import { orNotFound } from '../common/errors/not-found.js';
import { pageWindow, type Page, type PageQueryDto } from '../common/pagination/page-query.dto.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { ruleViolation } from '../common/errors/field-errors.js';
import type { CreateMandatperiodDto, UpdateMandatperiodDto } from './dto/mandatperiod.dto.js';
import { tenantQueries } from '../tenancy/tenant.queries.js';
import { goalQueries } from './goal.queries.js';
import type { Mandatperiod } from './mandatperiod.entity.js';
import { mandatperiodQueries as queries } from './mandatperiod.queries.js';

const TERM = 'Mandatperioden';

/** KF's terms of office. Dates are inclusive; terms of one kommun never overlap. */
@Injectable()
export class MandatperioderService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: PageQueryDto): Promise<Page<MandatperiodDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await queries.page(m, { skip, take });
      return { items: rows.map(toDto), page, pageSize, total };
    });
  }

  get(auth: AuthContext, id: string): Promise<MandatperiodDto> {
    return this.db.run(auth.tenantId, async (m) => toDto(orNotFound(await queries.find(m, id), TERM)));
  }

  create(auth: AuthContext, body: CreateMandatperiodDto): Promise<MandatperiodDto> {
    return this.db.run(auth.tenantId, async (m) => {
      await assertFits(m, auth.tenantId, body.startsOn, body.endsOn, null);
      const row = await queries.insert(m, auth.tenantId, { label: body.label, startsOn: body.startsOn, endsOn: body.endsOn });
      await this.audit.record(m, auth, { action: 'create', entityType: 'mandatperiod', entityId: row.id, after: toDto(row) });
      return toDto(row);
    });
  }

  update(auth: AuthContext, id: string, body: UpdateMandatperiodDto): Promise<MandatperiodDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = orNotFound(await queries.lock(m, id), TERM);
      const before = toDto(row);
      if (body.label !== undefined) row.label = body.label;
      if (body.startsOn !== undefined) row.startsOn = body.startsOn;
      if (body.endsOn !== undefined) row.endsOn = body.endsOn;
      await assertFits(m, auth.tenantId, row.startsOn, row.endsOn, id);
      await queries.update(m, id, { label: row.label, startsOn: row.startsOn, endsOn: row.endsOn });
      await this.audit.record(m, auth, { action: 'update', entityType: 'mandatperiod', entityId: id, before, after: toDto(row) });
      return toDto(row);
    });
  }

  /** Goals keep their term: a term with goals cannot be deleted (the database would silently unlink them). */
  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const row = orNotFound(await queries.lock(m, id), TERM);
      if (await goalQueries.anyInMandatperiod(m, id)) {
        throw new ConflictException('Mandatperioden har mål kopplade till sig och kan inte tas bort. Ändra den i stället.');
      }
      await queries.delete(m, id);
      await this.audit.record(m, auth, { action: 'delete', entityType: 'mandatperiod', entityId: id, before: toDto(row) });
    });
  }
}

/** startsOn < endsOn and no overlap with the kommun's other terms (writes serialised on the kommun's row). */
async function assertFits(m: EntityManager, tenantId: string, startsOn: string, endsOn: string, exceptId: string | null): Promise<void> {
  if (startsOn >= endsOn) throw ruleViolation({ endsOn: ['Mandatperioden måste sluta efter att den börjar.'] });
  await tenantQueries.lock(m, tenantId);
  const clash = await queries.firstOverlapping(m, startsOn, endsOn, exceptId);
  if (clash) {
    throw ruleViolation({ startsOn: [`Mandatperioden överlappar ${clash.label} (${clash.startsOn} – ${clash.endsOn}).`] });
  }
}

function toDto(row: Mandatperiod): MandatperiodDto {
  return { id: row.id, label: row.label, startsOn: row.startsOn, endsOn: row.endsOn };
}
