import type { EntityManager } from 'typeorm';
import type { Role } from '@resultatkedjan/contracts';
import { orNotFound } from '../common/errors/not-found.js';
import { AppUser } from '../auth/app-user.entity.js';
import type { UserRoleGrantDto, UserDto } from './dto/user.dto.js';

export const USER_NOT_FOUND = 'Användaren';

export async function findUser(m: EntityManager, userId: string): Promise<AppUser> {
  return orNotFound(await m.findOneBy(AppUser, { id: userId }), USER_NOT_FOUND);
}

/** The grants of the given users with their node names, in one query. */
export async function grantsOf(m: EntityManager, userIds: string[]): Promise<Map<string, UserRoleGrantDto[]>> {
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
}

export function toUserDto(user: AppUser, grants: UserRoleGrantDto[]): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    active: user.active,
    hasPassword: user.passwordHash !== null,
    oidcSubject: user.oidcSubject,
    createdAt: user.createdAt.toISOString(),
    grants,
  };
}

/** What the audit trail keeps of a user: never the password hash. */
export function userSnapshot(user: AppUser): object {
  return { email: user.email, displayName: user.displayName, active: user.active, hasPassword: user.passwordHash !== null, oidcSubject: user.oidcSubject };
}

/** Active users other than `exceptUserId` holding admin for the whole kommun, ignoring grant `exceptGrantId`. */
export async function otherKommunAdmins(m: EntityManager, exceptUserId: string | null, exceptGrantId: string | null): Promise<number> {
  const [row]: { n: number }[] = await m.query(
    `SELECT count(*)::int AS n FROM role_grant g JOIN app_user u ON u.id = g.user_id
      WHERE g.role = 'admin' AND g.org_node_id IS NULL AND u.active
        AND ($1::uuid IS NULL OR u.id <> $1::uuid) AND ($2::uuid IS NULL OR g.id <> $2::uuid)`,
    [exceptUserId, exceptGrantId],
  );
  return row!.n;
}
