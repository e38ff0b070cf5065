import { PRESET_KVARTAL_DELAR_AUGUSTI_HELAR, type FollowUpTemplate } from '@resultatkedjan/domain';

/** Templates a controller can pick by id in PUT /calendars/:year. */
export const CALENDAR_PRESETS: Readonly<Record<string, FollowUpTemplate>> = {
  'kvartal-delar-augusti-helar': PRESET_KVARTAL_DELAR_AUGUSTI_HELAR,
};

export function presetById(id: string): FollowUpTemplate | undefined {
  return Object.hasOwn(CALENDAR_PRESETS, id) ? CALENDAR_PRESETS[id] : undefined;
}
