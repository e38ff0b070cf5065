import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Action } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { assertNodeInScope } from '../../auth/access-scope.js';
import type { ReportStatus } from '../report.entity.js';
import type { ReportRef } from './report-ref.js';
import { PERIOD_LOCKED, REPORT_APPROVED, REPORT_SUBMITTED, staleVersion } from './report-messages.js';

/** Submitted and approved reports are public documents in the kommun (DOMAIN.md 3.2); drafts are not. */
export const PUBLISHED_STATUSES: readonly ReportStatus[] = ['inlamnad', 'godkand'];

/** 403 unless the report is published or the caller may read drafts of its node. */
export async function assertMayRead(m: EntityManager, auth: AuthContext, ref: ReportRef): Promise<void> {
  if (PUBLISHED_STATUSES.includes(ref.status)) return;
  await assertNodeInScope(m, auth, Action.reportReadDraft, ref.orgNodeId);
}

/** 409 when the period is locked or the report is not open for changes (utkast or återsänd). */
export function assertEditable(ref: ReportRef): void {
  assertPeriodOpen(ref);
  if (ref.status === 'godkand') throw new ConflictException(REPORT_APPROVED);
  if (ref.status === 'inlamnad') throw new ConflictException(REPORT_SUBMITTED);
}

export function assertPeriodOpen(ref: ReportRef): void {
  if (ref.period.status === 'last') throw new ConflictException(PERIOD_LOCKED);
}

/** Optimistic locking: the version the caller saw must still be the current one. */
export function assertVersion(ref: ReportRef, version: number | undefined): void {
  if (version !== undefined && version !== ref.version) throw new ConflictException(staleVersion(ref.version));
}

/** True when the caller could save the report right now (for the form's read-only mode). */
export async function canEdit(m: EntityManager, auth: AuthContext, ref: ReportRef): Promise<boolean> {
  if (ref.period.status === 'last' || !['utkast', 'atersand'].includes(ref.status)) return false;
  try {
    await assertNodeInScope(m, auth, Action.reportWrite, ref.orgNodeId);
    return true;
  } catch {
    return false;
  }
}
