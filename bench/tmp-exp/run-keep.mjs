import { fileURLToPath } from 'node:url';
import bench from './keep.mjs';
const root = fileURLToPath(new URL('../..', import.meta.url));
await bench.run({ root, log: (m) => console.log(m), makeTempDir: () => {}, removeTempDir: () => {} });
