import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context.js';
import type { AuditEntry } from '../audit/audit.service.js';

/**
 * The audit rows of a value batch in ONE insert statement (arrays unnested server-side), in the caller's
 * transaction. Same columns and meaning as AuditService.record, which saves entities through TypeORM: for 5 000
 * changed values that took 1–2.5 s against ~0.1 s here. (Proposed as AuditService.recordMany.)
 */
export async function recordValueAudit(m: EntityManager, auth: AuthContext, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await m.query(
    `INSERT INTO audit_event (tenant_id, actor_user_id, action, entity_type, entity_id, before, after, request_id)
     SELECT $1::uuid, $2::uuid, t.action, t.entity_type, t.entity_id, t.before::jsonb, t.after::jsonb, $3::text
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(action, entity_type, entity_id, before, after)`,
    [
      auth.tenantId,
      auth.userId,
      auth.requestId ?? null,
      entries.map((e) => e.action),
      entries.map((e) => e.entityType),
      entries.map((e) => e.entityId),
      entries.map((e) => (e.before ? JSON.stringify(e.before) : null)),
      entries.map((e) => (e.after ? JSON.stringify(e.after) : null)),
    ],
  );
}
