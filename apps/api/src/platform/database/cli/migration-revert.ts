import { withOwnerDatabase } from './with-owner-database.js';
import { revertLastMigration } from '../migrate.js';

await withOwnerDatabase(async (url) => {
  await revertLastMigration(url);
  console.log('Reverted the latest migration.');
});
