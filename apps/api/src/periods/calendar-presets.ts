import { PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, type FollowUpTemplate } from '@resultatkedjan/domain';

/** Exempelstad's template (DOMAIN.md 5.2), also the demo kommun's. */
export const KVARTAL_DELAR_HELAR_PRESET_ID = 'kvartal-delar-augusti-helar';

/** Templates a controller can pick by id in PUT /calendars/:year. */
export const CALENDAR_PRESETS: Readonly<Record<string, FollowUpTemplate>> = {
  [KVARTAL_DELAR_HELAR_PRESET_ID]: PRESET_KVARTAL_DELAR_AUGUSTI_HELAR,
};

export function presetById(id: string): FollowUpTemplate | undefined {
  return Object.hasOwn(CALENDAR_PRESETS, id) ? CALENDAR_PRESETS[id] : undefined;
}
