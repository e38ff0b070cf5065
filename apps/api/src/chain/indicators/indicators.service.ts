import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChainLink, IndicatorDetailDto, IndicatorDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { orNotFound } from '../../common/errors/not-found.js';
import { pageWindow, type Page } from '../../common/pagination/page-query.dto.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import type { ChainElement } from '../chain-element.entity.js';
import type { Indicator } from '../indicator.entity.js';
import { chainElementQueries } from '../elements/chain-element.queries.js';
import { ratioDefinitionQueries } from '../ratios/ratio-definition.queries.js';
import { indicatorTargetQueries } from '../targets/indicator-target.queries.js';
import { valueQueries } from '../../values/value.queries.js';
import { isUniqueViolation } from '../../common/errors/db-errors.js';
import { goalForChainWrite } from '../support/goal-access.js';
import { draftVisibilityOf } from '../../goals/draft-visibility.js';
import { findReadableGoal } from '../../goals/goal-scope.js';
import { indicatorCeiling, tenantSettings } from '../support/tenant-settings.js';
import { throwIfFieldErrors, unprocessable } from '../../common/errors/field-errors.js';
import type { CreateIndicatorBody, UpdateIndicatorBody } from './indicator-body.dto.js';
import { draftFromCreate, draftFromUpdate } from './indicator-draft.js';
import { toIndicatorDetailDto, toIndicatorDto } from './indicator.mapper.js';
import type { IndicatorQueryDto } from './indicator-query.dto.js';
import { checkIndicatorRules, referencedIds, type IndicatorDraft, type ReferencedIndicator } from './indicator-rules.js';
import { ceilingWarning } from './indicator-warnings.js';
import { indicatorQueries } from './indicator.queries.js';

const INDICATOR = 'Indikatorn';

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: IndicatorQueryDto): Promise<Page<IndicatorDto>> {
    const { skip, take, page, pageSize } = pageWindow(query);
    return this.db.run(auth.tenantId, async (m) => {
      const { rows: indicators, total } = await indicatorQueries.page(m, query, { skip, take }, draftVisibilityOf(auth));
      const links = await chainElementQueries.linksOf(m, indicators.map((i) => i.chainElementId));
      return { items: indicators.map((i) => toIndicatorDto(i, links.get(i.chainElementId)!)), page, pageSize, total };
    });
  }

  get(auth: AuthContext, id: string): Promise<IndicatorDetailDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const indicator = orNotFound(await indicatorQueries.find(m, id), INDICATOR);
      await findReadableGoal(m, auth, indicator.goalId, INDICATOR);
      const element = await chainElementQueries.get(m, indicator.chainElementId);
      const outcome = checkIndicatorRules(draftFromUpdate(indicator, {}), await loadReferenced(m, referencedIds(indicator)));
      return this.detail(m, auth, indicator, element.link, outcome.warnings);
    });
  }

  create(auth: AuthContext, body: CreateIndicatorBody): Promise<IndicatorDetailDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const element = await chainElementQueries.find(m, body.chainElementId);
      if (!element) throw unprocessable({ chainElementId: ['Kedjelänken finns inte.'] });
      await goalForChainWrite(m, auth, element.goalId);
      const draft = draftFromCreate(body, element.goalId);
      const outcome = checkIndicatorRules(draft, await loadReferenced(m, referencedIds(draft)));
      throwIfFieldErrors(outcome.fields);
      await assertKeyFree(m, body.key);
      const indicator = await withFreeKey(body.key, () => indicatorQueries.insert(m, {
        ...storedFields(draft),
        tenantId: auth.tenantId,
        chainElementId: element.id,
        goalId: element.goalId,
        key: body.key,
        direction: body.direction,
        periodicity: body.periodicity,
        targeted: body.targeted ?? true,
        baselineValue: body.baselineValue ?? null,
        reviewDate: body.reviewDate ?? null,
        sortOrder: body.sortOrder ?? 0,
      }));
      await this.audit.record(m, auth, { action: 'create', entityType: 'indicator', entityId: indicator.id, after: toIndicatorDto(indicator, element.link) });
      return this.detail(m, auth, indicator, element.link, outcome.warnings);
    });
  }

  update(auth: AuthContext, id: string, body: UpdateIndicatorBody): Promise<IndicatorDetailDto> {
    return this.db.run(auth.tenantId, async (m) => {
      const indicator = orNotFound(await indicatorQueries.find(m, id), INDICATOR);
      await goalForChainWrite(m, auth, indicator.goalId);
      const current = await chainElementQueries.get(m, indicator.chainElementId);
      const element = await targetElement(m, indicator, current, body.chainElementId);
      const before = toIndicatorDto(indicator, current.link);
      const draft = draftFromUpdate(indicator, body);
      const outcome = checkIndicatorRules(draft, await loadReferenced(m, referencedIds(draft)));
      if (indicator.orgAggregation === 'SUM' && draft.orgAggregation !== 'SUM' && (await isReferenced(m, id))) {
        outcome.fields.orgAggregation = ['Indikatorn används som täljare, nämnare eller vikt och måste summeras (SUM).'];
      }
      throwIfFieldErrors(outcome.fields);
      if (body.key !== undefined && body.key !== indicator.key) await assertKeyFree(m, body.key);
      if (body.periodicity !== undefined && body.periodicity !== indicator.periodicity && (await valueQueries.anyFor(m, [id]))) {
        throw new ConflictException('Periodiciteten kan inte ändras när indikatorn har inrapporterade värden.');
      }
      Object.assign(indicator, storedFields(draft), {
        chainElementId: element.id,
        ...(body.key !== undefined && { key: body.key }),
        ...(body.direction !== undefined && { direction: body.direction }),
        ...(body.periodicity !== undefined && { periodicity: body.periodicity }),
        ...(body.targeted !== undefined && { targeted: body.targeted }),
        ...(body.baselineValue !== undefined && { baselineValue: body.baselineValue }),
        ...(body.reviewDate !== undefined && { reviewDate: body.reviewDate }),
        ...(body.sortOrder !== undefined && { sortOrder: body.sortOrder }),
      });
      await withFreeKey(indicator.key, () => indicatorQueries.save(m, indicator));
      const after = toIndicatorDto(indicator, element.link);
      await this.audit.record(m, auth, { action: 'update', entityType: 'indicator', entityId: id, before, after });
      return this.detail(m, auth, indicator, element.link, outcome.warnings);
    });
  }

  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth.tenantId, async (m) => {
      const indicator = orNotFound(await indicatorQueries.find(m, id), INDICATOR);
      await goalForChainWrite(m, auth, indicator.goalId);
      if (await valueQueries.anyFor(m, [id])) throw new ConflictException('Indikatorn har inrapporterade värden och kan inte tas bort.');
      const dependents = await indicatorQueries.dependentKeys(m, [id]);
      if (dependents.length > 0) {
        throw new ConflictException(`Indikatorn används av andra indikatorer (${dependents.join(', ')}). Ändra dem först.`);
      }
      const ratios = await ratioDefinitionQueries.using(m, [id]);
      if (ratios.length > 0) {
        throw new ConflictException(`Indikatorn används i nyckeltalen ${ratios.map((r) => `"${r.name}"`).join(', ')}. Ta bort dem först.`);
      }
      const element = await chainElementQueries.get(m, indicator.chainElementId);
      const targets = await indicatorTargetQueries.ofIndicator(m, id);
      await indicatorQueries.delete(m, id);
      await this.audit.record(m, auth, {
        action: 'delete',
        entityType: 'indicator',
        entityId: id,
        before: { ...toIndicatorDto(indicator, element.link), targets: targets.map((t) => ({ periodKey: t.periodKey, targetValue: t.targetValue })) },
      });
    });
  }

  private async detail(
    m: EntityManager,
    auth: AuthContext,
    indicator: Indicator,
    link: ChainLink,
    ruleWarnings: string[],
  ): Promise<IndicatorDetailDto> {
    const targets = await indicatorTargetQueries.ofIndicator(m, indicator.id);
    const count = await indicatorQueries.countOfGoal(m, indicator.goalId);
    const settings = await tenantSettings(m, auth.tenantId);
    const ceiling = ceilingWarning(count, indicatorCeiling(settings));
    return toIndicatorDetailDto(indicator, link, targets, ceiling === null ? ruleWarnings : [...ruleWarnings, ceiling]);
  }
}

type RuledFields = Pick<
  Indicator,
  | 'name' | 'unit' | 'purpose' | 'orgAggregation' | 'timeAggregation' | 'weightIndicatorId' | 'numeratorIndicatorId'
  | 'denominatorIndicatorId' | 'scale' | 'source' | 'koladaId' | 'baselinePeriodKey' | 'levelScale'
>;

/** The columns the rules decided on, in storable form. */
function storedFields(draft: IndicatorDraft): RuledFields {
  return {
    name: draft.name.trim(),
    unit: draft.unit.trim(),
    purpose: draft.purpose.trim(),
    orgAggregation: draft.orgAggregation,
    timeAggregation: draft.timeAggregation,
    weightIndicatorId: draft.weightIndicatorId,
    numeratorIndicatorId: draft.numeratorIndicatorId,
    denominatorIndicatorId: draft.denominatorIndicatorId,
    scale: draft.scale,
    source: draft.source,
    koladaId: draft.koladaId === null ? null : draft.koladaId.trim(),
    baselinePeriodKey: draft.baselinePeriodKey,
    levelScale: draft.levelScale === null ? null : { fulfilledFrom: draft.levelScale.fulfilledFrom, partlyFrom: draft.levelScale.partlyFrom },
  };
}

async function loadReferenced(m: EntityManager, ids: readonly string[]): Promise<Map<string, ReferencedIndicator>> {
  const found = await indicatorQueries.findMany(m, ids);
  return new Map(found.map((i) => [i.id, { id: i.id, goalId: i.goalId, key: i.key, orgAggregation: i.orgAggregation }]));
}

async function targetElement(
  m: EntityManager,
  indicator: Indicator,
  current: ChainElement,
  chainElementId: string | undefined,
): Promise<ChainElement> {
  if (chainElementId === undefined || chainElementId === current.id) return current;
  const element = await chainElementQueries.find(m, chainElementId);
  const problem = !element ? 'Kedjelänken finns inte.' : element.goalId !== indicator.goalId ? 'Indikatorn kan bara flyttas till en länk i samma mål.' : null;
  if (problem !== null) throw unprocessable({ chainElementId: [problem] });
  return element!;
}

async function assertKeyFree(m: EntityManager, key: string): Promise<void> {
  if (await indicatorQueries.keyTaken(m, key)) {
    throw new ConflictException(`Nyckeln "${key}" används redan av en annan indikator i kommunen.`);
  }
}

/** Runs the write, turning a race on the unique key into the same 409 as assertKeyFree. */
async function withFreeKey<T>(key: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictException(`Nyckeln "${key}" används redan av en annan indikator i kommunen.`);
    throw error;
  }
}

async function isReferenced(m: EntityManager, indicatorId: string): Promise<boolean> {
  return (
    (await indicatorQueries.dependentKeys(m, [indicatorId])).length > 0 || (await ratioDefinitionQueries.using(m, [indicatorId])).length > 0
  );
}
