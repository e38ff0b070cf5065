// Indicator care: reviews coming up and indicators proposed for retirement.

/** Days ahead of an indicator's or goal's review date (omprövas senast) that its owners are reminded. */
export const REVIEW_REMINDER_DAYS = 30;
/** An indicator with no value recorded for this many months (and older than that) is proposed for retirement. */
export const RETIREMENT_MONTHS = 24;

export interface ReviewDueItem {
  kind: 'indicator' | 'goal';
  id: string;
  key: string;
  name: string;
  reviewDate: string;
  /** The goal (for an indicator: the goal it belongs to). */
  goalId: string;
  ownerNodeId: string;
  ownerName: string;
}

export interface RetirementProposal {
  id: string;
  key: string;
  name: string;
  goalId: string;
  goalKey: string;
  ownerName: string;
  /** When a value was last recorded; null when never. */
  lastValueAt: string | null;
  createdAt: string;
}

/** GET /indicator-care */
export interface IndicatorCareReport {
  today: string;
  reviewWithinDays: number;
  /** Review dates from today through today + reviewWithinDays, and those passed in the last year. */
  reviewsDue: ReviewDueItem[];
  retirementProposals: RetirementProposal[];
}
