// Floor for embedded-cold-start, run as its own process: PGlite.create() into an empty folder (initdb),
// then close and reopen the same folder. Prints one JSON line { coldMs, warmMs }. Module loading is not counted.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';

const dir = process.argv[2];
if (!dir) throw new Error('usage: pglite-floor.mjs <empty-folder>');
mkdirSync(dirname(dir), { recursive: true }); // same layout as the launcher: <DATA_DIR>/pglite

let started = performance.now();
let db = await PGlite.create(dir);
const coldMs = performance.now() - started;
await db.close();

started = performance.now();
db = await PGlite.create(dir);
const warmMs = performance.now() - started;
await db.close();

process.stdout.write(`${JSON.stringify({ coldMs, warmMs })}\n`);
