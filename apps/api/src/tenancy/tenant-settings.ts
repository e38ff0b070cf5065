import { DEFAULT_LEVEL_NAMES } from '@resultatkedjan/domain';
import type { TenantSettingsDto } from '@resultatkedjan/contracts';
import type { TenantSettings } from './tenant.entity.js';

/** Defaults when a kommun has not set its own (R-1 ceilings; DOMAIN 4.4 thresholds and level names). */
export const DEFAULT_TENANT_SETTINGS: TenantSettingsDto = {
  goalCeiling: 5,
  indicatorCeiling: 6,
  targetScale: { fulfilledFrom: 1, partlyFrom: 0.95 },
  levelNames: { ...DEFAULT_LEVEL_NAMES },
  reminderDays: [7, 2],
};

/** The settings that apply: stored values over the defaults. */
export function effectiveSettings(stored: TenantSettings | null | undefined): TenantSettingsDto {
  return {
    goalCeiling: stored?.goalCeiling ?? DEFAULT_TENANT_SETTINGS.goalCeiling,
    indicatorCeiling: stored?.indicatorCeiling ?? DEFAULT_TENANT_SETTINGS.indicatorCeiling,
    targetScale: { ...(stored?.targetScale ?? DEFAULT_TENANT_SETTINGS.targetScale) },
    levelNames: { ...(stored?.levelNames ?? DEFAULT_TENANT_SETTINGS.levelNames) },
    reminderDays: [...(stored?.reminderDays ?? DEFAULT_TENANT_SETTINGS.reminderDays)],
  };
}

/** Reminder days as stored: distinct, latest reminder last (7 before 2). */
export function normalReminderDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}
