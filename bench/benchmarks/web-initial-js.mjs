// Initial JavaScript of the web app's first page, gzipped: the entry script in apps/web/dist/index.html plus the
// chunks it preloads (lazy routes load later). Issue goal: under 300 kB. The "floor" is that budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;

export default {
  name: 'web-initial-js',
  async run(ctx) {
    const dist = join(ctx.root, 'apps/web/dist');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]);
    const files = [...new Set(scripts)];
    const sizes = files.map((file) => {
      const bytes = readFileSync(join(dist, file.replace(/^\//, '')));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    const gzipKb = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
    const rawKb = sizes.reduce((sum, s) => sum + s.raw, 0) / 1024;
    for (const s of sizes) ctx.log(`${s.file}: ${(s.raw / 1024).toFixed(1)} kB raw, ${(s.gzip / 1024).toFixed(1)} kB gzip`);
    return [
      { metric: 'initial-js-gzip', value: Math.round(gzipKb * 10) / 10, unit: 'kB', floor: { name: 'budget', value: BUDGET_KB, unit: 'kB' } },
      { metric: 'initial-js-raw', value: Math.round(rawKb * 10) / 10, unit: 'kB' },
    ];
  },
};
