import { KoladaError, KoladaGoneError, type KoladaEnvelope, type KoladaPage, type KoladaTransport } from './kolada-types.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the first retry; doubles each time (a Retry-After header wins, up to maxDelayMs). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };

const RETRYABLE = (status: number) => status === 429 || status >= 500;

/** The live API over Node's fetch: retries 429, 5xx and network errors with exponential backoff, fails at once on 410. */
export class HttpKoladaTransport implements KoladaTransport {
  constructor(
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    private readonly timeoutMs = 60_000,
  ) {}

  async get(url: string): Promise<KoladaPage> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
      } catch (error) {
        lastError = error;
        await this.wait(attempt, null);
        continue;
      }
      if (response.ok) {
        const body = (await response.json()) as KoladaEnvelope<unknown>;
        const values = Array.isArray(body?.values) ? body.values : [];
        return { body: { ...body, values }, provenance: values.map(() => 'real') };
      }
      await response.body?.cancel();
      if (response.status === 410) {
        throw new KoladaGoneError(`Kolada svarade 410 Gone för ${url}: adressen finns inte längre (v2 stängdes 2026-03-31; använd v3).`, 410);
      }
      if (!RETRYABLE(response.status)) throw new KoladaError(`Kolada svarade ${response.status} för ${url}`, response.status);
      lastError = new KoladaError(`Kolada svarade ${response.status} för ${url}`, response.status);
      if (attempt < this.retry.attempts) await this.wait(attempt, response.headers.get('retry-after'));
    }
    if (lastError instanceof KoladaError) throw lastError;
    throw new KoladaError(`Kolada gick inte att nå (${url}): ${lastError instanceof Error ? lastError.message : String(lastError)}`);
  }

  private wait(attempt: number, retryAfter: string | null): Promise<void> {
    if (attempt >= this.retry.attempts) return Promise.resolve();
    const seconds = retryAfter !== null ? Number(retryAfter) : NaN;
    const delay = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : this.retry.baseDelayMs * 2 ** (attempt - 1);
    return new Promise((resolve) => setTimeout(resolve, Math.min(delay, this.retry.maxDelayMs)));
  }
}
