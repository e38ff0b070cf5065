import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('HTTP foundation (real AppModule, real database and queue)', () => {
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

  it('reports database and queue up on /api/health', async () => {
    const res = await app.http().get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.queue.status).toBe('up');
  });

  it('tells which runtime mode it is in', async () => {
    const res = await app.http().get('/api/v1/system/info').expect(200);
    expect(res.body.databaseMode).toBe(app.database.mode);
    expect(res.body.queueBackend).toBe(process.env.TEST_REDIS_URL ? 'redis' : 'postgres');
  });

  it('answers unknown API routes with a JSON 404 in the error shape', async () => {
    const res = await app.http().get('/api/v1/finns-inte').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Det finns ingen sådan resurs.' });
  });

  it('answers malformed JSON with 400 in the error shape, not 500', async () => {
    const res = await app.http().post('/api/v1/system/info').set('Content-Type', 'application/json').send('{"trasig":').expect(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Begäran innehåller ogiltig JSON.' });
  });

  it('rejects a body over the size limit with 413', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) });
    const res = await app.http().post('/api/v1/system/info').set('Content-Type', 'application/json').send(big);
    expect(res.status).toBe(413);
    expect(res.body.error).toBe('Payload Too Large');
  });

  it('gives every response a request id, reusing a sane incoming one', async () => {
    const res = await app.http().get('/api/v1/system/info').set('X-Request-Id', 'test-123');
    expect(res.headers['x-request-id']).toBe('test-123');
    const generated = await app.http().get('/api/v1/system/info').set('X-Request-Id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes the OpenAPI document and the Swagger UI', async () => {
    const json = await app.http().get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/v1/system/info']));
    const ui = await app.http().get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('serves the web app at / and falls back to index.html for client routes', async () => {
    const root = await app.http().get('/').set('Accept', 'text/html').expect(200);
    expect(root.text).toContain('<div id="root">');
    const deep = await app.http().get('/mal/123').set('Accept', 'text/html').expect(200);
    expect(deep.text).toContain('<div id="root">');
    const asset = await app.http().get('/app.js').expect(200);
    expect(asset.text).toContain('console.log');
  });

  it('never serves the web app for API paths', async () => {
    const res = await app.http().get('/api/v1/mal').set('Accept', 'text/html').expect(404);
    expect(res.body.statusCode).toBe(404);
  });
});
