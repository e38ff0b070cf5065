/** A platform operator, resolved from the platform session cookie. Never carries a kommun. */
export interface OperatorContext {
  operatorId: string;
  email: string;
  displayName: string;
  sessionId: string;
  csrfToken: string;
  requestId?: string;
}
