import { withOwnerDatabase } from './with-owner-database.js';
import { migrateDatabase } from '../migrate.js';

await withOwnerDatabase(async (url, queueOnPostgres) => {
  const applied = await migrateDatabase({ url, queueOnPostgres });
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
});
