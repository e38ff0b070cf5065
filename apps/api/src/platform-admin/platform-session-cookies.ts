/**
 * The platform operator's cookies, apart from a kommun user's (rk_session): a browser may hold both, and neither
 * ever stands in for the other. The CSRF header is the same X-CSRF-Token, checked against the platform session.
 */
export const PLATFORM_SESSION_COOKIE = 'rk_platform_session';
export const PLATFORM_CSRF_COOKIE = 'rk_platform_csrf';
/** Operators handle every kommun: a shorter session than a kommun user's eight hours. */
export const PLATFORM_SESSION_TTL_MS = 2 * 60 * 60 * 1000;
