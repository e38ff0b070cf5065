import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Action, QueueName, roleAllows } from '@resultatkedjan/contracts';
import { AuthService } from '../auth/auth.service.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/session-token.js';

/** Outside the API prefix; the web app's client-side fallback leaves /admin alone (app/serve-web-app.ts). */
export const QUEUE_BOARD_PATH = '/admin/queues';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * bull-board, the queue admin view, for admins only. It is raw Express middleware, which the AccessGuard does not
 * cover, so the session is resolved here: no session → 401, a role without queue:admin → 403. Its own buttons
 * (retry, clean) send no CSRF header, so unsafe methods need the header or a same-origin Origin.
 */
@Injectable()
export class QueueBoard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly auth: AuthService,
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
      const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
      const auth = token ? await this.auth.resolve(token) : null;
      if (!auth) return void deny(res, 401, 'Du måste logga in.');
      if (!auth.grants.some((grant) => roleAllows(grant.role, Action.queueAdmin))) return void deny(res, 403, 'Köerna kan bara ses av en administratör.');
      if (!SAFE_METHODS.has(req.method) && req.get(CSRF_HEADER) !== auth.csrfToken && !sameOrigin(req)) {
        return void deny(res, 403, 'Begäran saknar giltig CSRF-token. Ladda om sidan och försök igen.');
      }
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
