import type { CellWrite } from './value.queries.js';

/** One cell as stored. */
export interface StoredCell extends CellWrite {
  id: string;
}

export type CellInput = CellWrite;

export const cellKey = (c: { indicatorId: string; orgNodeId: string; periodKey: string }) =>
  `${c.indicatorId}|${c.orgNodeId}|${c.periodKey}`;

/** Whether writing `next` over `stored` would change anything a reader sees. */
export function isUnchanged(stored: StoredCell | undefined, next: CellInput): boolean {
  return (
    stored !== undefined &&
    stored.value === next.value &&
    stored.referencePeriodKey === next.referencePeriodKey &&
    stored.comment === next.comment &&
    stored.source === next.source
  );
}
