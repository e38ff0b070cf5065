import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { QueueName } from '@resultatkedjan/contracts';
import { AuthService } from '../../auth/auth.service.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../../auth/session-token.js';
import { PlatformAuthService } from '../../platform-admin/platform-auth.service.js';
import { platformOperatorQueries } from '../../platform-admin/platform-operator.queries.js';
import { PLATFORM_SESSION_COOKIE } from '../../platform-admin/platform-session-cookies.js';

/** Outside the API prefix; the web app's client-side fallback leaves /admin alone (app/serve-web-app.ts). */
export const QUEUE_BOARD_PATH = '/admin/queues';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * bull-board, the queue admin view. It shows and drives every kommun's jobs, so it belongs to the platform
 * operator only, never to a kommun's admin (a kommun sees its own job runs through GET /job-runs). It is raw
 * Express middleware, which the AccessGuard does not cover, so the platform session is resolved here: none → 401,
 * or 403 when the caller is signed in to a kommun. Its own buttons (retry, clean) send no CSRF header, so unsafe
 * methods need the header or a same-origin Origin; each of them is written to the platform audit trail.
 */
@Injectable()
export class QueueBoard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly auth: AuthService,
    private readonly platformAuth: PlatformAuthService,
  ) {}

  onModuleInit(): void {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    const queues = Object.values(QueueName).map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
    createBullBoard({
      queues: queues.map((queue) => new BullMQAdapter(queue)),
      // @bull-board/express 9.10.1 carries its own copy of @bull-board/api 9.10.1 (ours is 9.10.2): same shape, distinct types.
      serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
      options: { uiConfig: { boardTitle: 'Resultatkedjan – köer', hideRedisDetails: false } },
    });
    this.adapterHost.httpAdapter.use(QUEUE_BOARD_PATH, this.guard, serverAdapter.getRouter());
  }

  private readonly guard = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const platformToken = req.cookies?.[PLATFORM_SESSION_COOKIE] as string | undefined;
      const operator = platformToken ? await this.platformAuth.resolve(platformToken) : null;
      if (!operator) {
        const kommunToken = req.cookies?.[SESSION_COOKIE] as string | undefined;
        const kommunUser = kommunToken ? await this.auth.resolve(kommunToken) : null;
        if (kommunUser) return void deny(res, 403, 'Köerna hör till plattformens drift och kan inte ses från en kommun.');
        return void deny(res, 401, 'Logga in som plattformsoperatör.');
      }
      if (SAFE_METHODS.has(req.method)) return next();
      if (req.get(CSRF_HEADER) !== operator.csrfToken && !sameOrigin(req)) {
        return void deny(res, 403, 'Begäran saknar giltig CSRF-token. Ladda om sidan och försök igen.');
      }
      await this.platformAuth.asOperator(operator.operatorId, (m) =>
        platformOperatorQueries.recordEvent(m, {
          operatorId: operator.operatorId,
          action: 'queue-board',
          targetTenantId: null,
          details: { method: req.method, path: req.originalUrl.slice(0, 500) },
          requestId: typeof req.id === 'string' ? req.id : null,
        }),
      );
      next();
    } catch (error) {
      next(error);
    }
  };
}

function deny(res: Response, statusCode: 401 | 403, message: string): void {
  res.status(statusCode).json({ statusCode, error: statusCode === 401 ? 'Unauthorized' : 'Forbidden', message });
}

function sameOrigin(req: Request): boolean {
  const origin = req.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}
