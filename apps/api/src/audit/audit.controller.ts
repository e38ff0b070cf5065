import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Action } from '@resultatkedjan/contracts';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { nodesInScope } from '../auth/access-scope.js';
import type { AuthContext } from '../auth/auth-context.js';
import { PageQueryDto, pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { IsIsoDateOrTimestamp } from '../common/validation/fields.js';
import { contentDisposition } from '../reports/support/content-disposition.js';
import { auditCsv } from './audit-csv.js';
import { auditQueries, type AuditEventRow, type AuditFilter } from './audit.queries.js';

const MAX_CSV_ROWS = 10_000;

export class AuditFilterQueryDto {
  @ApiPropertyOptional({ example: 'report', description: 'report, indicator_value, report_goal_assessment, goal, role_grant, app_user …' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @ApiPropertyOptional({ example: '6a1f0c3e-9b7d-4d2a-8c55-1e2f3a4b5c6d' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Användaren som gjorde ändringen' })
  @IsOptional()
  @IsUUID()
  actor?: string;

  @ApiPropertyOptional({ example: '2026-10-01', description: 'Från och med (datum eller tidpunkt, ISO 8601)' })
  @IsOptional()
  @IsIsoDateOrTimestamp()
  from?: string;

  @ApiPropertyOptional({ example: '2026-10-31T23:59:59Z', description: 'Till och med (datum = hela dagen)' })
  @IsOptional()
  @IsIsoDateOrTimestamp()
  to?: string;
}

export class AuditEventQueryDto extends IntersectionType(PageQueryDto, AuditFilterQueryDto) {}

export class AuditActorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Eva Berg' }) displayName!: string;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-10-20T13:45:12.000Z' }) occurredAt!: string;
  @ApiProperty({ type: AuditActorDto, nullable: true, description: 'null för systemjobb' }) actor!: AuditActorDto | null;
  @ApiProperty({ example: 'return', description: 'create, update, delete, submit, approve, return, reopen …' }) action!: string;
  @ApiProperty({ example: 'report' }) entityType!: string;
  @ApiProperty({ example: '6a1f0c3e-9b7d-4d2a-8c55-1e2f3a4b5c6d' }) entityId!: string;
  @ApiProperty({ type: Object, nullable: true, example: { status: 'inlamnad', version: 4 } }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: Object, nullable: true, example: { status: 'atersand', version: 5, returnComment: 'Analysen saknas.' } })
  after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 120 }) total!: number;
}

/**
 * The append-only audit trail, newest first. A reader whose grant covers the whole kommun sees everything; a
 * scoped reader (e.g. a lekmannarevisor or a controller for one förvaltning) sees the events whose before/after
 * names an org node (orgNodeId, ownerNodeId) inside their scope.
 */
@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly db: TenantDb) {}

  @Get()
  @RequirePermission(Action.auditRead)
  @ApiOperation({ summary: 'Granskningsloggen: vem ändrade vad och när, med före- och efterläge' })
  @ApiOkResponse({ type: AuditEventPageDto })
  list(@CurrentAuth() auth: AuthContext, @Query() query: AuditEventQueryDto): Promise<Page<AuditEventDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await auditQueries.page(m, await filterOf(m, auth, query), { skip, take });
      return { items: rows.map(toDto), page, pageSize, total };
    });
  }

  @Get('export.csv')
  @RequirePermission(Action.auditRead)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: `Granskningsloggen som CSV (semikolon, UTF-8) med samma filter, nyaste först, högst ${MAX_CSV_ROWS} händelser` })
  async csv(@CurrentAuth() auth: AuthContext, @Query() query: AuditFilterQueryDto): Promise<StreamableFile> {
    const rows = await this.db.run(auth.tenantId, async (m) => (await auditQueries.page(m, await filterOf(m, auth, query), { skip: 0, take: MAX_CSV_ROWS })).rows);
    const data = Buffer.from(auditCsv(rows), 'utf8');
    const filename = `Granskningslogg ${new Date().toISOString().slice(0, 10)}.csv`;
    return new StreamableFile(data, { type: 'text/csv; charset=utf-8', disposition: contentDisposition(filename), length: data.length });
  }
}

/** Events a reader may see: everything for a kommun-wide grant, else those naming an org node in scope. */
async function filterOf(m: EntityManager, auth: AuthContext, query: AuditFilterQueryDto): Promise<AuditFilter> {
  return {
    entityType: query.entityType ?? null,
    entityId: query.entityId ?? null,
    actorUserId: query.actor ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    nodeIds: await nodesInScope(m, auth, Action.auditRead),
  };
}

function toDto(r: AuditEventRow): AuditEventDto {
  return {
    id: r.id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    actor: r.actor_user_id ? { id: r.actor_user_id, displayName: r.actor_name ?? '(borttagen användare)' } : null,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
  };
}

