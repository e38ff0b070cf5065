// Shared API shapes for the values feature (request/response interfaces used by API and web).
import type { IndicatorSource } from './enums.js';

/** The most rows one PUT /values may carry. */
export const MAX_VALUE_BATCH_ROWS = 5000;

/** One utfall to write: indicator × org node × base period (as the indicator's periodicity allows). */
export interface ValueRow {
  indicatorId: string;
  orgNodeId: string;
  /** '2025' (yearly), '2025-Q3' (quarterly) or '2025-M08' (monthly). */
  periodKey: string;
  value: number;
  /** When the measurement refers to another period than the one it is reported in (e.g. a läsår). */
  referencePeriodKey?: string | null;
  comment?: string | null;
  source?: IndicatorSource;
}

export interface ValueBatchRequest {
  rows: ValueRow[];
}

/** written = created + updated; unchanged rows (same value, reference, comment, source) are not rewritten. */
export interface ValueBatchResult {
  written: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface IndicatorValueDto {
  id: string;
  indicatorId: string;
  orgNodeId: string;
  periodKey: string;
  value: number;
  referencePeriodKey: string | null;
  source: IndicatorSource;
  comment: string | null;
  enteredBy: string | null;
  enteredAt: string;
  version: number;
}

/** POST /values/import (multipart: file, indicatorId) — all rows or none; errors keyed `rad 5.värde`. */
export interface ValueImportResult extends ValueBatchResult {
  /** Rows with a value that were read. */
  rows: number;
}
