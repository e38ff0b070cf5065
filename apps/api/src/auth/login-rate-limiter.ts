import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { loginFailureQueries } from './login-failure.queries.js';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_PER_ACCOUNT = 10;
const MAX_PER_ADDRESS = 50;

/**
 * Failed login attempts per (address, account) and per address in a sliding window, counted in the database so
 * that every API process (and every replica) sees the same failures.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(private readonly db: TenantDb) {}

  async isBlocked(address: string, account: string): Promise<boolean> {
    const [perAccount, perAddress] = keysOf(address, account);
    const counts = await this.db.withSettings({}, (m) => loginFailureQueries.countsSince(m, [perAccount, perAddress], WINDOW_MS));
    return (counts.get(perAccount) ?? 0) >= MAX_PER_ACCOUNT || (counts.get(perAddress) ?? 0) >= MAX_PER_ADDRESS;
  }

  async recordFailure(address: string, account: string): Promise<void> {
    await this.db.withSettings({}, (m) => loginFailureQueries.record(m, keysOf(address, account), WINDOW_MS));
  }

  async recordSuccess(address: string, account: string): Promise<void> {
    await this.db.withSettings({}, (m) => loginFailureQueries.clear(m, keysOf(address, account)[0]));
  }
}

function keysOf(address: string, account: string): [perAccount: string, perAddress: string] {
  const hash = (text: string) => createHash('sha256').update(text).digest('hex');
  return [hash(`a:${address}|${account}`), hash(`i:${address}`)];
}
