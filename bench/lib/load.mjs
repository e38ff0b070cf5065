// HTTP load with autocannon (in the runner's process), loopback only.
import autocannon from 'autocannon';

/**
 * Runs autocannon and returns { rps, p50, p95, p99, requests, non2xx, errors, timeouts }; latencies in ms.
 * autocannon's own histogram keeps whole milliseconds (a fast server shows p50 = 0), so the percentiles
 * come from its per-response timings (hrtime, fractional ms), 2xx only as autocannon does.
 */
export function loadTest(url, { connections = 10, durationSeconds = 10, headers = {} } = {}) {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url)) throw new Error(`loopback URLs only: ${url}`);
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationSeconds, headers }, (error, result) => {
      if (error) return reject(error);
      const sorted = latencies.subarray(0, count).sort();
      const percentile = (p) => (count ? Math.round(sorted[Math.min(count - 1, Math.ceil((p / 100) * count) - 1)] * 100) / 100 : NaN);
      resolve({
        rps: result.requests.average,
        p50: percentile(50),
        p95: percentile(95),
        p99: percentile(99),
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      });
    });
    instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode < 200 || statusCode > 299) return;
      if (count === latencies.length) {
        const bigger = new Float64Array(latencies.length * 2);
        bigger.set(latencies);
        latencies = bigger;
      }
      latencies[count++] = responseTimeMs;
    });
  });
}
