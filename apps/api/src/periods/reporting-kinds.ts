import type { EntityManager } from 'typeorm';
import { ORG_NODE_KINDS, type FollowUpKind, type OrgNodeKind, type ReportingKinds } from '@resultatkedjan/contracts';
import { orgNodeQueries } from '../org/org-node.queries.js';
import { tenantQueries } from '../tenancy/tenant.queries.js';

/** The key of tenant.settings that holds the reporting kinds (the rest of the document belongs to tenancy). */
export const REPORTING_KINDS_SETTING = 'reportingKinds';

/**
 * Who reports in which period kinds, unless the kommun has chosen otherwise (DOMAIN.md 5.2): units quarterly and
 * at helår; nämnder and KS at delår and helår; bolag at delår and helår and also quarterly (ägardialog).
 */
export const DEFAULT_REPORTING_KINDS: ReportingKinds = {
  kf: [],
  ks: ['delar', 'helar'],
  namnd: ['delar', 'helar'],
  bolag: ['kvartal', 'delar', 'helar'],
  forvaltning: [],
  verksamhet: [],
  enhet: ['kvartal', 'helar'],
};

/** Stored in tenant.settings.reportingKinds; every node kind is present in the result. */
export function effectiveReportingKinds(stored: Partial<ReportingKinds> | null | undefined): ReportingKinds {
  const source = stored ?? DEFAULT_REPORTING_KINDS;
  return Object.fromEntries(ORG_NODE_KINDS.map((kind) => [kind, [...(source[kind] ?? [])]])) as ReportingKinds;
}

export async function loadReportingKinds(m: EntityManager, tenantId: string): Promise<ReportingKinds> {
  return effectiveReportingKinds(await tenantQueries.settingsKey<Partial<ReportingKinds>>(m, tenantId, REPORTING_KINDS_SETTING));
}

/** The node kinds that report in a period of `kind`. */
export function nodeKindsReportingIn(kinds: ReportingKinds, kind: FollowUpKind): OrgNodeKind[] {
  return ORG_NODE_KINDS.filter((nodeKind) => kinds[nodeKind].includes(kind));
}

/** Org nodes responsible for reporting in a period: of a reporting kind and in existence during the period. */
export async function responsibleNodeIds(
  m: EntityManager,
  period: { kind: string; coversFrom: string; coversTo: string },
  kinds: ReportingKinds,
): Promise<string[]> {
  const nodeKinds = nodeKindsReportingIn(kinds, period.kind as FollowUpKind);
  if (nodeKinds.length === 0) return [];
  return orgNodeQueries.idsOfKindsDuring(m, nodeKinds, period.coversFrom, period.coversTo);
}
