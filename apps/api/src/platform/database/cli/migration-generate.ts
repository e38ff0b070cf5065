import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaDiffAfterMigrations } from '../schema-diff.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(1);
}
const diff = await schemaDiffAfterMigrations();
if (diff.up.length === 0) {
  console.log('No changes: the migrations already match the entities.');
  process.exit(0);
}
const timestamp = Date.now();
const lines = (qs: string[]) => qs.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n');
const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(q: QueryRunner): Promise<void> {
${lines(diff.up)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines(diff.down)}
  }
}
`;
// dist/platform/database/cli → src/platform/database/migrations
const folder = join(dirname(fileURLToPath(import.meta.url)), '../../../../src/platform/database/migrations');
const file = join(folder, `${timestamp}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.ts`);
writeFileSync(file, source);
console.log(`Wrote ${file}. Add it to src/database/migrations/index.ts; add row-level security and grants by hand where the table is tenant-owned.`);
