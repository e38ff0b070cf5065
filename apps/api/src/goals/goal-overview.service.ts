import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GoalCascade, GoalLevel, GoalOwnerRef, GoalStatus, HygieneReport, OrgNodeKind } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { orNotFound } from '../common/errors/not-found.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { Tenant } from '../tenancy/tenant.entity.js';
import { effectiveSettings } from '../tenancy/tenant-settings.js';
import { buildCascade, type CascadeRow, type DirectiveRow } from './goal-cascade.js';
import { buildHygieneReport, type HygieneGoalRow } from './goal-hygiene.js';

/** Bodies whose number of goals R-1 watches. */
const HYGIENE_KINDS: OrgNodeKind[] = ['ks', 'namnd', 'bolag'];

/** Read models over all goals of a year: the cascade from the vision down, and the "few goals" check. */
@Injectable()
export class GoalOverviewService {
  constructor(private readonly db: TenantDb) {}

  cascade(auth: AuthContext, year: number): Promise<GoalCascade> {
    return this.db.run(auth.tenantId, async (m) => {
      const rows = await cascadeRows(m, year);
      const bolagIds = [...new Set(rows.filter((r) => r.level === 'bolagsmal').map((r) => r.ownerNode.id))];
      const directives = bolagIds.length > 0 ? await directiveRows(m, bolagIds, year) : [];
      return { year, roots: buildCascade(rows, directives) };
    });
  }

  hygiene(auth: AuthContext, year: number): Promise<HygieneReport> {
    return this.db.run(auth.tenantId, async (m) => {
      const tenant = orNotFound(await m.findOneBy(Tenant, { id: auth.tenantId }), 'Kommunen');
      const bodies: GoalOwnerRef[] = await m.query(
        `SELECT id, name, kind FROM org_node
          WHERE kind = ANY($1::text[]) AND valid_from <= make_date($2, 12, 31) AND (valid_to IS NULL OR valid_to >= make_date($2, 1, 1))`,
        [HYGIENE_KINDS, year],
      );
      const goals: HygieneGoalRow[] = bodies.length === 0 ? [] : await m.query(
        `SELECT id, key, title, owner_node_id AS "ownerNodeId" FROM goal
          WHERE owner_node_id = ANY($1::uuid[]) AND valid_from_year <= $2 AND (valid_to_year IS NULL OR valid_to_year >= $2)`,
        [bodies.map((b) => b.id), year],
      );
      const counts: { goalId: string; n: number }[] = goals.length === 0 ? [] : await m.query(
        `SELECT goal_id AS "goalId", count(*)::int AS n FROM indicator WHERE goal_id = ANY($1::uuid[]) GROUP BY goal_id`,
        [goals.map((g) => g.id)],
      );
      const { goalCeiling, indicatorCeiling } = effectiveSettings(tenant.settings);
      return buildHygieneReport(year, { goalCeiling, indicatorCeiling }, bodies, goals, new Map(counts.map((c) => [c.goalId, c.n])));
    });
  }
}

interface RawCascadeRow {
  id: string;
  key: string;
  level: GoalLevel;
  title: string;
  geh: boolean;
  status: GoalStatus;
  parent_goal_id: string | null;
  sort_order: number;
  owner_id: string;
  owner_name: string;
  owner_kind: OrgNodeKind;
  also_serves: string[];
}

/** All goals valid in the year with their owner and further served goals, in one query. */
async function cascadeRows(m: EntityManager, year: number): Promise<CascadeRow[]> {
  const raw: RawCascadeRow[] = await m.query(
    `SELECT g.id, g.key, g.level, g.title, g.geh, g.status, g.parent_goal_id, g.sort_order,
            n.id AS owner_id, n.name AS owner_name, n.kind AS owner_kind,
            ARRAY(SELECT l.serves_goal_id::text FROM goal_link l WHERE l.goal_id = g.id ORDER BY 1) AS also_serves
       FROM goal g JOIN org_node n ON n.id = g.owner_node_id
      WHERE g.valid_from_year <= $1 AND (g.valid_to_year IS NULL OR g.valid_to_year >= $1)`,
    [year],
  );
  return raw.map((r) => ({
    id: r.id,
    key: r.key,
    level: r.level,
    title: r.title,
    geh: r.geh,
    status: r.status,
    parentGoalId: r.parent_goal_id,
    sortOrder: r.sort_order,
    ownerNode: { id: r.owner_id, name: r.owner_name, kind: r.owner_kind },
    alsoServesGoalIds: r.also_serves,
  }));
}

/** The bolag's directives valid in the year with the goals they serve, in one query. */
async function directiveRows(m: EntityManager, bolagIds: string[], year: number): Promise<DirectiveRow[]> {
  const raw: { id: string; title: string; bolag_node_id: string; serves: string[] }[] = await m.query(
    `SELECT a.id, a.title, a.bolag_node_id,
            ARRAY(SELECT ag.goal_id::text FROM agardirektiv_goal ag WHERE ag.agardirektiv_id = a.id ORDER BY 1) AS serves
       FROM agardirektiv a
      WHERE a.bolag_node_id = ANY($1::uuid[]) AND a.valid_from_year <= $2 AND (a.valid_to_year IS NULL OR a.valid_to_year >= $2)
      ORDER BY a.valid_from_year DESC, a.title, a.id`,
    [bolagIds, year],
  );
  return raw.map((r) => ({ id: r.id, title: r.title, bolagNodeId: r.bolag_node_id, servesGoalIds: r.serves }));
}
