import { SetMetadata, applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { OperatorContext } from '../../platform-admin/operator-context.js';
import type { AuthedRequest } from './access.guard.js';

export const PLATFORM_OPERATOR_ONLY = 'rk:platformOperatorOnly';

/**
 * Only a signed-in platform operator (platform session cookie) may call this. A kommun's users, admins included,
 * never can: installation-wide views and actions belong to the platform, not to any kommun.
 */
export const PlatformOperatorOnly = () =>
  applyDecorators(
    SetMetadata(PLATFORM_OPERATOR_ONLY, true),
    ApiCookieAuth('rk_platform_session'),
    ApiUnauthorizedResponse({ description: 'Inte inloggad som plattformsoperatör' }),
    ApiForbiddenResponse({ description: 'Saknar giltig CSRF-token' }),
  );

/** The operator, as resolved by the AccessGuard, on @PlatformOperatorOnly() endpoints. */
export const CurrentOperator = createParamDecorator((_: unknown, context: ExecutionContext): OperatorContext => {
  const operator = context.switchToHttp().getRequest<AuthedRequest>().operator;
  if (!operator) throw new Error('CurrentOperator used on an endpoint without @PlatformOperatorOnly()');
  return operator;
});
