import type { ChainElementDto } from '@resultatkedjan/contracts';
import type { ChainElement } from '../chain-element.entity.js';

export function toChainElementDto(element: ChainElement): ChainElementDto {
  return {
    id: element.id,
    goalId: element.goalId,
    link: element.link,
    name: element.name,
    description: element.description,
    sortOrder: element.sortOrder,
    resultIndicatorId: element.resultIndicatorId ?? null,
    createdAt: element.createdAt.toISOString(),
  };
}
