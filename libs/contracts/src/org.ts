// Shared API shapes for the org feature (request/response interfaces used by API and web):
// the kommun (tenant) itself, the org tree of the kommunkoncern, ägardirektiv and grunduppdrag.
import type { OrgNodeKind } from './enums.js';

// ---------------------------------------------------------------- kommun (tenant)

/** Måluppfyllelse thresholds on attainment a (DOMAIN 4.4): Uppfyllt from `fulfilledFrom`, Delvis from `partlyFrom`. */
export interface TargetScale {
  fulfilledFrom: number;
  partlyFrom: number;
}

/** What the kommun calls each måluppfyllelse level, by level number (3 best, 0 = not assessed). */
export interface LevelNames {
  3: string;
  2: string;
  1: string;
  0: string;
}

/** The kommun's effective settings (defaults filled in). */
export interface TenantSettingsDto {
  /** Soft ceiling on goals per nämnd/bolag (R-1: warn, never block). Default 5. */
  goalCeiling: number;
  /** Soft ceiling on indicators per goal. Default 6. */
  indicatorCeiling: number;
  targetScale: TargetScale;
  /** Default Uppfyllt / Delvis uppfyllt / Ej uppfyllt / Ej bedömt. */
  levelNames: LevelNames;
  /** Days before the units' deadline on which reminders go out (0 = on the day), descending. Default [7, 2]. */
  reminderDays: number[];
}

/** GET /tenant */
export interface TenantDto {
  id: string;
  name: string;
  kommunkod: string;
  settings: TenantSettingsDto;
}

/** PATCH /tenant/settings — only the given keys change; null puts a key back to its default. */
export interface UpdateTenantSettingsRequest {
  goalCeiling?: number | null;
  indicatorCeiling?: number | null;
  targetScale?: TargetScale | null;
  /** All four names at once; trimmed, 1–40 characters, no two alike (ignoring case). */
  levelNames?: LevelNames | null;
  /** Up to 5 distinct days, 0–60; applied to this year's and later calendars too. */
  reminderDays?: number[] | null;
}

/** GET /tenant/population (one row per year, ascending). */
export interface TenantPopulationDto {
  year: number;
  inhabitants: number;
  /** Named age groups, e.g. `{ "0-5": 3150, "80+": 2700 }`. */
  ageGroups: Record<string, number>;
}

/** PUT /tenant/population/:year */
export interface PutTenantPopulationRequest {
  inhabitants: number;
  ageGroups?: Record<string, number>;
}

// ---------------------------------------------------------------- org tree

export interface OrgNodeDto {
  id: string;
  key: string;
  name: string;
  kind: OrgNodeKind;
  parentId: string | null;
  /** First day the node exists (ISO date). */
  validFrom: string;
  /** Last day the node exists (ISO date, inclusive); null = open. */
  validTo: string | null;
  /** bolag only: the kommun's ownership share in percent. */
  ownershipShare: number | null;
  /** bolag only: the municipal purpose from the bolagsordning. */
  purpose: string | null;
  sortOrder: number;
}

/** GET /org-nodes/tree: nested, children sorted by sortOrder then name. */
export interface OrgTreeNode extends OrgNodeDto {
  children: OrgTreeNode[];
}

export interface OrgNodePage {
  items: OrgNodeDto[];
  page: number;
  pageSize: number;
  total: number;
}

/** POST /org-nodes */
export interface CreateOrgNodeRequest {
  key: string;
  name: string;
  kind: OrgNodeKind;
  /** Required for every kind but kf (the root). */
  parentId?: string;
  validFrom?: string;
  ownershipShare?: number | null;
  purpose?: string | null;
  sortOrder?: number;
}

/** PATCH /org-nodes/:id — rename, move (new parentId), reorder, bolag facts. */
export interface UpdateOrgNodeRequest {
  name?: string;
  parentId?: string;
  sortOrder?: number;
  ownershipShare?: number | null;
  purpose?: string | null;
}

/** POST /org-nodes/:id/close */
export interface CloseOrgNodeRequest {
  /** Last day the node exists (inclusive). */
  validTo: string;
}

// ---------------------------------------------------------------- ägardirektiv

export interface AgardirektivDto {
  id: string;
  bolagNodeId: string;
  title: string;
  body: string;
  adoptedOn: string | null;
  validFromYear: number;
  validToYear: number | null;
  /** KF goals (inriktningsmål, finansiella mål) or the vision this directive serves. */
  servesGoalIds: string[];
  /** Swedish warnings, e.g. when the directive serves no KF goal. Never blocking. */
  warnings: string[];
}

export interface AgardirektivPage {
  items: AgardirektivDto[];
  page: number;
  pageSize: number;
  total: number;
}

export interface CreateAgardirektivRequest {
  bolagNodeId: string;
  title: string;
  body: string;
  adoptedOn?: string | null;
  validFromYear: number;
  validToYear?: number | null;
  servesGoalIds?: string[];
}

/** PATCH /agardirektiv/:id — the bolag cannot change; servesGoalIds, when given, replaces the whole set. */
export type UpdateAgardirektivRequest = Partial<Omit<CreateAgardirektivRequest, 'bolagNodeId'>>;

// ---------------------------------------------------------------- grunduppdrag

export interface GrunduppdragDto {
  id: string;
  orgNodeId: string;
  text: string;
  validFromYear: number;
  validToYear: number | null;
}

export interface GrunduppdragPage {
  items: GrunduppdragDto[];
  page: number;
  pageSize: number;
  total: number;
}

export interface CreateGrunduppdragRequest {
  orgNodeId: string;
  text: string;
  validFromYear: number;
  validToYear?: number | null;
}

/** PATCH /grunduppdrag/:id — the org node cannot change. */
export type UpdateGrunduppdragRequest = Partial<Omit<CreateGrunduppdragRequest, 'orgNodeId'>>;
