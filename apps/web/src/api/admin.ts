import type {
  AuditEventPage, CloseOrgNodeRequest, CreateOrgNodeRequest, CreateUserRequest, GrantRoleRequest, OrgImportResult, OrgNodeDto,
  TenantDto, UpdateOrgNodeRequest, UpdateTenantSettingsRequest, UpdateUserRequest, UserDto, UserInvitationDto, UserPage,
} from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend, apiUpload, queryString } from './client';

const BASE = '/api/v1';
const id = (value: string) => encodeURIComponent(value);

// ---------------------------------------------------------------- org tree

export const createOrgNode = (body: CreateOrgNodeRequest) => apiSend<OrgNodeDto>('POST', `${BASE}/org-nodes`, body);
export const updateOrgNode = (nodeId: string, body: UpdateOrgNodeRequest) => apiSend<OrgNodeDto>('PATCH', `${BASE}/org-nodes/${id(nodeId)}`, body);
export const closeOrgNode = (nodeId: string, body: CloseOrgNodeRequest) => apiSend<OrgNodeDto>('POST', `${BASE}/org-nodes/${id(nodeId)}/close`, body);
export const importOrgTree = (file: File) => apiUpload<OrgImportResult>(`${BASE}/org-nodes/import`, file);

// ---------------------------------------------------------------- users

export const usersQuery = (q: string, page: number) =>
  queryOptions({
    queryKey: ['users', q, page],
    queryFn: () => apiGet<UserPage>(`${BASE}/users${queryString({ q, page, pageSize: 50 })}`),
  });

export const createUser = (body: CreateUserRequest) => apiSend<UserDto>('POST', `${BASE}/users`, body);
export const updateUser = (userId: string, body: UpdateUserRequest) => apiSend<UserDto>('PATCH', `${BASE}/users/${id(userId)}`, body);
export const grantRole = (userId: string, body: GrantRoleRequest) => apiSend<UserDto>('POST', `${BASE}/users/${id(userId)}/grants`, body);
export const revokeRole = (userId: string, grantId: string) => apiSend<UserDto>('DELETE', `${BASE}/users/${id(userId)}/grants/${id(grantId)}`);
export const inviteUser = (userId: string) => apiSend<UserInvitationDto>('POST', `${BASE}/users/${id(userId)}/invitation`);

// ---------------------------------------------------------------- kommun settings

export const tenantQuery = queryOptions({ queryKey: ['tenant'], queryFn: () => apiGet<TenantDto>(`${BASE}/tenant`) });
export const updateTenantSettings = (body: UpdateTenantSettingsRequest) => apiSend<TenantDto>('PATCH', `${BASE}/tenant/settings`, body);

// ---------------------------------------------------------------- audit trail

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
}

export const auditEventsQuery = (filter: AuditFilter, page: number) =>
  queryOptions({
    queryKey: ['audit-events', filter, page],
    queryFn: () => apiGet<AuditEventPage>(`${BASE}/audit-events${queryString({ ...filter, page, pageSize: 50 })}`),
  });

export const auditCsvUrl = (filter: AuditFilter) => `${BASE}/audit-events/export.csv${queryString({ ...filter })}`;
