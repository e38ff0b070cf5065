import { z } from 'zod/mini';
import { sv } from '../../i18n/sv';

const e = sv.goalForm.errors;

/** The API's key rule (apps/api goals/dto/goal-key.ts). */
export const GOAL_KEY_PATTERN = /^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö._-]*$/;

const year = z.string().check(z.trim(), z.regex(/^\d{4}$/, e.yearInvalid));

const fields = {
  title: z.string().check(z.trim(), z.minLength(1, e.titleRequired), z.maxLength(500, e.titleTooLong)),
  description: z.string().check(z.maxLength(20_000, e.descriptionTooLong)),
  geh: z.boolean(),
  validFromYear: year,
  validToYear: z.union([z.literal(''), year]),
};

const toNotBeforeFrom = (v: { validFromYear: string; validToYear: string }) =>
  v.validToYear.trim() === '' || !/^\d{4}$/.test(v.validFromYear.trim()) || Number(v.validToYear) >= Number(v.validFromYear);

const yearOrder = z.refine<{ validFromYear: string; validToYear: string }>(toNotBeforeFrom, { path: ['validToYear'], message: e.toBeforeFrom });

export const editGoalSchema = z.object(fields).check(yearOrder);

export const createGoalSchema = z
  .object({
    key: z
      .string()
      .check(z.trim(), z.minLength(1, e.keyRequired), z.maxLength(64, e.keyTooLong), z.regex(GOAL_KEY_PATTERN, e.keyPattern)),
    ...fields,
  })
  .check(yearOrder);

export type GoalFormValues = z.input<typeof createGoalSchema>;
export type EditGoalValues = z.input<typeof editGoalSchema>;

/** The next free "IM<n>" key, e.g. ['IM1', 'IM2', 'IM3'] → 'IM4'. */
export function nextKey(existing: readonly string[], prefix = 'IM'): string {
  const numbers = existing.map((k) => new RegExp(`^${prefix}(\\d+)$`, 'i').exec(k)?.[1]).filter((n) => n !== undefined).map(Number);
  const taken = new Set(existing.map((k) => k.toUpperCase()));
  let n = numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
  while (taken.has(`${prefix}${n}`.toUpperCase())) n++;
  return `${prefix}${n}`;
}

/** Form text → API numbers: '' → null. */
export function toYear(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : Number(trimmed);
}
