import { UnprocessableEntityException } from '@nestjs/common';

/** 422 for a broken business rule, keyed by field like the validation pipe's errors. */
export function ruleViolation(fields: Record<string, string[]>, message = 'Uppgifterna bryter mot en regel.'): UnprocessableEntityException {
  const first = Object.values(fields)[0]?.[0];
  return new UnprocessableEntityException({ message: first ?? message, fields });
}

/** Throws when any field has a problem. */
export function assertNoRuleViolations(fields: Record<string, string[]>): void {
  if (Object.keys(fields).length > 0) throw ruleViolation(fields);
}
