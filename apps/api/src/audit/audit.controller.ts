import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Action } from '@resultatkedjan/contracts';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { nodesInScope } from '../auth/access-scope.js';
import type { AuthContext } from '../auth/auth-context.js';
import { PageQueryDto, pageWindow, type Page } from '../common/pagination/page-query.dto.js';
import { IsIsoDateOrTimestamp } from '../common/validation/fields.js';

export class AuditEventQueryDto extends PageQueryDto {
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

interface Row {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
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
      const scope = await nodesInScope(m, auth, Action.auditRead);
      const params = [
        query.entityType ?? null,
        query.entityId ?? null,
        query.actor ?? null,
        query.from ?? null,
        query.to ?? null,
        scope === 'all',
        scope === 'all' ? [] : [...scope],
      ];
      // A bare date means the whole day in Swedish time; a timestamp is taken as given.
      const where = `
        WHERE ($1::text IS NULL OR e.entity_type = $1)
          AND ($2::text IS NULL OR e.entity_id = $2)
          AND ($3::uuid IS NULL OR e.actor_user_id = $3)
          AND ($4::text IS NULL OR e.occurred_at >= ${isDateOnly(query.from) ? `($4::date::timestamp AT TIME ZONE '${ZONE}')` : '$4::timestamptz'})
          AND ($5::text IS NULL OR e.occurred_at ${isDateOnly(query.to) ? `< (($5::date + 1)::timestamp AT TIME ZONE '${ZONE}')` : '<= $5::timestamptz'})
          AND ($6::boolean OR COALESCE(e.after->>'orgNodeId', e.before->>'orgNodeId', e.after->>'ownerNodeId', e.before->>'ownerNodeId') = ANY($7::text[]))`;
      const [{ total }]: { total: number }[] = await m.query(`SELECT count(*)::int AS total FROM audit_event e ${where}`, params);
      const rows: Row[] = await m.query(
        `SELECT e.id, e.occurred_at, e.actor_user_id, u.display_name AS actor_name, e.action, e.entity_type, e.entity_id,
                e.before, e.after, e.request_id
           FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
           ${where}
          ORDER BY e.occurred_at DESC, e.id DESC
          LIMIT ${take} OFFSET ${skip}`,
        params,
      );
      return { items: rows.map(toDto), page, pageSize, total };
    });
  }
}

function toDto(r: Row): AuditEventDto {
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

const ZONE = 'Europe/Stockholm';
const isDateOnly = (value: string | undefined) => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
