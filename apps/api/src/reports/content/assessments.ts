import type { EntityManager } from 'typeorm';
import type { ReportGoalAssessment } from '../report-goal-assessment.entity.js';
import { reportQueries } from '../report.queries.js';

/** The report's narrative and self-assessment per goal, keyed by goal id. One query. */
export async function loadAssessments(m: EntityManager, reportId: string): Promise<Map<string, ReportGoalAssessment>> {
  const rows = await reportQueries.assessmentsOf(m, reportId);
  return new Map(rows.map((row) => [row.goalId, row]));
}
