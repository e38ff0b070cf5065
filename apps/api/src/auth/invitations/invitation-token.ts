import type { EntityManager } from 'typeorm';
import { hashToken, newToken } from '../session-token.js';
import { invitationQueries } from './invitation.queries.js';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Issues a one-time invitation for the user in the caller's transaction (the kommun set) and returns the token for
 * the link; any earlier open invitation of the user stops working.
 */
export async function issueInvitation(m: EntityManager, tenantId: string, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  await invitationQueries.expireOpenOf(m, userId);
  await invitationQueries.insert(m, { tenantId, userId, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

/** The web page where the invitee sets a password. */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/inbjudan/${token}`;
}
