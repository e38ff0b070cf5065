import type { SignInSettingsDto, SsoCheckDto, UpdateSignInSettingsRequest } from '@resultatkedjan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';

/** GET/PUT /api/v1/tenant/sign-in: the kommun's e-mail domains and its own SSO (admin). */
export const signInSettingsQuery = queryOptions({
  queryKey: ['tenant', 'sign-in'],
  queryFn: () => apiGet<SignInSettingsDto>('/api/v1/tenant/sign-in'),
});

export const updateSignInSettings = (body: UpdateSignInSettingsRequest) => apiSend<SignInSettingsDto>('PUT', '/api/v1/tenant/sign-in', body);

/** POST /api/v1/tenant/sign-in/check: does the saved provider answer with its OpenID configuration? */
export const checkSignIn = () => apiSend<SsoCheckDto>('POST', '/api/v1/tenant/sign-in/check', {});
