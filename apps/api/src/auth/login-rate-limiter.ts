import { Injectable } from '@nestjs/common';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_PER_ACCOUNT = 10;
const MAX_PER_ADDRESS = 50;

/**
 * Failed login attempts per (address, e-mail) and per address in a sliding window. In memory, per
 * API process: with several replicas the effective limit is multiplied by their number.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  isBlocked(address: string, email: string, now = Date.now()): boolean {
    return this.count(`a:${address}|${email}`, now) >= MAX_PER_ACCOUNT || this.count(`i:${address}`, now) >= MAX_PER_ADDRESS;
  }

  recordFailure(address: string, email: string, now = Date.now()): void {
    for (const key of [`a:${address}|${email}`, `i:${address}`]) {
      this.failures.set(key, [...this.recent(key, now), now]);
    }
  }

  recordSuccess(address: string, email: string): void {
    this.failures.delete(`a:${address}|${email}`);
  }

  private count(key: string, now: number): number {
    return this.recent(key, now).length;
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }
}
