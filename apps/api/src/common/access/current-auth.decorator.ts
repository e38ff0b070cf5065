import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthContext } from '../../auth/auth-context.js';
import type { AuthedRequest } from './access.guard.js';

/** The caller, as resolved by the AccessGuard. Only on endpoints that are not @Public(). */
export const CurrentAuth = createParamDecorator((_: unknown, context: ExecutionContext): AuthContext => {
  const auth = context.switchToHttp().getRequest<AuthedRequest>().auth;
  if (!auth) throw new Error('CurrentAuth used on an endpoint without authentication');
  return auth;
});
