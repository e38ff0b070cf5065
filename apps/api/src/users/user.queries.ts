import type { EntityManager } from 'typeorm';
import type { Role } from '@resultatkedjan/contracts';
import { orgTreeQueries } from '../org/org-tree.queries.js';
import { AppUser } from '../auth/app-user.entity.js';
import { RoleGrant } from '../auth/role-grant.entity.js';
import type { UserRoleGrantDto } from './dto/user.dto.js';

/**
 * Every query on app_user and role_grant. Row-level security shows the kommun set on the transaction (a login
 * first finds its kommun, see login-kommun.ts, and then looks the user up there).
 */
export const userQueries = {
  findById: (m: EntityManager, userId: string) => m.findOneBy(AppUser, { id: userId }),

  /** Display names of the active users among `ids`, by id. */
  async activeNames(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await m.query(`SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[]) AND active`, [ids]);
    return new Map(rows.map((r) => [r.id, r.display_name]));
  },

  /** The kommun's user with this (lower-case) e-mail, for password and SSO login under the kommun's row-level security. */
  findByEmail: (m: EntityManager, email: string) => m.findOneBy(AppUser, { email }),

  findBySubject: (m: EntityManager, oidcSubject: string) => m.findOneBy(AppUser, { oidcSubject }),

  emailTaken: (m: EntityManager, email: string) => m.existsBy(AppUser, { email }),

  /** Users by display name; `search` is a LIKE pattern matched against the lower-cased name and the e-mail. */
  async page(m: EntityManager, search: string | null, window: { skip: number; take: number }): Promise<{ rows: AppUser[]; total: number }> {
    const qb = m.createQueryBuilder(AppUser, 'u').orderBy('u.display_name').addOrderBy('u.id').skip(window.skip).take(window.take);
    if (search) qb.where('(lower(u.display_name) LIKE :search OR u.email LIKE :search)', { search });
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  },

  insert: (m: EntityManager, user: Pick<AppUser, 'tenantId' | 'email' | 'displayName' | 'passwordHash' | 'oidcSubject' | 'active'>) =>
    m.save(m.create(AppUser, user)),

  /** Writes the loaded user's changed fields back. */
  save: (m: EntityManager, user: AppUser) => m.save(user),

  setOidcSubject: (m: EntityManager, userId: string, subject: string) => m.update(AppUser, { id: userId }, { oidcSubject: subject }),

  /** The display names of the given users (missing ones are left out). */
  async displayNames(m: EntityManager, userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await m.query(`SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])`, [
      userIds,
    ]);
    return new Map(rows.map((r) => [r.id, r.display_name]));
  },

  /** The grants of the given users with their node names, in one query. */
  async grantsOf(m: EntityManager, userIds: readonly string[]): Promise<Map<string, UserRoleGrantDto[]>> {
    const byUser = new Map<string, UserRoleGrantDto[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return byUser;
    const rows: { id: string; user_id: string; role: Role; org_node_id: string | null; node_name: string | null }[] = await m.query(
      `SELECT g.id, g.user_id, g.role, g.org_node_id, n.name AS node_name
         FROM role_grant g LEFT JOIN org_node n ON n.id = g.org_node_id
        WHERE g.user_id = ANY($1::uuid[])
        ORDER BY g.role, n.name NULLS FIRST, g.id`,
      [userIds],
    );
    for (const r of rows) byUser.get(r.user_id)!.push({ id: r.id, role: r.role, orgNodeId: r.org_node_id, orgNodeName: r.node_name });
    return byUser;
  },

  /** The user's grants (role and node), as a session carries them. */
  grantsOfUser: (m: EntityManager, userId: string) => m.find(RoleGrant, { where: { userId } }),

  findGrant: (m: EntityManager, grantId: string, userId: string) => m.findOneBy(RoleGrant, { id: grantId, userId }),

  /** Whether the user already holds `role` at exactly that node (null = the whole kommun). */
  async hasGrant(m: EntityManager, userId: string, role: Role, orgNodeId: string | null): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM role_grant WHERE user_id = $1 AND role = $2 AND org_node_id IS NOT DISTINCT FROM $3::uuid`,
      [userId, role, orgNodeId],
    );
    return rows.length > 0;
  },

  insertGrant: (m: EntityManager, grant: Pick<RoleGrant, 'tenantId' | 'userId' | 'role' | 'orgNodeId'>) => m.save(m.create(RoleGrant, grant)),

  deleteGrant: (m: EntityManager, grantId: string) => m.delete(RoleGrant, { id: grantId }),

  /** Whether the user holds admin for the whole kommun. */
  async isKommunAdmin(m: EntityManager, userId: string): Promise<boolean> {
    const [own]: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM role_grant WHERE user_id = $1 AND role = 'admin' AND org_node_id IS NULL`,
      [userId],
    );
    return own!.n > 0;
  },

  /** Active users other than `exceptUserId` holding admin for the whole kommun, ignoring grant `exceptGrantId`. */
  async otherKommunAdmins(m: EntityManager, exceptUserId: string | null, exceptGrantId: string | null): Promise<number> {
    const [row]: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM role_grant g JOIN app_user u ON u.id = g.user_id
        WHERE g.role = 'admin' AND g.org_node_id IS NULL AND u.active
          AND ($1::uuid IS NULL OR u.id <> $1::uuid) AND ($2::uuid IS NULL OR g.id <> $2::uuid)`,
      [exceptUserId, exceptGrantId],
    );
    return row!.n;
  },

  /** SQL for "the role grants at the org node in parameter `param`" (see orgNodeQueries.referencesOf). */
  grantsAtNodeSql: (param: string) => `SELECT 1 FROM role_grant WHERE org_node_id = ${param}`,

  /**
   * Active users holding `role` for one of the nodes or a node above it (or for the whole kommun), each with the
   * names of the nodes their grants cover, by e-mail. One query: walks up from each node to its ancestors.
   */
  async withRoleCovering(
    m: EntityManager,
    role: Role,
    nodeIds: readonly string[],
  ): Promise<{ user_id: string; email: string; display_name: string; node_names: string[] }[]> {
    if (nodeIds.length === 0) return [];
    return m.query(
      `WITH up AS (
         SELECT p.node_id, a.ancestor_id FROM unnest($1::uuid[]) AS p(node_id) CROSS JOIN LATERAL ${orgTreeQueries.ancestorIdsSql('p.node_id')} AS a(ancestor_id)
       )
       SELECT u.id AS user_id, u.email, u.display_name, array_agg(DISTINCT node.name ORDER BY node.name) AS node_names
       FROM role_grant g
       JOIN app_user u ON u.id = g.user_id AND u.active
       JOIN up ON g.org_node_id IS NULL OR g.org_node_id = up.ancestor_id
       JOIN org_node node ON node.id = up.node_id
       WHERE g.role = $2
       GROUP BY u.id, u.email, u.display_name
       ORDER BY u.email`,
      [nodeIds, role],
    );
  },

  /** Active users who are `alsoUserId` or hold `role` at the node or a node above it, by e-mail. One query. */
  /** Active users with one of `roles` granted on a node strictly below `rootId` (the units under a body). */
  activeGrantedBelow(m: EntityManager, roles: readonly Role[], rootId: string): Promise<{ id: string; email: string; display_name: string }[]> {
    return m.query(
      `SELECT u.id, u.email, u.display_name FROM app_user u
        WHERE u.active AND EXISTS (
          SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = ANY($2::text[])
             AND g.org_node_id IN ${orgTreeQueries.subtreeIdsSql('ARRAY[$1::uuid]')} AND g.org_node_id <> $1::uuid)
        ORDER BY u.email`,
      [rootId, roles],
    );
  },

  /** Active users with `role` granted on `orgNodeId`, a node above it, or the whole kommun. */
  activeWithRoleCovering(m: EntityManager, role: Role, orgNodeId: string): Promise<{ id: string; email: string; display_name: string }[]> {
    return m.query(
      `SELECT u.id, u.email, u.display_name FROM app_user u
        WHERE u.active AND EXISTS (
          SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = $2
             AND (g.org_node_id IS NULL OR g.org_node_id IN ${orgTreeQueries.ancestorIdsSql('$1')}))
        ORDER BY u.email`,
      [orgNodeId, role],
    );
  },

  activeWithScopedRoleAt(
    m: EntityManager,
    role: Role,
    orgNodeId: string,
    alsoUserId: string | null,
  ): Promise<{ id: string; email: string; display_name: string }[]> {
    return m.query(
      `SELECT u.id, u.email, u.display_name FROM app_user u
        WHERE u.active AND (u.id = $2::uuid OR EXISTS (
          SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = $3 AND g.org_node_id IN ${orgTreeQueries.ancestorIdsSql('$1')}))
        ORDER BY u.email`,
      [orgNodeId, alsoUserId, role],
    );
  },
};
