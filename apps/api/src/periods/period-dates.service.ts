import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { adjustDeadline, validateDelar } from '@resultatkedjan/domain';
import { Action, type PatchPeriodResponse, type PeriodMilestone } from '@resultatkedjan/contracts';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthContext } from '../auth/auth-context.js';
import { orNotFound } from '../common/errors/not-found.js';
import { assertKommunWide } from './kommun-wide.js';
import { toPeriodDto } from './period-row.js';
import { periodQueries } from './period.queries.js';
import { addFieldError, unprocessable, type FieldErrors } from '../common/errors/field-errors.js';
import type { PatchPeriodDto } from './dto/patch-period.dto.js';

const ORDER: readonly PeriodMilestone[] = ['opensOn', 'deadline', 'reviewDeadline', 'locksOn'];
const LABELS: Record<PeriodMilestone, string> = {
  opensOn: 'öppningsdagen',
  deadline: 'enheternas sista dag',
  reviewDeadline: 'sista dag för granskning',
  locksOn: 'låsdagen',
};

@Injectable()
export class PeriodDatesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  /**
   * A controller adjusts one period: every date is moved to a working day (forward by default), the order
   * öppnar ≤ sista dag ≤ granskning ≤ låsning must hold, and a delår must cover ½–⅔ of the year.
   * Planned periods may change every date; open periods every date but the opening; locked periods none (409).
   */
  async patch(auth: AuthContext, periodId: string, body: PatchPeriodDto): Promise<PatchPeriodResponse> {
    assertKommunWide(auth, Action.calendarWrite);
    return this.db.run(auth.tenantId, async (m) => {
      const period = orNotFound(await periodQueries.lockPeriod(m, periodId), 'Perioden');
      if (period.status === 'last') throw new ConflictException('Perioden är låst; dess datum kan inte ändras.');

      const fields: FieldErrors = {};
      if (period.status === 'oppen' && body.opensOn !== undefined && body.opensOn !== period.opens_on) {
        addFieldError(fields, 'opensOn', 'Perioden har redan öppnats; öppningsdagen kan inte ändras.');
      }
      let coversTo = period.covers_to;
      if (body.coversTo !== undefined) {
        if (period.kind !== 'delar') addFieldError(fields, 'coversTo', 'Bara delårets slutdatum kan ändras; andra perioder följer sin periodnyckel.');
        else if (period.status !== 'planerad') addFieldError(fields, 'coversTo', 'Perioden har redan öppnats; vad den omfattar kan inte ändras.');
        else {
          const check = validateDelar(period.covers_from, body.coversTo);
          if (!check.valid) addFieldError(fields, 'coversTo', `${check.error}.`);
          else coversTo = body.coversTo;
        }
      }

      const direction = body.adjust ?? 'forward';
      const current: Record<PeriodMilestone, string> = {
        opensOn: period.opens_on,
        deadline: period.deadline,
        reviewDeadline: period.review_deadline,
        locksOn: period.locks_on,
      };
      const next = { ...current };
      const adjusted: PatchPeriodResponse['adjusted'] = {};
      for (const milestone of ORDER) {
        const requested = body[milestone];
        if (requested === undefined) continue;
        next[milestone] = adjustDeadline(requested, direction);
        if (next[milestone] !== requested) adjusted[milestone] = { requested, actual: next[milestone] };
      }
      for (let i = 1; i < ORDER.length; i += 1) {
        const [earlier, later] = [ORDER[i - 1]!, ORDER[i]!];
        if (next[earlier] <= next[later]) continue;
        const message = `${capitalize(LABELS[later])} (${next[later]}) får inte vara före ${LABELS[earlier]} (${next[earlier]}).`;
        const blamed = [earlier, later].filter((milestone) => body[milestone] !== undefined);
        for (const milestone of blamed.length > 0 ? blamed : [later]) addFieldError(fields, milestone, message);
      }
      if (Object.keys(fields).length > 0) throw unprocessable(fields);

      const updated = await periodQueries.setDates(m, periodId, { ...next, coversTo });
      const moved = Object.fromEntries(ORDER.filter((k) => next[k] !== current[k]).map((k) => [k, next[k]]));
      await recordInTemplate(m, period.calendar_id, period.period_key, moved, coversTo !== period.covers_to ? coversTo : null);
      await this.audit.record(m, auth, {
        action: 'update',
        entityType: 'follow_up_period',
        entityId: periodId,
        before: { ...current, coversTo: period.covers_to },
        after: { ...next, coversTo },
      });
      return { ...toPeriodDto(updated), adjusted };
    });
  }
}

/**
 * Keeps the calendar's template in step with a manual change, so that generating the year again keeps it: moved
 * dates become overrides of the period (they are working days already), and a new delår end becomes the
 * template's delår end month.
 */
async function recordInTemplate(
  m: EntityManager,
  calendarId: string,
  periodKey: string,
  dates: Partial<Record<PeriodMilestone, string>>,
  delarEnd: string | null,
): Promise<void> {
  if (Object.keys(dates).length === 0 && delarEnd === null) return;
  await periodQueries.recordOverride(m, calendarId, periodKey, dates, delarEnd === null ? null : Number(delarEnd.slice(5, 7)));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
