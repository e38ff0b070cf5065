import type { KommunDirectoryEntry } from '../tenancy/tenant.queries.js';

export type LoginKommun = { tenantId: string } | { problem: 'unknown-kommun' | 'choose-kommun' };

/**
 * Which kommun a sign-in is for, from what the login page sent and the kommun directory: the chosen kommunkod; else
 * the one kommun that has the e-mail's domain; else the only active kommun of a single-kommun installation; otherwise
 * the user must choose. It depends on the domain and the installation only, never on which addresses exist, so the
 * answer reveals nothing about accounts in other kommuner. A deactivated kommun stays findable, so that its users
 * learn it is deactivated (after a correct password) rather than that they should choose.
 */
export function pickLoginKommun(directory: readonly KommunDirectoryEntry[], input: { kommunkod?: string | null; email?: string | null }): LoginKommun {
  if (input.kommunkod) {
    const chosen = directory.find((k) => k.kommunkod === input.kommunkod);
    return chosen ? { tenantId: chosen.tenantId } : { problem: 'unknown-kommun' };
  }
  const domain = input.email?.split('@')[1]?.trim().toLowerCase();
  const byDomain = domain ? directory.filter((k) => k.emailDomains.includes(domain)) : [];
  if (byDomain.length === 1) return { tenantId: byDomain[0]!.tenantId };
  const active = directory.filter((k) => k.active);
  if (active.length === 1) return { tenantId: active[0]!.tenantId };
  return { problem: 'choose-kommun' };
}

export const LOGIN_KOMMUN_MESSAGES = {
  'unknown-kommun': 'Kommunen finns inte i Resultatkedjan.',
  'choose-kommun': 'Välj vilken kommun du vill logga in i.',
} as const;
