// Public API of @resultatkedjan/domain: pure functions and types, no I/O, no clock.

// Dates and the Swedish working-day calendar
export {
  addDays, addMonths, compareIsoDates, daysBetween, daysInMonth, fromEpochDay, isIsoDate, isLeapYear, isoWeekday,
  isoWeekNumber, lastDayOfMonth, parseIsoDate, startOfIsoWeek, toEpochDay, toIsoDate,
} from './dates/iso-date.js';
export type { CivilDate, IsoDate, IsoWeekday } from './dates/iso-date.js';
export { easterSunday } from './working-days/easter.js';
export { holidaysOf } from './working-days/swedish-holidays.js';
export type { Holiday, HolidayKind } from './working-days/swedish-holidays.js';
export { addWorkingDays, adjustDeadline, isWorkingDay } from './working-days/working-days.js';
export type { DeadlineDirection, WorkingDayOptions } from './working-days/working-days.js';

// Periods
export { formatPeriodKey, isPeriodKey, parsePeriodKey, PERIOD_KIND_LABELS, PeriodKeyError } from './periods/period-key.js';
export type { Period, PeriodKind } from './periods/period-key.js';
export { DEFAULT_DELAR_END_MONTH, delarEndMonthOf } from './periods/period-options.js';
export type { DelarEndMonth, PeriodOptions } from './periods/period-options.js';
export { comparePeriodKeys, isPeriodWithin, periodRange, sortPeriodKeys } from './periods/period-range.js';
export type { DateRange } from './periods/period-range.js';
export { basePeriodsWithin } from './periods/base-periods.js';
export type { BasePeriodKind } from './periods/base-periods.js';
export { previousPeriod, samePeriodPreviousYear } from './periods/previous-period.js';
export { selectLatestWithin } from './periods/latest-within.js';
export { formatPeriodLabel } from './periods/period-label.js';

// Numbers, units and ratios
export { convertUnit, isMoneyUnit, MONEY_UNIT_FACTORS, ratioUnitName, toBaseScale, unitScale } from './numbers/units.js';
export type { MoneyUnit, ScaledValue } from './numbers/units.js';
export { VALUE_REASON_LABELS } from './numbers/ratio-result.js';
export type { Coverage, RatioReason, RatioResult, ValueReason } from './numbers/ratio-result.js';
export { safeDivide } from './numbers/safe-divide.js';
export type { SafeQuotient } from './numbers/safe-divide.js';
export { defaultRatioUnits, ratioFromSums } from './numbers/ratio-from-sums.js';
export type { RatioSums } from './numbers/ratio-from-sums.js';
export { periodChange } from './numbers/period-change.js';
export type { PeriodChange } from './numbers/period-change.js';
export { perCapita } from './numbers/per-capita.js';
export type { PerCapitaOptions } from './numbers/per-capita.js';
export { COST_NUMERATOR_KINDS, RATIO_KIND_LABELS, RatioDefinitionError } from './ratios/ratio-definition.js';
export type { RatioDefinition, RatioKind } from './ratios/ratio-definition.js';
export { computeRatio, computeRatioForAllNodes, ratioEvaluator } from './ratios/compute-ratio.js';

// Aggregation over the org tree and over time
export { IndicatorDefinitionError, indexIndicatorDefinitions } from './aggregation/indicator-definition.js';
export type {
  IndicatorDefinition, OrgAggregation, SeriesAggregation, TimeAggregation,
} from './aggregation/indicator-definition.js';
export type { IndicatorValue } from './aggregation/indicator-value.js';
export { buildOrgTree, OrgTreeError, subtree, subtreeIds } from './aggregation/org-tree.js';
export type { OrgNode, OrgTree } from './aggregation/org-tree.js';
export { buildValueIndex, DuplicateValueError } from './aggregation/value-index.js';
export type { PeriodSeries, ValueIndex } from './aggregation/value-index.js';
export { aggregateSeries } from './aggregation/aggregate-series.js';
export { createAggregationContext } from './aggregation/aggregation-context.js';
export type { AggregationContext, AggregationInput } from './aggregation/aggregation-context.js';
export type { AggregateResult } from './aggregation/aggregate-result.js';
export { aggregateIndicator, indicatorEvaluator } from './aggregation/aggregate-indicator.js';
export { aggregateNode } from './aggregation/aggregate-node.js';
export { aggregateAllNodes } from './aggregation/aggregate-all-nodes.js';
export type { Channel, ChannelSource, OwnValue } from './aggregation/channel-source.js';
export {
  createSummedAggregationContext, indexSubtreeSums, InexactSumsError, stalestSummedPeriod,
} from './aggregation/subtree-sums.js';
export type { SubtreePeriodSum, SubtreeSumsIndex, SubtreeWeightedSum, SummedContextInput } from './aggregation/subtree-sums.js';

// Måluppfyllelse
export {
  createTargetScale, DEFAULT_LEVEL_NAMES, DEFAULT_TARGET_SCALE, DEFAULT_TOLERANCE, LABEL_DELVIS_UPPFYLLT, LABEL_EJ_BEDOMT,
  LABEL_EJ_UPPFYLLT, LABEL_UPPFYLLT, levelName, levelNamesOf, MALUPPFYLLELSE_LABELS, MALUPPFYLLELSE_LEVELS, NOT_ASSESSED_LEVEL,
  TargetScaleError, validateTargetScale,
} from './target-status/target-scale.js';
export type { LevelNames, MaluppfyllelseLevel, ScaleLevel, TargetScale } from './target-status/target-scale.js';
export { LEVEL_NAME_MAX_LENGTH, LEVEL_NAME_MESSAGES, levelNameProblems, trimLevelNames } from './target-status/level-names.js';
export type { LevelNameProblem } from './target-status/level-names.js';
export { assessTarget } from './target-status/assess-target.js';
export type { NotAssessedReason, TargetAssessment, TargetDirection, TargetInput } from './target-status/assess-target.js';
export { expectedReferencePeriod, isValueFresh } from './target-status/freshness.js';
export type { Periodicity } from './target-status/freshness.js';
export { assessIndicatorForPeriod } from './target-status/assess-indicator-for-period.js';
export type { PeriodTargetInput } from './target-status/assess-indicator-for-period.js';
export { suggestGoalLevel } from './target-status/suggest-goal-level.js';
export { proposeBodyLevel } from './target-status/propose-body-level.js';
export type { BodyLevelProposal } from './target-status/propose-body-level.js';

// Follow-up calendar
export { assertValidDelar, DelarValidationError, validateDelar } from './follow-up-calendar/delar-validation.js';
export type { DelarValidation } from './follow-up-calendar/delar-validation.js';
export { MILESTONE_ORDER } from './follow-up-calendar/follow-up-template.js';
export type {
  DateRule, FollowUpKind, FollowUpOverrides, FollowUpPeriod, FollowUpTemplate, KindSchedule, MilestoneName,
  MilestoneOverride, MilestoneRule,
} from './follow-up-calendar/follow-up-template.js';
export { resolveDateRule } from './follow-up-calendar/resolve-date-rule.js';
export type { RuleContext } from './follow-up-calendar/resolve-date-rule.js';
export { FollowUpCalendarError, generateFollowUpCalendar } from './follow-up-calendar/generate-follow-up-calendar.js';
export type { GenerateOptions } from './follow-up-calendar/generate-follow-up-calendar.js';
export { FOLLOW_UP_PRESETS, PRESET_KVARTAL_DELAR_AUGUSTI_HELAR } from './follow-up-calendar/presets.js';

// sv-SE formatting
export {
  formatMoney, formatNumber, formatPercent, MISSING_VALUE_TEXT, SV_DECIMAL_SEPARATOR, SV_GROUP_SEPARATOR,
  SV_MINUS_SIGN, SV_UNIT_SEPARATOR,
} from './format/sv-se-number.js';
export type { NumberFormatOptions } from './format/sv-se-number.js';
export { DEFAULT_TIME_ZONE, formatDate } from './format/sv-se-date.js';
export { numberToInput, parseSvNumber } from './format/parse-sv-number.js';

// dialogue: the analysis dialogue's agenda and the controller's what-if
export { AGENDA_REASON_LABELS, AGENDA_REASON_ORDER, agendaCandidates, ratioImprovementDirection } from './dialogue/agenda.js';
export { ACTION_REMINDER_DAYS, actionNoticeDue } from './dialogue/action-notices.js';
export type { ActionNotice } from './dialogue/action-notices.js';
export type {
  AgendaCandidate, AgendaInput, AgendaOptions, AgendaReason, GoalLevelInput, IndicatorFreshnessInput, OpenActionInput, RatioFigureInput,
} from './dialogue/agenda.js';
export { resourceSide, whatIfResources } from './dialogue/what-if.js';
export type { WhatIfInput } from './dialogue/what-if.js';

// Exports (årsredovisning, delårsrapport): CSV and the level summaries
export { CSV_SEPARATOR, csvField, csvNumber, parseCsv, parseCsvNumber, toCsv } from './exports/csv.js';
export type { CsvCell } from './exports/csv.js';
export { countByLevel, DECIDING_TIER_ORDER, decidingAssessment, excerpt } from './exports/level-summary.js';
export type { DecidingTier, LevelOfScale } from './exports/level-summary.js';
export { figureText } from './exports/figure-text.js';
