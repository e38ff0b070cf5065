import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { ChainModel1795442204848 } from './1795442204848-chain-model.js';
import { RowLevelSecurity1795442300000 } from './1795442300000-row-level-security.js';
import { FollowUpAndReports1795442494651 } from './1795442494651-follow-up-and-reports.js';
import { TenantDirectory1795442600000 } from './1795442600000-tenant-directory.js';
import { PlatformOperators1796189384120 } from './1796189384120-platform-operators.js';
import { OrgNodeClosure1796190753147 } from './1796190753147-org-node-closure.js';
import { SessionResolve1796191500000 } from './1796191500000-session-resolve.js';
import { DataVersion1796192822188 } from './1796192822188-data-version.js';
import { GoalAssessments1796203692827 } from './1796203692827-goal-assessments.js';
import { LoginFailures1796203842561 } from './1796203842561-login-failures.js';
import { KoladaBenchmarks1796204020023 } from './1796204020023-kolada-benchmarks.js';
import { Dialogues1796204183419 } from './1796204183419-dialogues.js';
import { KommunOnboarding1796204309696 } from './1796204309696-kommun-onboarding.js';
import { DialogueAgendaAndActions1796204691128 } from './1796204691128-dialogue-agenda-and-actions.js';
import { ActivityResultIndicator1796213397917 } from './1796213397917-activity-result-indicator.js';
import { PeriodExports1796213402687 } from './1796213402687-period-exports.js';
import { GoalCirculationAndUppdrag1796213433920 } from './1796213433920-goal-circulation-and-uppdrag.js';
import { SavedAnalyses1796214951436 } from './1796214951436-saved-analyses.js';
import { WatchGoalCirculation1796215200000 } from './1796215200000-watch-goal-circulation.js';
import { KommunSignIn1796227338137 } from './1796227338137-kommun-sign-in.js';

/** Checked-in migrations, oldest first. `npm run migration:generate -- Name` writes new ones. */
export const migrations = [
  Foundation1764000000000, ChainModel1795442204848, RowLevelSecurity1795442300000, FollowUpAndReports1795442494651,
  TenantDirectory1795442600000, PlatformOperators1796189384120, OrgNodeClosure1796190753147,
  SessionResolve1796191500000, DataVersion1796192822188, GoalAssessments1796203692827, LoginFailures1796203842561,
  KoladaBenchmarks1796204020023, Dialogues1796204183419, KommunOnboarding1796204309696,
  DialogueAgendaAndActions1796204691128, ActivityResultIndicator1796213397917, PeriodExports1796213402687,
  GoalCirculationAndUppdrag1796213433920, SavedAnalyses1796214951436, WatchGoalCirculation1796215200000,
  KommunSignIn1796227338137,
];
