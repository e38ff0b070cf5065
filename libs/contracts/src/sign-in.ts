import type { Role } from './roles.js';

/** GET /auth/kommuner — the active kommuner the login page offers, with the e-mail domains that pick them. */
export interface LoginKommunDto {
  kommunkod: string;
  name: string;
  emailDomains: string[];
}

export type SsoMatchClaim = 'email' | 'sub';

/** A kommun's own OpenID Connect provider as its admin sees it; the client secret is never sent back. */
export interface KommunSsoDto {
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  matchClaim: SsoMatchClaim;
  /** null: no accounts are created on first SSO login. */
  provisionRole: Role | null;
  /** Where a provisioned account's role applies; null = the whole kommun. */
  provisionOrgNodeId: string | null;
  enabled: boolean;
}

/** GET/PUT /tenant/sign-in — how the kommun's users sign in. */
export interface SignInSettingsDto {
  emailDomains: string[];
  sso: KommunSsoDto | null;
  /** The callback URL to register at the identity provider. */
  redirectUri: string;
}

export interface KommunSsoInput {
  displayName: string;
  issuer: string;
  clientId: string;
  /** Required the first time; left out to keep the stored one. */
  clientSecret?: string;
  matchClaim: SsoMatchClaim;
  provisionRole: Role | null;
  provisionOrgNodeId: string | null;
  enabled: boolean;
}

export interface UpdateSignInSettingsRequest {
  emailDomains: string[];
  /** null removes the kommun's SSO. */
  sso: KommunSsoInput | null;
}

/** POST /tenant/sign-in/check — whether the saved provider answers with its OpenID configuration. */
export interface SsoCheckDto {
  reachable: boolean;
  /** Where users are sent to sign in, as the provider announces it; null when it did not answer. */
  authorizationEndpoint: string | null;
  message: string;
}

/** Roles an account may get on first SSO login: never admin. */
export const PROVISIONABLE_ROLES = ['fortroendevald', 'enhetschef', 'ekonom', 'controller', 'revisor'] as const satisfies readonly Role[];
