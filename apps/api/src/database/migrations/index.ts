import { Foundation1764000000000 } from './1764000000000-foundation.js';

/** Checked-in migrations, oldest first. `npm run migration:generate -- Name` writes new ones. */
export const migrations = [Foundation1764000000000];
