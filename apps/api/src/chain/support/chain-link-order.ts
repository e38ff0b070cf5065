import { CHAIN_LINKS, type ChainLink } from '@resultatkedjan/contracts';

/** Position of a link in the chain: behov, resurs, aktivitet, prestation, resultat. */
export function linkRank(link: ChainLink): number {
  const rank = CHAIN_LINKS.indexOf(link);
  return rank === -1 ? CHAIN_LINKS.length : rank;
}

/** Chain order: link, then the element's sort order, then name. */
export function compareChainOrder(
  a: { link: ChainLink; sortOrder: number; name: string },
  b: { link: ChainLink; sortOrder: number; name: string },
): number {
  return linkRank(a.link) - linkRank(b.link) || a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv');
}
