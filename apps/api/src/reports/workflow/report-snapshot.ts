import type { ReportRef } from '../support/report-ref.js';

/** What the audit trail keeps of a report's state (orgNodeId lets scoped readers find it). */
export function reportSnapshot(ref: ReportRef): object {
  return {
    orgNodeId: ref.orgNodeId,
    orgNodeKey: ref.node.key,
    periodId: ref.period.id,
    periodKey: ref.period.periodKey,
    status: ref.status,
    version: ref.version,
    returnComment: ref.returnComment,
    reopenReason: ref.reopenReason,
  };
}
