import type { KommunDirectoryEntry } from '../tenancy/tenant.queries.js';

export type LoginKommun = { tenantId: string } | { problem: 'unknown-kommun' | 'choose-kommun' };

/**
 * Which kommun a sign-in is for, from what the login page sent and the list of active kommuner: the chosen
 * kommunkod; else the one kommun that has the e-mail's domain; else the only kommun of a single-kommun installation.
 * Otherwise the user must choose. Depends on the domain and the installation only, never on which addresses exist,
 * so the answer reveals nothing about accounts in other kommuner.
 */
export function pickLoginKommun(directory: readonly KommunDirectoryEntry[], input: { kommunkod?: string | null; email?: string | null }): LoginKommun {
  if (input.kommunkod) {
    const chosen = directory.find((k) => k.kommunkod === input.kommunkod);
    return chosen ? { tenantId: chosen.tenantId } : { problem: 'unknown-kommun' };
  }
  const domain = input.email?.split('@')[1]?.trim().toLowerCase();
  const byDomain = domain ? directory.filter((k) => k.emailDomains.includes(domain)) : [];
  if (byDomain.length === 1) return { tenantId: byDomain[0]!.tenantId };
  if (directory.length === 1) return { tenantId: directory[0]!.tenantId };
  return { problem: 'choose-kommun' };
}

export const LOGIN_KOMMUN_MESSAGES = {
  'unknown-kommun': 'Kommunen finns inte i Resultatkedjan.',
  'choose-kommun': 'Välj vilken kommun du vill logga in i.',
} as const;
