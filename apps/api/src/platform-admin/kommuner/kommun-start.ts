import type { EntityManager } from 'typeorm';
import { KVARTAL_DELAR_HELAR_PRESET_ID, presetById } from '../../periods/calendar-presets.js';
import { generateCalendarOr422 } from '../../periods/generate-calendar.js';
import { periodQueries } from '../../periods/period.queries.js';
import { DEFAULT_REPORTING_KINDS, REPORTING_KINDS_SETTING } from '../../periods/reporting-kinds.js';
import { orgNodeQueries } from '../../org/org-node.queries.js';
import { DEFAULT_TENANT_SETTINGS } from '../../tenancy/tenant-settings.js';

/** The settings a new kommun starts with, written out so the admin sees (and can change) what is in force. */
export function startSettings(): Record<string, unknown> {
  return { ...DEFAULT_TENANT_SETTINGS, [REPORTING_KINDS_SETTING]: DEFAULT_REPORTING_KINDS };
}

/**
 * What a new kommun starts with besides its settings: its KF node and the follow-up calendar (the standard preset)
 * for `year` and the next year. Nothing else: the kommun builds its org tree, goals and chains itself.
 */
export async function startKommun(m: EntityManager, tenantId: string, year: number): Promise<{ kfNodeId: string; periodKeys: string[] }> {
  const kf = orgNodeQueries.build(m, { tenantId, key: 'kf', name: 'Kommunfullmäktige', kind: 'kf', parentId: null, sortOrder: 0 });
  await orgNodeQueries.insert(m, kf);
  const template = presetById(KVARTAL_DELAR_HELAR_PRESET_ID)!;
  const periodKeys: string[] = [];
  for (const calendarYear of [year, year + 1]) {
    const periods = generateCalendarOr422(calendarYear, template, {});
    const calendar = await periodQueries.upsertCalendar(
      m,
      tenantId,
      calendarYear,
      { ...template, presetId: KVARTAL_DELAR_HELAR_PRESET_ID, overrides: {} },
      [...DEFAULT_TENANT_SETTINGS.reminderDays],
    );
    const fresh = periods.filter((p) => !periodKeys.includes(p.periodKey));
    await periodQueries.insertPeriods(m, tenantId, calendar.id, fresh);
    periodKeys.push(...fresh.map((p) => p.periodKey));
  }
  return { kfNodeId: kf.id, periodKeys };
}
