import type { EntityManager } from 'typeorm';
import { UserSession } from './user-session.entity.js';

/** Queries on user_session that other features need. */
export const userSessionQueries = {
  /** Signs the user out everywhere (e.g. when the account is deactivated). */
  deleteAllOf: (m: EntityManager, userId: string) => m.delete(UserSession, { userId }),
};
