import {
  daysInMonth,
  isIsoDate,
  isPeriodKey,
  lastDayOfMonth,
  MILESTONE_ORDER,
  validateDelar,
  type DateRule,
  type FollowUpOverrides,
  type FollowUpTemplate,
  type MilestoneName,
} from '@resultatkedjan/domain';
import { FOLLOW_UP_KINDS } from '@resultatkedjan/contracts';
import { addFieldError, type FieldErrors } from '../common/errors/field-errors.js';

/**
 * Checks a template sent as JSON (libs/domain FollowUpTemplate) field by field, so a bad template gives 422 with
 * the path of each problem ('template.schedules.kvartal.deadline.rule.weekday') instead of a crash later.
 * Number ranges are bounded so that no rule can make the generator loop for long.
 */

type Json = Record<string, unknown>;

const REQUIRED_MILESTONES: readonly MilestoneName[] = ['opensOn', 'deadline', 'reviewDeadline', 'locksOn'];
const TEMPLATE_KEYS = ['name', 'delarEndMonth', 'holidayWeeks', 'includePreviousYearHelar', 'schedules'];
const SCHEDULE_KEYS = ['periods', ...MILESTONE_ORDER];

const RULE_FIELDS: Record<DateRule['type'], Record<string, { min: number; max: number; optional?: boolean } | 'milestone'>> = {
  daysAfterEnd: { days: { min: -366, max: 366 } },
  monthsAfterEnd: { months: { min: -24, max: 24 } },
  dayOfMonth: { day: { min: 1, max: 31 }, monthsAfterEnd: { min: -24, max: 24 } },
  fixedDate: { month: { min: 1, max: 12 }, day: { min: 1, max: 31 }, yearOffset: { min: -1, max: 2, optional: true } },
  weekdayOfWeek: { weekday: { min: 1, max: 7 }, weeksAfterEnd: { min: 0, max: 104 } },
  workingDaysAfter: { milestone: 'milestone', days: { min: -260, max: 260 } },
};

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function rejectUnknownKeys(fields: FieldErrors, path: string, value: Json, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) addFieldError(fields, `${path}.${key}`, 'Fältet är inte tillåtet.');
}

function checkRule(fields: FieldErrors, path: string, value: unknown, milestone: MilestoneName): void {
  if (!isObject(value)) return addFieldError(fields, path, 'Måste vara ett objekt med rule och adjust.');
  rejectUnknownKeys(fields, path, value, ['rule', 'adjust']);
  if (value.adjust !== 'forward' && value.adjust !== 'backward') addFieldError(fields, `${path}.adjust`, 'Måste vara forward eller backward.');
  const rule = value.rule;
  if (!isObject(rule)) return addFieldError(fields, `${path}.rule`, 'Måste vara ett objekt.');
  const type = rule.type as DateRule['type'];
  const spec = typeof type === 'string' && Object.hasOwn(RULE_FIELDS, type) ? RULE_FIELDS[type] : undefined;
  if (!spec) return addFieldError(fields, `${path}.rule.type`, `Okänd regeltyp; tillåtna är ${Object.keys(RULE_FIELDS).join(', ')}.`);
  rejectUnknownKeys(fields, `${path}.rule`, rule, ['type', ...Object.keys(spec)]);
  for (const [key, range] of Object.entries(spec)) {
    const field = rule[key];
    if (range === 'milestone') {
      const earlier = MILESTONE_ORDER.slice(0, MILESTONE_ORDER.indexOf(milestone));
      if (typeof field !== 'string' || !earlier.includes(field as MilestoneName)) {
        addFieldError(fields, `${path}.rule.${key}`, `Måste vara en tidigare milstolpe: ${earlier.join(', ') || '(ingen finns)'}.`);
      }
    } else if (field === undefined && range.optional) {
      continue;
    } else if (!isIntIn(field, range.min, range.max)) {
      addFieldError(fields, `${path}.rule.${key}`, `Måste vara ett heltal från ${range.min} till ${range.max}.`);
    }
  }
  if (type === 'fixedDate' && isIntIn(rule.month, 1, 12) && isIntIn(rule.day, 1, 31) && rule.day > daysInMonth(2001, rule.month)) {
    addFieldError(fields, `${path}.rule.day`, 'Dagen finns inte i den månaden.');
  }
}

function checkSchedule(fields: FieldErrors, path: string, value: unknown, kind: string): void {
  if (!isObject(value)) return addFieldError(fields, path, 'Måste vara ett objekt.');
  rejectUnknownKeys(fields, path, value, SCHEDULE_KEYS);
  if (value.periods !== undefined) {
    const max = kind === 'kvartal' ? 4 : kind === 'tertial' ? 3 : kind === 'manad' ? 12 : 0;
    const list = value.periods;
    if (max === 0) addFieldError(fields, `${path}.periods`, 'Bara kvartal, tertial och månad kan välja perioder.');
    else if (!Array.isArray(list) || list.length === 0 || !list.every((n) => isIntIn(n, 1, max)) || new Set(list).size !== list.length) {
      addFieldError(fields, `${path}.periods`, `Måste vara en lista med olika heltal från 1 till ${max}.`);
    }
  }
  for (const milestone of MILESTONE_ORDER) {
    const rule = value[milestone];
    if (rule === undefined) {
      if (REQUIRED_MILESTONES.includes(milestone)) addFieldError(fields, `${path}.${milestone}`, 'Fältet måste anges.');
      continue;
    }
    checkRule(fields, `${path}.${milestone}`, rule, milestone);
  }
}

/** Returns the template when it is valid; otherwise adds errors under `path` and returns undefined. */
export function parseTemplate(input: unknown, fields: FieldErrors, path = 'template'): FollowUpTemplate | undefined {
  const before = Object.keys(fields).length;
  if (!isObject(input)) {
    addFieldError(fields, path, 'Måste vara ett mall-id (se GET /calendars/presets) eller en hel mall.');
    return undefined;
  }
  rejectUnknownKeys(fields, path, input, TEMPLATE_KEYS);
  if (typeof input.name !== 'string' || input.name.trim().length === 0 || input.name.length > 200) {
    addFieldError(fields, `${path}.name`, 'Mallen måste ha ett namn (högst 200 tecken).');
  }
  if (input.delarEndMonth !== undefined) {
    const month = input.delarEndMonth;
    const check = isIntIn(month, 1, 12) ? validateDelar('2001-01-01', lastDayOfMonth(2001, month)) : null;
    if (!check) addFieldError(fields, `${path}.delarEndMonth`, 'Måste vara delårets sista månad, 6–8.');
    else if (!check.valid) addFieldError(fields, `${path}.delarEndMonth`, `${check.error}.`);
  }
  if (input.holidayWeeks !== undefined) {
    const weeks = input.holidayWeeks;
    if (!Array.isArray(weeks) || weeks.length > 53 || !weeks.every((w) => isIntIn(w, 1, 53))) {
      addFieldError(fields, `${path}.holidayWeeks`, 'Måste vara en lista med veckonummer 1–53.');
    }
  }
  if (input.includePreviousYearHelar !== undefined && typeof input.includePreviousYearHelar !== 'boolean') {
    addFieldError(fields, `${path}.includePreviousYearHelar`, 'Måste vara sant eller falskt.');
  }
  const schedules = input.schedules;
  if (!isObject(schedules) || Object.keys(schedules).length === 0) {
    addFieldError(fields, `${path}.schedules`, 'Mallen måste innehålla minst en periodtyp (manad, kvartal, tertial, delar, helar).');
  } else {
    for (const [kind, schedule] of Object.entries(schedules)) {
      if (!(FOLLOW_UP_KINDS as string[]).includes(kind)) {
        addFieldError(fields, `${path}.schedules.${kind}`, `Okänd periodtyp; tillåtna är ${FOLLOW_UP_KINDS.join(', ')}.`);
      } else {
        checkSchedule(fields, `${path}.schedules.${kind}`, schedule, kind);
      }
    }
  }
  return Object.keys(fields).length === before ? (input as unknown as FollowUpTemplate) : undefined;
}

/** Returns the overrides when valid; otherwise adds errors under `path`. */
export function parseOverrides(input: unknown, fields: FieldErrors, path = 'overrides'): FollowUpOverrides | undefined {
  if (input === undefined) return {};
  const before = Object.keys(fields).length;
  if (!isObject(input)) {
    addFieldError(fields, path, 'Måste vara ett objekt: periodnyckel → milstolpe → datum.');
    return undefined;
  }
  for (const [periodKey, milestones] of Object.entries(input)) {
    const at = `${path}.${periodKey}`;
    if (!isPeriodKey(periodKey)) {
      addFieldError(fields, at, 'Okänd periodnyckel; förväntade t.ex. 2026-Q1, 2026-D eller 2025-H.');
      continue;
    }
    if (!isObject(milestones)) {
      addFieldError(fields, at, 'Måste vara ett objekt: milstolpe → datum.');
      continue;
    }
    for (const [milestone, value] of Object.entries(milestones)) {
      const field = `${at}.${milestone}`;
      if (!MILESTONE_ORDER.includes(milestone as MilestoneName)) {
        addFieldError(fields, field, `Okänd milstolpe; tillåtna är ${MILESTONE_ORDER.join(', ')}.`);
      } else if (typeof value === 'string') {
        if (!isIsoDate(value)) addFieldError(fields, field, 'Måste vara ett datum i formatet ÅÅÅÅ-MM-DD.');
      } else if (!isObject(value) || typeof value.date !== 'string' || !isIsoDate(value.date) || !['forward', 'backward'].includes(value.adjust as string)) {
        addFieldError(fields, field, 'Måste vara ett datum (ÅÅÅÅ-MM-DD) eller { date, adjust: forward | backward }.');
      } else {
        rejectUnknownKeys(fields, field, value, ['date', 'adjust']);
      }
    }
  }
  return Object.keys(fields).length === before ? (input as FollowUpOverrides) : undefined;
}
