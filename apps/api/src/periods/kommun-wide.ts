import { ForbiddenException } from '@nestjs/common';
import type { Action } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { grantedRoots } from '../auth/access-scope.js';

/** The calendar and the outbox are kommun-wide: a role scoped to one subtree is not enough. */
export function hasKommunWideGrant(auth: AuthContext, action: Action): boolean {
  return grantedRoots(auth, action).includes(null);
}

export function assertKommunWide(auth: AuthContext, action: Action): void {
  if (!hasKommunWideGrant(auth, action)) {
    throw new ForbiddenException('Uppföljningskalendern gäller hela kommunen; din roll gäller bara en del av organisationen.');
  }
}
