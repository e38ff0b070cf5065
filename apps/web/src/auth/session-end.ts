/** Why the user is on their way to the login page; shown there once, cleared by the next login. */
export type SessionEndReason = 'logout' | 'expired';

let reason: SessionEndReason | null = null;

export function markSessionEnd(next: SessionEndReason): void {
  reason = next;
}

export function sessionEndReason(): SessionEndReason | null {
  return reason;
}

export function clearSessionEnd(): void {
  reason = null;
}
