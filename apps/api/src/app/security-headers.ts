import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../platform/config/app-config.js';

/**
 * What the built web app needs and nothing more: its scripts, styles and the API from its own origin. Scripts are
 * never inline (the Vite build emits only external modules); styles may be, because Mantine writes its CSS variables
 * into a <style> element at run time. Nothing may frame the app.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

/** Browser features the app never uses, switched off for it and for anything it might embed. */
export const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/**
 * Security headers on every response (web app, API, OpenAPI UI, queue board): CSP above, X-Frame-Options DENY for
 * browsers without frame-ancestors, Referrer-Policy same-origin, a Permissions-Policy, and Strict-Transport-Security
 * only in production, where the app is served over HTTPS (on http://localhost it would pin the browser to HTTPS).
 */
export function securityHeaders(config: AppConfig): RequestHandler[] {
  const production = config.env === 'production';
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { ...CONTENT_SECURITY_POLICY, ...(production ? { 'upgrade-insecure-requests': [] } : {}) },
      },
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      xFrameOptions: { action: 'deny' },
    }),
    (_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      next();
    },
  ];
}
