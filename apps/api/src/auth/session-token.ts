import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'rk_session';
export const CSRF_COOKIE = 'rk_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
