import type { NotificationInput } from '../../notifications/notification.service.js';

/** The e-mail that carries an invitation link (sent when SMTP is set; always in the outbox). */
export function invitationNotice(
  invitee: { id: string; email: string },
  kommunName: string,
  link: string,
  expiresAt: Date,
  what: string,
): NotificationInput {
  return {
    dedupeKey: `invitation:${invitee.id}:${expiresAt.toISOString()}`,
    kind: 'invitation',
    recipientUserId: invitee.id,
    recipientEmail: invitee.email,
    subject: `Välkommen till Resultatkedjan – ${kommunName}`,
    body: `${what}\n\nVälj ditt lösenord här (länken gäller i 7 dagar och kan användas en gång):\n${link}\n`,
  };
}
