import { createHash } from 'node:crypto';
import { Action } from '@resultatkedjan/contracts';
import { grantedRoots } from '../auth/access-scope.js';
import type { AuthContext } from '../auth/auth-context.js';
import { orgTreeQueries } from '../org/org-tree.queries.js';

/**
 * Who may read a draft goal (status `forslag`), DOMAIN.md 3.3 "read drafts and unsubmitted reports": a decided goal
 * is read by every role of the kommun; a draft only
 *  - in the subtrees where the caller may read drafts (report:read-draft: förtroendevald, ordförande, enhetschef,
 *    controller, ekonom — not revisor or admin) or record decisions (goal:decide), when the draft's owner lies in one;
 *  - on remiss (R-38, goal_circulation): by whoever may comment (goal:comment) on a node under the draft's owner,
 *    i.e. whose comment scope lies below the owner or contains it.
 * Everything else about a draft (its chain, indicators, analyses, assessments, agenda items) follows the goal, so a
 * draft the caller may not read answers 404 like a goal that does not exist, and is left out of lists and counts.
 *
 * The rule is written here once: as SQL (visibleGoalSql, visibleGoalIdsSql) for queries that list goals or rows
 * derived from them; a single goal is read through findReadableGoal (goal-scope.ts), which uses the same SQL.
 */
export interface DraftVisibility {
  /** Roots of the subtrees whose drafts the caller reads; null: every draft of the kommun. */
  draftRoots: string[] | null;
  /** Roots of the caller's goal:comment scope, for drafts on remiss; null: every draft on remiss. */
  commentRoots: string[] | null;
}

/** Every goal, drafts included: for the kommun's own jobs (period snapshots, reminders), never for a caller's read. */
export const EVERY_GOAL: DraftVisibility = { draftRoots: null, commentRoots: null };

/** What the caller's grants let them read of drafts. No query: it follows from the grants alone. */
export function draftVisibilityOf(auth: AuthContext): DraftVisibility {
  const draft = [...grantedRoots(auth, Action.reportReadDraft), ...grantedRoots(auth, Action.goalDecide)];
  const comment = grantedRoots(auth, Action.goalComment);
  return {
    draftRoots: draft.includes(null) ? null : uniqueSorted(draft),
    commentRoots: comment.includes(null) ? null : uniqueSorted(comment),
  };
}

/**
 * A short, stable name of the visibility, for cache keys of views that list goals: callers with the same grants
 * (roots) share a cache entry, callers who may read different drafts never do.
 */
export function draftVisibilityKey(v: DraftVisibility): string {
  if (v.draftRoots === null) return 'drafts-all';
  if (v.draftRoots.length === 0 && v.commentRoots !== null && v.commentRoots.length === 0) return 'drafts-none';
  const text = `d=${v.draftRoots.join(',')};c=${v.commentRoots === null ? '*' : v.commentRoots.join(',')}`;
  return `drafts-${createHash('sha1').update(text).digest('base64url').slice(0, 16)}`;
}

/** The parameters the SQL below expects, in this order: draft roots, comment roots (each uuid[] or null for all). */
export function draftVisibilityParams(v: DraftVisibility): [string[] | null, string[] | null] {
  return [v.draftRoots, v.commentRoots];
}

/**
 * SQL: "the goal row `g` may be read by the caller", with the uuid[] parameters from draftVisibilityParams at
 * `draftParam` and `commentParam` ($n or :name).
 */
export function visibleGoalSql(g: string, draftParam: string, commentParam: string): string {
  const draft = `CAST(${draftParam} AS uuid[])`;
  const comment = `CAST(${commentParam} AS uuid[])`;
  return `(${g}.status <> 'forslag'
    OR ${draft} IS NULL
    OR ${g}.owner_node_id IN ${orgTreeQueries.subtreeIdsSql(draft)}
    OR (EXISTS (SELECT 1 FROM goal_circulation gc WHERE gc.goal_id = ${g}.id)
        AND (${comment} IS NULL
             OR ${g}.owner_node_id IN ${orgTreeQueries.subtreeIdsSql(comment)}
             OR ${g}.owner_node_id IN ${orgTreeQueries.ancestorsOfAnySql(comment)})))`;
}

/** SQL: the ids of the goals the caller may read (parameters as visibleGoalSql), for rows that hang on a goal. */
export function visibleGoalIdsSql(draftParam: string, commentParam: string): string {
  return `(SELECT vg.id FROM goal vg WHERE ${visibleGoalSql('vg', draftParam, commentParam)})`;
}

function uniqueSorted(ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))].sort();
}
