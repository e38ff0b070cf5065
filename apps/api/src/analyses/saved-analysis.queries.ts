import type { EntityManager } from 'typeorm';
import type { SavedAnalysisSettings } from '@resultatkedjan/contracts';
import { draftVisibilityParams, visibleGoalSql, type DraftVisibility } from '../goals/draft-visibility.js';
import { SavedAnalysis } from './saved-analysis.entity.js';

export interface SavedAnalysisRow {
  id: string;
  goal_id: string;
  goal_key: string;
  goal_title: string;
  goal_owner_node_id: string;
  period_key: string;
  title: string;
  body: string;
  settings: SavedAnalysisSettings;
  dialogue_id: string | null;
  created_by_user_id: string | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const SELECT = `
  SELECT a.id, a.goal_id, g.key AS goal_key, g.title AS goal_title, g.owner_node_id AS goal_owner_node_id, a.period_key, a.title,
         a.body, a.settings, a.dialogue_id, a.created_by_user_id, u.display_name AS created_by_name, a.created_at, a.updated_at, a.version
    FROM saved_analysis a
    JOIN goal g ON g.id = a.goal_id
    LEFT JOIN app_user u ON u.id = a.created_by_user_id`;

/**
 * Every query on saved_analysis. An analysis follows its goal: one of a draft goal the caller may not read
 * (draft-visibility.ts) is left out of lists and not found.
 */
export const savedAnalysisQueries = {
  /** Newest first, by goal or by the dialogue they are shared with. */
  async page(
    m: EntityManager,
    filter: { goalId: string | null; dialogueId: string | null },
    window: { skip: number; take: number },
    visibility: DraftVisibility,
  ): Promise<{ rows: SavedAnalysisRow[]; total: number }> {
    const where = `WHERE ($1::uuid IS NULL OR a.goal_id = $1) AND ($2::uuid IS NULL OR a.dialogue_id = $2) AND ${visibleGoalSql('g', '$3', '$4')}`;
    const params = [filter.goalId, filter.dialogueId, ...draftVisibilityParams(visibility)];
    const rows: SavedAnalysisRow[] = await m.query(`${SELECT} ${where} ORDER BY a.updated_at DESC, a.id LIMIT $5 OFFSET $6`, [...params, window.take, window.skip]);
    const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM saved_analysis a JOIN goal g ON g.id = a.goal_id ${where}`, params);
    return { rows, total: n };
  },

  async find(m: EntityManager, id: string, visibility: DraftVisibility, lock = false): Promise<SavedAnalysisRow | null> {
    const [row]: SavedAnalysisRow[] = await m.query(
      `${SELECT} WHERE a.id = $1 AND ${visibleGoalSql('g', '$2', '$3')} ${lock ? 'FOR UPDATE OF a' : ''}`,
      [id, ...draftVisibilityParams(visibility)],
    );
    return row ?? null;
  },

  async insert(m: EntityManager, fields: Pick<SavedAnalysis, 'tenantId' | 'goalId' | 'periodKey' | 'title' | 'body' | 'settings' | 'dialogueId' | 'createdByUserId'>): Promise<string> {
    const result = await m.insert(SavedAnalysis, fields);
    return (result.identifiers[0] as { id: string }).id;
  },

  /** Writes the changed fields and bumps the version (the caller holds the row lock from `find(…, true)`). */
  async update(m: EntityManager, id: string, fields: Partial<Pick<SavedAnalysis, 'title' | 'body' | 'settings' | 'dialogueId'>>): Promise<void> {
    await m.createQueryBuilder().update(SavedAnalysis).set({ ...fields, version: () => 'version + 1' }).where('id = :id', { id }).execute();
  },

  delete: (m: EntityManager, id: string) => m.delete(SavedAnalysis, { id }),
};
