import { ForbiddenException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ASSESSMENT_TIER_LABELS, ASSESSMENT_TIER_ROLES, type AssessmentTier, type OrgNodeKind } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import type { FieldErrors } from '../common/errors/field-errors.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';

/** The kinds of body that record each tier (a bolag's board records the nämnd tier for its bolagsmål). */
const TIER_BODY_KINDS: Readonly<Record<AssessmentTier, readonly OrgNodeKind[]>> = {
  forvaltning: ['forvaltning'],
  namnd: ['namnd', 'bolag'],
  ks: ['ks'],
};

interface Body {
  id: string;
  kind: OrgNodeKind;
}

/**
 * Whether the body may judge the goal in this tier: a förvaltning judges goals of its nämnd, of itself and of its
 * units (it serves the nämnd above it); a nämnd or bolag board the goals of its own subtree; KS only KF's goals.
 */
export async function tierFieldErrors(
  m: EntityManager,
  tier: AssessmentTier,
  body: Body,
  goal: { ownerNodeId: string; ownerKind: OrgNodeKind },
): Promise<FieldErrors> {
  if (!TIER_BODY_KINDS[tier].includes(body.kind)) {
    return { orgNodeId: [`${ASSESSMENT_TIER_LABELS[tier]} görs av en ${kindsText(tier)}.`] };
  }
  const fits =
    tier === 'ks'
      ? goal.ownerKind === 'kf'
      : (await orgTreeQueries.isWithin(m, goal.ownerNodeId, [body.id])) ||
        (tier === 'forvaltning' && (await orgTreeQueries.isWithin(m, body.id, [goal.ownerNodeId])));
  if (!fits) {
    const message = tier === 'ks' ? 'Kommunstyrelsen bedömer kommunfullmäktiges mål.' : 'Målet hör inte till organisationsenhetens ansvarsområde.';
    return { orgNodeId: [message] };
  }
  return {};
}

/** 403 unless the caller holds the tier's role on the body (or the whole kommun). */
export async function assertMayRecordTier(m: EntityManager, auth: AuthContext, tier: AssessmentTier, bodyId: string): Promise<void> {
  const roots = auth.grants.filter((g) => g.role === ASSESSMENT_TIER_ROLES[tier]).map((g) => g.orgNodeId);
  if (roots.includes(null)) return;
  const nodeRoots = roots.filter((id): id is string => id !== null);
  if (nodeRoots.length > 0 && (await orgTreeQueries.isWithin(m, bodyId, nodeRoots))) return;
  throw new ForbiddenException(`Du får inte registrera ${ASSESSMENT_TIER_LABELS[tier].toLowerCase()} för den här delen av organisationen.`);
}

function kindsText(tier: AssessmentTier): string {
  return { forvaltning: 'förvaltning', namnd: 'nämnd eller bolagsstyrelse', ks: 'kommunstyrelse' }[tier];
}
