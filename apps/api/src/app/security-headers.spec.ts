import express from 'express';
import request from 'supertest';
import type { AppConfig } from '../platform/config/app-config.js';
import { securityHeaders } from './security-headers.js';

function appIn(env: AppConfig['env']) {
  const app = express();
  app.use(...securityHeaders({ env } as AppConfig));
  app.get('/', (_req, res) => void res.send('ok'));
  return app;
}

describe('security headers by environment', () => {
  it('sends Strict-Transport-Security and upgrade-insecure-requests only in production', async () => {
    const production = await request(appIn('production')).get('/').expect(200);
    expect(production.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(production.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    for (const env of ['development', 'test'] as const) {
      const res = await request(appIn(env)).get('/').expect(200);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
  });
});
