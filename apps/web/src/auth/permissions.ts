import { ROLES, roleAllows, type Action, type Role } from '@resultatkedjan/contracts';
import { sv } from '../i18n/sv';

interface GrantLike {
  role: Role;
}

export function grantsAllow(grants: readonly GrantLike[], action: Action): boolean {
  return grants.some((g) => (ROLES as string[]).includes(g.role) && roleAllows(g.role, action));
}

/** Any of the actions. */
export function grantsAllowAny(grants: readonly GrantLike[], actions: readonly Action[]): boolean {
  return actions.some((a) => grantsAllow(grants, a));
}

export function roleLabel(role: Role): string {
  return sv.roles[role] ?? role;
}

/** The user's distinct roles in Swedish, in the order of ROLES: "Förtroendevald", "Controller, Revisor". */
export function roleLabels(grants: readonly GrantLike[]): string {
  const roles = new Set(grants.map((g) => g.role));
  return ROLES.filter((r) => roles.has(r)).map(roleLabel).join(', ');
}
