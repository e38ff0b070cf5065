import type { AppUser } from '../auth/app-user.entity.js';
import type { UserRoleGrantDto, UserDto } from './dto/user.dto.js';

export const USER_NOT_FOUND = 'Användaren';

export function toUserDto(user: AppUser, grants: UserRoleGrantDto[], invitationExpiresAt: Date | undefined): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    active: user.active,
    hasPassword: user.passwordHash !== null,
    oidcSubject: user.oidcSubject,
    invitationExpiresAt: invitationExpiresAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    grants,
  };
}

/** What the audit trail keeps of a user: never the password hash. */
export function userSnapshot(user: AppUser): object {
  return { email: user.email, displayName: user.displayName, active: user.active, hasPassword: user.passwordHash !== null, oidcSubject: user.oidcSubject };
}
