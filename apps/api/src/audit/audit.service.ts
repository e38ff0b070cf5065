import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: 'create' | 'update' | 'delete' | string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** Writes audit events in the caller's transaction, so a change and its audit row commit together. */
@Injectable()
export class AuditService {
  async record(m: EntityManager, auth: AuthContext, entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    await m.save(
      AuditEvent,
      list.map((e) => m.create(AuditEvent, {
        tenantId: auth.tenantId,
        actorUserId: auth.userId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        before: plain(e.before),
        after: plain(e.after),
        requestId: auth.requestId ?? null,
      })),
    );
  }
}

/** Entities go in as plain JSON (dates as ISO strings), without TypeORM relation placeholders. */
function plain(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
