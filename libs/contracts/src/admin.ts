// Shared API shapes for the kommun admin's pages: users and role grants, invitations, the org-tree import and the
// audit trail.
import type { OrgNodeDto } from './org.js';
import type { Role } from './roles.js';

export interface UserRoleGrantDto {
  id: string;
  role: Role;
  /** null = the whole kommun. */
  orgNodeId: string | null;
  orgNodeName: string | null;
}

/** GET /users, GET /users/:id */
export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  /** Has a local password (otherwise SSO only, or an invitation not yet accepted). */
  hasPassword: boolean;
  oidcSubject: string | null;
  /** When the open invitation link runs out; null when none is waiting (accepted, expired or never sent). */
  invitationExpiresAt: string | null;
  createdAt: string;
  grants: UserRoleGrantDto[];
}

export interface UserPage {
  items: UserDto[];
  page: number;
  pageSize: number;
  total: number;
}

/** POST /users */
export interface CreateUserRequest {
  email: string;
  displayName: string;
  password?: string;
  oidcSubject?: string;
}

/** PATCH /users/:id */
export interface UpdateUserRequest {
  displayName?: string;
  active?: boolean;
  password?: string;
  oidcSubject?: string | null;
}

/** POST /users/:id/grants */
export interface GrantRoleRequest {
  role: Role;
  orgNodeId: string | null;
}

/** POST /users/:id/invitation: the one-time link, also e-mailed when SMTP is set. */
export interface UserInvitationDto {
  link: string;
  expiresAt: string;
}

/** POST /org-nodes/import */
export interface OrgImportResult {
  created: OrgNodeDto[];
}

/** GET /audit-events */
export interface AuditEventDto {
  id: string;
  occurredAt: string;
  /** null for system jobs. */
  actor: { id: string; displayName: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

export interface AuditEventPage {
  items: AuditEventDto[];
  page: number;
  pageSize: number;
  total: number;
}
