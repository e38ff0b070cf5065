import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Action } from '@resultatkedjan/contracts';

export const REQUIRED_ACTION = 'rk:requiredAction';
export const AUTHENTICATED_ONLY = 'rk:authenticatedOnly';

/** The caller must hold a role that allows `action` (row scope is checked by the service). */
export const RequirePermission = (action: Action) =>
  applyDecorators(
    SetMetadata(REQUIRED_ACTION, action),
    ApiCookieAuth('rk_session'),
    ApiUnauthorizedResponse({ description: 'Inte inloggad' }),
    ApiForbiddenResponse({ description: `Kräver behörigheten ${action}` }),
  );

/** Any signed-in user may call this (e.g. who am I, log out). */
export const Authenticated = () =>
  applyDecorators(SetMetadata(AUTHENTICATED_ONLY, true), ApiCookieAuth('rk_session'), ApiUnauthorizedResponse({ description: 'Inte inloggad' }));
