import type { IndicatorValueDto, OrgTreeNode, Periodicity, ValueRow } from '@resultatkedjan/contracts';
import { parseSvNumber } from './paste-grid';

export interface GridUnit {
  id: string;
  name: string;
}

/** Notes that travel with a value. */
export interface CellNote {
  comment: string;
  referencePeriodKey: string;
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** The base periods of a year for the indicator's periodicity: '2026', '2026-Q1'…'2026-Q4' or '2026-M01'…'2026-M12'. */
export function periodsOfYear(periodicity: Periodicity, year: number): string[] {
  if (periodicity === 'ar') return [String(year)];
  if (periodicity === 'kvartal') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return Array.from({ length: 12 }, (_, i) => `${year}-M${String(i + 1).padStart(2, '0')}`);
}

/** The units (enheter) below the owner, by name; the owner itself when it has none below it. */
export function unitsUnder(roots: readonly OrgTreeNode[], ownerId: string): GridUnit[] {
  const find = (nodes: readonly OrgTreeNode[]): OrgTreeNode | null => {
    for (const n of nodes) {
      if (n.id === ownerId) return n;
      const hit = find(n.children);
      if (hit) return hit;
    }
    return null;
  };
  const owner = find(roots);
  if (!owner) return [];
  const units: GridUnit[] = [];
  const visit = (n: OrgTreeNode) => {
    if (n.kind === 'enhet') units.push({ id: n.id, name: n.name });
    n.children.forEach(visit);
  };
  visit(owner);
  if (units.length === 0) units.push({ id: owner.id, name: owner.name });
  return units.sort((a, b) => collator.compare(a.name, b.name));
}

export const cellKey = (unitId: string, periodKey: string) => `${unitId}|${periodKey}`;

/** A stored value as it is edited: decimal comma, no grouping ("1234,5"). */
export const toInput = (value: number) => String(value).replace('.', ',');

/** The text grid (units × periods) and notes from the stored values. */
export function gridFromValues(units: readonly GridUnit[], periods: readonly string[], values: readonly IndicatorValueDto[]) {
  const byCell = new Map(values.map((v) => [cellKey(v.orgNodeId, v.periodKey), v]));
  const grid = units.map((u) => periods.map((p) => {
    const v = byCell.get(cellKey(u.id, p));
    return v ? toInput(v.value) : '';
  }));
  const notes = new Map<string, CellNote>();
  for (const v of values) notes.set(cellKey(v.orgNodeId, v.periodKey), { comment: v.comment ?? '', referencePeriodKey: v.referencePeriodKey ?? '' });
  return { grid, notes };
}

export interface GridChanges {
  rows: ValueRow[];
  /** Which cell each row came from, to put the API's `rows.3.value` errors back on the cell. */
  cells: string[];
  /** Cells whose text is not a number. */
  invalid: string[];
  /** Cells emptied where a value is stored (not deleted by saving). */
  emptied: number;
}

/** The rows PUT /values needs for what differs from the stored values (value or notes). */
export function changedRows(
  indicatorId: string,
  units: readonly GridUnit[],
  periods: readonly string[],
  grid: readonly (readonly string[])[],
  notes: ReadonlyMap<string, CellNote>,
  stored: readonly IndicatorValueDto[],
): GridChanges {
  const byCell = new Map(stored.map((v) => [cellKey(v.orgNodeId, v.periodKey), v]));
  const out: GridChanges = { rows: [], cells: [], invalid: [], emptied: 0 };
  units.forEach((u, r) => {
    periods.forEach((p, c) => {
      const key = cellKey(u.id, p);
      const text = grid[r]?.[c] ?? '';
      const before = byCell.get(key);
      const value = parseSvNumber(text);
      if (value === undefined) {
        out.invalid.push(key);
        return;
      }
      if (value === null) {
        if (before) out.emptied++;
        return;
      }
      const note = notes.get(key) ?? { comment: '', referencePeriodKey: '' };
      const comment = note.comment.trim() || null;
      const referencePeriodKey = note.referencePeriodKey.trim() || null;
      if (before && before.value === value && (before.comment ?? null) === comment && (before.referencePeriodKey ?? null) === referencePeriodKey) return;
      out.rows.push({ indicatorId, orgNodeId: u.id, periodKey: p, value, comment, referencePeriodKey });
      out.cells.push(key);
    });
  });
  return out;
}

/** The API's per-row errors (`rows.3.value`) by cell key. */
export function errorsByCell(fields: Record<string, string[]>, cells: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, messages] of Object.entries(fields)) {
    const match = /^rows\.(\d+)\./.exec(path);
    const cell = match ? cells[Number(match[1])] : undefined;
    if (cell) out.set(cell, [...(out.get(cell) ?? []), ...messages]);
  }
  return out;
}
