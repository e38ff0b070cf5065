import { DEFAULT_LEVEL_NAMES, levelName, type LevelNames } from '@resultatkedjan/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { tenantQuery } from '../api/admin';

/**
 * The kommun's names of the måluppfyllelse levels (GET /tenant, which every role may read). Until it answers, or if
 * it fails, the default names: a label is never missing. Labels the API sends with a level are already the kommun's;
 * this is for what the web names itself (fallbacks, form labels).
 */
export function useLevelNames(): LevelNames {
  // Names rarely change, and the settings form puts a saved change straight into this query.
  const tenant = useQuery({ ...tenantQuery, staleTime: 5 * 60_000 });
  return tenant.data?.settings?.levelNames ?? DEFAULT_LEVEL_NAMES;
}

/** Level number → the kommun's name (anything off the scale reads as its "not assessed"). */
export function useLevelName(): (level: number | null | undefined) => string {
  const names = useLevelNames();
  return useCallback((level: number | null | undefined) => levelName(names, level), [names]);
}
