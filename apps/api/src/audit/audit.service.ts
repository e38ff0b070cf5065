import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context.js';
import { auditQueries } from './audit.queries.js';

export interface AuditEntry {
  action: 'create' | 'update' | 'delete' | string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** Writes audit events in the caller's transaction (one statement however many), so a change and its audit rows commit together. */
@Injectable()
export class AuditService {
  record(m: EntityManager, auth: AuthContext, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
    return recordAudit(m, auth, entries);
  }
}

/** The same as AuditService.record, for plain functions that run inside a TenantDb transaction. */
export async function recordAudit(m: EntityManager, auth: AuthContext, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list: readonly AuditEntry[] = Array.isArray(entries) ? entries : [entries as AuditEntry];
  await auditQueries.insert(
    m,
    { tenantId: auth.tenantId, userId: auth.userId, requestId: auth.requestId ?? null },
    list.map((e) => ({ action: e.action, entityType: e.entityType, entityId: e.entityId, before: e.before ?? null, after: e.after ?? null })),
  );
}
