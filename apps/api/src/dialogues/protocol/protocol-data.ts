import type { AgendaItemDto, DialogueActionDto, DialogueDto, GoalAssessmentDto, UnitSelfAssessmentDto } from '@resultatkedjan/contracts';

/** Everything the protocol shows, gathered before the document is written. */
export interface ProtocolData {
  dialogue: DialogueDto;
  comparedWith: string;
  items: AgendaItemDto[];
  /** Per goal on the agenda: the units' self-assessments first, then the tiers (R-4, R-44). */
  assessments: { goalId: string; goalTitle: string; units: UnitSelfAssessmentDto[]; tiers: GoalAssessmentDto[] }[];
  actions: DialogueActionDto[];
}
