#!/usr/bin/env node
// `npm run bench [-- name-filter] [-- --no-build]`: builds (Nx cache), runs every bench/benchmarks/*.mjs whose
// name contains the filter, one after the other, prints a table and writes bench/results/<time>-<commit>.json.
// A benchmark module default-exports { name, run(ctx) }; run returns rows { metric, value, unit, floor? }.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cleanupEverything, makeTempDir, removeTempDir } from './lib/process.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build') || process.env.BENCH_SKIP_BUILD === '1';
const filter = args.find((arg) => !arg.startsWith('--')) ?? '';

function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || 'uncommitted';
  } catch {
    return 'uncommitted';
  }
}

function machine() {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model?.trim() ?? 'unknown',
    totalMemGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
}

async function loadBenchmarks() {
  const files = readdirSync(join(benchDir, 'benchmarks')).filter((file) => file.endsWith('.mjs')).sort();
  const benchmarks = [];
  for (const file of files) {
    const benchmark = (await import(pathToFileURL(join(benchDir, 'benchmarks', file)).href)).default;
    if (!benchmark?.name || typeof benchmark.run !== 'function') throw new Error(`bench/benchmarks/${file} must default-export { name, run(ctx) }`);
    benchmarks.push(benchmark);
  }
  return benchmarks;
}

function validRow(row) {
  return row && typeof row.metric === 'string' && Number.isFinite(row.value) && typeof row.unit === 'string' &&
    (row.floor === undefined || (typeof row.floor.name === 'string' && Number.isFinite(row.floor.value) && typeof row.floor.unit === 'string'));
}

function printTable(rows) {
  const header = ['benchmark', 'metric', 'value', 'floor', 'floor name', 'ratio'];
  const body = rows.map((r) => [
    r.name,
    r.metric,
    `${r.value} ${r.unit}`,
    r.floor ? `${r.floor.value} ${r.floor.unit}` : '-',
    r.floor?.name ?? '-',
    r.ratioToFloor === undefined ? '-' : `${r.ratioToFloor}x`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i].length)));
  const numeric = new Set([2, 3, 5]);
  const format = (line) => line.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of body) console.log(format(line));
}

const all = await loadBenchmarks();
const selected = all.filter((b) => b.name.includes(filter));
if (selected.length === 0) {
  console.error(`No benchmark matches "${filter}". Available: ${all.map((b) => b.name).join(', ')}`);
  process.exit(1);
}

if (!noBuild) {
  console.log('[bench] building (nx run-many -t build; cached when unchanged)…');
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (build.status !== 0) {
    console.error('[bench] the build failed; run `npx nx run-many -t build` to see why, or pass --no-build to use the existing dist.');
    process.exit(1);
  }
}

const info = { commit: commit(), machine: machine() };
console.log(`[bench] commit ${info.commit}, ${info.machine.cpus} × ${info.machine.cpuModel}, ${info.machine.totalMemGiB} GiB, Node ${info.machine.node}`);
const rows = [];
const failed = [];
for (const benchmark of selected) {
  const started = performance.now();
  console.log(`\n[bench] ${benchmark.name}`);
  const ctx = {
    root,
    log: (message) => console.log(`  [${benchmark.name}] ${message}`),
    makeTempDir,
    removeTempDir,
  };
  try {
    const produced = await benchmark.run(ctx);
    for (const row of produced) {
      if (!validRow(row)) throw new Error(`invalid result row: ${JSON.stringify(row)}`);
      rows.push({
        name: benchmark.name,
        metric: row.metric,
        value: row.value,
        unit: row.unit,
        commit: info.commit,
        machine: info.machine,
        ...(row.floor ? { floor: row.floor, ratioToFloor: row.floor.value ? Math.round((row.value / row.floor.value) * 1000) / 1000 : undefined } : {}),
        timestamp: new Date().toISOString(),
      });
    }
    console.log(`  [${benchmark.name}] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failed.push(benchmark.name);
    console.error(`  [${benchmark.name}] FAILED: ${error.stack ?? error}`);
  } finally {
    cleanupEverything(); // nothing a benchmark started may outlive it
  }
}

if (rows.length > 0) {
  console.log('');
  printTable(rows);
  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.commit}.json`);
  writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`\n[bench] wrote ${relative(root, file)}  (ratio = value / floor)`);
}
if (failed.length > 0) {
  console.error(`[bench] failed: ${failed.join(', ')}`);
  process.exit(1);
}
