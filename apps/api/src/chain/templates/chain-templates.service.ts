import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  chainTemplate, type AppliedChainTemplateDto, type ChainLink, type ChainTemplate, type ChainTemplateId, type ChainTemplateIndicator,
} from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { TenantDb } from '../../platform/database/tenant/tenant-db.service.js';
import type { ChainElement } from '../chain-element.entity.js';
import type { Indicator } from '../indicator.entity.js';
import { chainElementQueries } from '../elements/chain-element.queries.js';
import { toChainElementDto } from '../elements/chain-element.mapper.js';
import { indicatorQueries } from '../indicators/indicator.queries.js';
import { toIndicatorDto } from '../indicators/indicator.mapper.js';
import { ceilingWarning } from '../indicators/indicator-warnings.js';
import { ratioDefinitionQueries } from '../ratios/ratio-definition.queries.js';
import { toRatioDefinitionDto } from '../ratios/ratio-definition.mapper.js';
import { goalForChainWrite } from '../support/goal-access.js';
import { indicatorCeiling, tenantSettings } from '../support/tenant-settings.js';

/** Indicators that refer to others (RATIO, WEIGHTED_MEAN) go after those they refer to. */
function insertOrder(indicators: readonly ChainTemplateIndicator[]): ChainTemplateIndicator[] {
  const refers = (i: ChainTemplateIndicator) => i.numeratorRef !== undefined || i.weightRef !== undefined;
  return [...indicators.filter((i) => !refers(i)), ...indicators.filter(refers)];
}

@Injectable()
export class ChainTemplatesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates the template's elements, indicators (keys `<goal key>.<ref>`, in the template's result-first order) and
   * ratio pairs on the goal, and links each activity to its result indicator: one transaction, audited.
   */
  apply(auth: AuthContext, goalId: string, templateId: ChainTemplateId): Promise<AppliedChainTemplateDto> {
    const template = chainTemplate(templateId) as ChainTemplate;
    return this.db.run(auth.tenantId, async (m) => {
      const goal = await goalForChainWrite(m, auth, goalId);
      const keyOf = (ref: string) => `${goal.key}.${ref}`;
      const taken = await indicatorQueries.takenKeys(m, template.indicators.map((i) => keyOf(i.ref)));
      if (taken.length > 0) {
        throw new ConflictException(`Mallen kan inte läggas på: nycklarna ${taken.join(', ')} används redan i kommunen.`);
      }
      const existing = await chainElementQueries.ofGoal(m, goalId);
      const elements = new Map<ChainLink, ChainElement>();
      for (const e of template.elements) {
        elements.set(e.link, await chainElementQueries.insert(m, {
          tenantId: auth.tenantId, goalId, link: e.link, name: e.name, description: e.description,
          sortOrder: existing.filter((x) => x.link === e.link).length, resultIndicatorId: null,
        }));
      }
      const ordinal = new Map(template.indicators.map((i, n) => [i.ref, n]));
      const made = new Map<string, Indicator>();
      const id = (ref: string | undefined) => (ref === undefined ? null : made.get(ref)!.id);
      for (const spec of insertOrder(template.indicators)) {
        made.set(spec.ref, await indicatorQueries.insert(m, {
          tenantId: auth.tenantId,
          chainElementId: elements.get(spec.link)!.id,
          goalId,
          key: keyOf(spec.ref),
          name: spec.name,
          unit: spec.unit,
          direction: spec.direction,
          orgAggregation: spec.orgAggregation,
          timeAggregation: spec.timeAggregation,
          weightIndicatorId: id(spec.weightRef),
          numeratorIndicatorId: id(spec.numeratorRef),
          denominatorIndicatorId: id(spec.denominatorRef),
          scale: spec.scale ?? null,
          periodicity: spec.periodicity,
          targeted: spec.targeted ?? spec.link === 'resultat',
          purpose: spec.purpose,
          source: 'manual',
          koladaId: spec.koladaId ?? null,
          baselineValue: null,
          baselinePeriodKey: null,
          reviewDate: null,
          levelScale: null,
          sortOrder: ordinal.get(spec.ref)!,
        }));
      }
      for (const e of template.elements) {
        if (e.resultRef === undefined) continue;
        const element = elements.get(e.link)!;
        element.resultIndicatorId = id(e.resultRef);
        await chainElementQueries.save(m, element);
      }
      const ratios = [];
      for (const [n, r] of template.ratios.entries()) {
        ratios.push(await ratioDefinitionQueries.insert(m, {
          tenantId: auth.tenantId, goalId, kind: r.kind, name: r.name, numeratorIndicatorId: id(r.numeratorRef)!,
          denominatorIndicatorId: id(r.denominatorRef)!, scale: r.scale ?? null, unit: r.unit ?? null, sortOrder: n,
        }));
      }
      const result: AppliedChainTemplateDto = {
        templateId,
        elements: [...elements.values()].map(toChainElementDto),
        indicators: template.indicators.map((i) => toIndicatorDto(made.get(i.ref)!, i.link)),
        ratios: ratios.map(toRatioDefinitionDto),
        warnings: await warnings(m, auth, goalId),
      };
      await this.audit.record(m, auth, [
        { action: 'apply_template', entityType: 'goal', entityId: goalId, after: { templateId } },
        ...result.elements.map((e) => ({ action: 'create', entityType: 'chain_element', entityId: e.id, after: e })),
        ...result.indicators.map((i) => ({ action: 'create', entityType: 'indicator', entityId: i.id, after: i })),
        ...result.ratios.map((r) => ({ action: 'create', entityType: 'ratio_definition', entityId: r.id, after: r })),
      ]);
      return result;
    });
  }
}

async function warnings(m: EntityManager, auth: AuthContext, goalId: string): Promise<string[]> {
  const count = await indicatorQueries.countOfGoal(m, goalId);
  const warning = ceilingWarning(count, indicatorCeiling(await tenantSettings(m, auth.tenantId)));
  return warning === null ? [] : [warning];
}
