import type { LoginKommunDto } from '@resultatkedjan/contracts';

/** The kommun whose e-mail domain the address has, when exactly one kommun has it (as the API decides). */
export function kommunForEmail(kommuner: readonly LoginKommunDto[], email: string): string | null {
  const domain = email.split('@')[1]?.trim().toLowerCase();
  if (!domain) return null;
  const matches = kommuner.filter((k) => k.emailDomains.includes(domain));
  return matches.length === 1 ? matches[0]!.kommunkod : null;
}
