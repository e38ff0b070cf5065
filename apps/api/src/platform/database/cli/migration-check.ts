import { schemaDiffAfterMigrations } from '../schema-diff.js';

const diff = await schemaDiffAfterMigrations();
if (diff.up.length > 0) {
  console.error('Entities and migrations disagree. Missing from the migrations:');
  for (const statement of diff.up) console.error(`  ${statement};`);
  console.error('Run: npm run migration:generate -- <Name>');
  process.exit(1);
}
console.log('Migrations match the entities.');
