import { SystemHeartbeat } from '../system/system-heartbeat.entity.js';
import { Tenant } from '../../tenancy/tenant.entity.js';
import { TenantPopulation } from '../../tenancy/tenant-population.entity.js';
import { AppUser } from '../../auth/app-user.entity.js';
import { RoleGrant } from '../../auth/role-grant.entity.js';
import { UserSession } from '../../auth/user-session.entity.js';
import { LoginFailure } from '../../auth/login-failure.entity.js';
import { UserInvitation } from '../../auth/invitations/user-invitation.entity.js';
import { OrgNode } from '../../org/org-node.entity.js';
import { OrgNodeClosure } from '../../org/org-node-closure.entity.js';
import { Agardirektiv } from '../../org/agardirektiv.entity.js';
import { AgardirektivGoal } from '../../org/agardirektiv-goal.entity.js';
import { Grunduppdrag } from '../../org/grunduppdrag.entity.js';
import { Mandatperiod } from '../../goals/mandatperiod.entity.js';
import { Goal } from '../../goals/goal.entity.js';
import { GoalLink } from '../../goals/goal-link.entity.js';
import { GoalCirculation } from '../../goals/goal-circulation.entity.js';
import { GoalComment } from '../../goals/goal-comment.entity.js';
import { Uppdrag } from '../../uppdrag/uppdrag.entity.js';
import { ChainElement } from '../../chain/chain-element.entity.js';
import { Indicator } from '../../chain/indicator.entity.js';
import { IndicatorTarget } from '../../chain/indicator-target.entity.js';
import { RatioDefinition } from '../../chain/ratio-definition.entity.js';
import { IndicatorValue } from '../../values/indicator-value.entity.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { FollowUpCalendar } from '../../periods/follow-up-calendar.entity.js';
import { FollowUpPeriod } from '../../periods/follow-up-period.entity.js';
import { PeriodSnapshot } from '../../periods/period-snapshot.entity.js';
import { Report } from '../../reports/report.entity.js';
import { ReportGoalAssessment } from '../../reports/report-goal-assessment.entity.js';
import { ReportAttachment } from '../../reports/report-attachment.entity.js';
import { Notification } from '../../notifications/notification.entity.js';
import { JobRun } from '../jobs/job-run.entity.js';
import { TenantDataVersion } from '../data-version/tenant-data-version.entity.js';
import { TenantDataChange } from '../data-version/tenant-data-change.entity.js';
import { PlatformOperator } from '../../platform-admin/platform-operator.entity.js';
import { PlatformSession } from '../../platform-admin/platform-session.entity.js';
import { PlatformAuditEvent } from '../../platform-admin/platform-audit-event.entity.js';
import { KoladaMunicipality } from '../../kolada/reference/kolada-municipality.entity.js';
import { KoladaMunicipalityGroup } from '../../kolada/reference/kolada-municipality-group.entity.js';
import { ComparisonMember } from '../../kolada/comparison/comparison-member.entity.js';
import { BenchmarkValue } from '../../kolada/benchmarks/benchmark-value.entity.js';
import { BenchmarkRevision } from '../../kolada/benchmarks/benchmark-revision.entity.js';
import { KoladaSyncState } from '../../kolada/sync/kolada-sync-state.entity.js';

import { GoalAssessment } from '../../assessments/goal-assessment.entity.js';
import { Dialogue } from '../../dialogues/dialogue.entity.js';
import { DialogueAction } from '../../dialogues/dialogue-action.entity.js';
import { PeriodExport } from '../../exports/period-export.entity.js';
import { DialogueNote } from '../../dialogues/dialogue-note.entity.js';
import { SavedAnalysis } from '../../analyses/saved-analysis.entity.js';
import { TenantSso } from '../../auth/sso/tenant-sso.entity.js';

/** Every TypeORM entity, listed explicitly (no globs: the build is ESM and explicit is easier to read). */
export const entities = [
  SystemHeartbeat,
  Tenant,
  TenantPopulation,
  AppUser,
  RoleGrant,
  UserSession,
  LoginFailure,
  UserInvitation,
  TenantSso,
  OrgNode,
  OrgNodeClosure,
  Agardirektiv,
  AgardirektivGoal,
  Grunduppdrag,
  Mandatperiod,
  Goal,
  GoalLink,
  GoalCirculation,
  GoalComment,
  Uppdrag,
  ChainElement,
  Indicator,
  IndicatorTarget,
  RatioDefinition,
  IndicatorValue,
  AuditEvent,
  FollowUpCalendar,
  FollowUpPeriod,
  PeriodSnapshot,
  Report,
  GoalAssessment,
  Dialogue,
  DialogueNote,
  DialogueAction,
  SavedAnalysis,
  PeriodExport,
  ReportGoalAssessment,
  ReportAttachment,
  Notification,
  JobRun,
  TenantDataVersion,
  TenantDataChange,
  PlatformOperator,
  PlatformSession,
  PlatformAuditEvent,
  KoladaMunicipality,
  KoladaMunicipalityGroup,
  ComparisonMember,
  BenchmarkValue,
  BenchmarkRevision,
  KoladaSyncState,
];
