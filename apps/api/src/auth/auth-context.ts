import type { Role } from '@resultatkedjan/contracts';

export interface RoleGrantRef {
  role: Role;
  /** null = the whole kommun. */
  orgNodeId: string | null;
}

/** Who is calling, resolved from the session cookie by the AccessGuard. */
export interface AuthContext {
  userId: string;
  tenantId: string;
  email: string;
  displayName: string;
  grants: RoleGrantRef[];
  sessionId: string;
  csrfToken: string;
  requestId?: string;
  /** The kommun's data version when the request began (views computed from its data are cached under it). */
  dataVersion?: string;
}
