import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The headers every response carries (issue #18): web app, API, OpenAPI UI and the queue board alike. */
describe('security headers (real AppModule)', () => {
  let app: TestApp;
  const webDist = mkdtempSync(join(tmpdir(), 'rk-web-'));

  beforeAll(async () => {
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><html lang="sv"><title>Resultatkedjan</title><div id="root"></div></html>');
    writeFileSync(join(webDist, 'app.js'), 'console.log(1)');
    app = await startTestApp({ env: { WEB_DIST_DIR: webDist } });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  function expectSecurityHeaders(res: Response): void {
    const csp = String(res.headers['content-security-policy']);
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('script-src-attr')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // Not in production: HSTS would pin a developer's browser to HTTPS for localhost.
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  }

  it('on the web app, its assets and client routes, for GET and HEAD', async () => {
    for (const path of ['/', '/mal/123', '/app.js']) {
      expectSecurityHeaders(await app.http().get(path).set('Accept', 'text/html').expect(200));
    }
    const head = await app.http().head('/').set('Accept', 'text/html').expect(200);
    expect(head.headers['content-type']).toMatch(/text\/html/);
    expectSecurityHeaders(head);
    await app.http().head('/mal/123').set('Accept', 'text/html').expect(200);
  });

  it('on API answers, errors included, on the OpenAPI UI and on the queue board', async () => {
    expectSecurityHeaders(await app.http().get('/api/v1/system/info').expect(200));
    expectSecurityHeaders(await app.http().get('/api/v1/finns-inte').expect(404));
    expectSecurityHeaders(await app.http().post('/api/v1/auth/login').send({}).expect(422));
    expectSecurityHeaders(await app.http().get('/api/docs').expect(200));
    expectSecurityHeaders(await app.http().get('/admin/queues').expect(401));
  });
});
