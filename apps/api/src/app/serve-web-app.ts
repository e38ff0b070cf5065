import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AppConfig } from '../platform/config/app-config.js';

/** apps/api/{src,dist}/app → apps/web/dist; the same depth from source and from the build. */
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * Serves the built React app at `/` so one port serves everything. Unknown `/api/...` paths are
 * left to Nest (JSON 404); any other GET or HEAD that wants HTML gets index.html (client-side routing).
 */
export function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const dist = config.webDistDir ?? DEFAULT_WEB_DIST;
  const index = join(dist, 'index.html');
  if (!existsSync(index)) {
    app.use('/', (req: Request, res: Response, next: NextFunction) => {
      if (!isPageRequest(req) || isServerPath(req.path)) return next();
      res.status(503).type('text/plain; charset=utf-8').send('Webbappen är inte byggd. Kör: npm run build');
    });
    return;
  }
  // Never for server paths: mounted at / for everything, the static handler stat'ed the disk for every API request,
  // which under load cost more CPU than the requests themselves.
  const files = express.static(dist, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => (isServerPath(req.path) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req) || isServerPath(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** GET, and HEAD (which monitors and link checkers send) answered like GET without the body. */
function isPageRequest(req: Request): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

/** Paths the server answers itself: the API and the queue admin view (bull-board). */
function isServerPath(path: string): boolean {
  return path.startsWith('/api') || path.startsWith('/admin/');
}
