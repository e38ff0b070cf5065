/** Roles granted per kommun and scoped to an org subtree (DOMAIN.md 3.3). */
export const Role = {
  admin: 'admin',
  fortroendevald: 'fortroendevald',
  /** A förtroendevald who chairs a body and records its decisions (beslutad, §) — DOMAIN.md 3.2–3.3. */
  ordforande: 'ordforande',
  controller: 'controller',
  enhetschef: 'enhetschef',
  ekonom: 'ekonom',
  revisor: 'revisor',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role) as Role[];

/** What an endpoint may require. Reads of decided material are open to every role of the kommun. */
export const Action = {
  tenantRead: 'tenant:read',
  tenantWrite: 'tenant:write',
  orgRead: 'org:read',
  orgWrite: 'org:write',
  goalRead: 'goal:read',
  goalWrite: 'goal:write',
  goalDecide: 'goal:decide',
  /** Comment on a draft goal sent out for comments, for an org node in scope below the goal's owner. */
  goalComment: 'goal:comment',
  chainWrite: 'chain:write',
  valueRead: 'value:read',
  valueWrite: 'value:write',
  auditRead: 'audit:read',
  userManage: 'user:manage',
  /** Submitted and approved reports (public documents once submitted, DOMAIN.md 3.2). */
  reportRead: 'report:read',
  /** Drafts and returned reports (utkast, återsänd) of nodes in scope. */
  reportReadDraft: 'report:read-draft',
  /** Values, narrative, self-assessment, attachments and import of a report. */
  reportWrite: 'report:write',
  reportSubmit: 'report:submit',
  /** Approve, return and reopen reports. */
  reportApprove: 'report:approve',
  /** Set up the follow-up calendar, adjust periods, choose which org nodes report in which period kinds. */
  calendarWrite: 'calendar:write',
  /** Read the kommun's job runs (open, remind, escalate, lock, snapshot) and its whole notification outbox. */
  jobRead: 'job:read',
  /** Record a goal assessment above the unit's: the tier follows from the role (ASSESSMENT_TIER_ROLES in assessments.ts). */
  assessmentWrite: 'assessment:write',
  /** Analysis dialogues and their protocols (a protocol is readable once justerat; see dialogues). */
  dialogueRead: 'dialogue:read',
  /** Plan and hold analysis dialogues of nodes in scope: date, participants, status. */
  dialogueWrite: 'dialogue:write',
  /** Map indicators to Kolada KPIs, choose the comparison set and start a Kolada sync. */
  benchmarkManage: 'benchmark:manage',
  /** Read the årsredovisning and delårsrapport exports and download their files. */
  exportRead: 'export:read',
  /** Start an årsredovisning or delårsrapport export of a locked period. */
  exportCreate: 'export:create',
} as const;
export type Action = (typeof Action)[keyof typeof Action];

const READ_ALL: Action[] = [Action.tenantRead, Action.orgRead, Action.goalRead, Action.valueRead, Action.reportRead, Action.dialogueRead];

/**
 * Role × action. The scope (which org subtree) is checked separately, per row, by the API.
 * förtroendevald edits goals of their own body; enhetschef enters values for their own units;
 * ekonom enters economic values; revisor reads everything including the audit trail and changes nothing.
 */
export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: [...READ_ALL, Action.tenantWrite, Action.orgWrite, Action.auditRead, Action.userManage, Action.calendarWrite, Action.jobRead,
    Action.benchmarkManage, Action.exportRead, Action.exportCreate],
  fortroendevald: [...READ_ALL, Action.goalWrite, Action.goalComment, Action.reportReadDraft],
  ordforande: [...READ_ALL, Action.goalWrite, Action.goalDecide, Action.goalComment, Action.reportReadDraft, Action.assessmentWrite],
  controller: [
    ...READ_ALL, Action.orgWrite, Action.goalWrite, Action.goalDecide, Action.goalComment, Action.chainWrite, Action.valueWrite, Action.auditRead,
    Action.reportReadDraft, Action.reportApprove, Action.calendarWrite, Action.jobRead, Action.assessmentWrite,
    Action.dialogueWrite, Action.benchmarkManage, Action.exportRead, Action.exportCreate,
  ],
  enhetschef: [...READ_ALL, Action.goalComment, Action.valueWrite, Action.reportReadDraft, Action.reportWrite, Action.reportSubmit],
  ekonom: [...READ_ALL, Action.valueWrite, Action.reportReadDraft, Action.exportRead, Action.exportCreate],
  revisor: [...READ_ALL, Action.auditRead, Action.exportRead],
};

export function roleAllows(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}
