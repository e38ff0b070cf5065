// Uppdrag: assignments from KF, KS or a nämnd, a light object beside goals.
import type { UppdragStatus } from './enums.js';

export interface UppdragDto {
  id: string;
  title: string;
  description: string;
  /** The body that gave the assignment (KF, KS or a nämnd). */
  issuerNodeId: string;
  issuerName: string;
  /** The org node responsible for carrying it out. */
  ownerNodeId: string;
  ownerName: string;
  /** The goal it serves, if any. */
  goalId: string | null;
  /** The budget year it was given for. */
  year: number;
  deadline: string | null;
  status: UppdragStatus;
  version: number;
}

export interface UppdragPage {
  items: UppdragDto[];
  page: number;
  pageSize: number;
  total: number;
}

/** POST /uppdrag */
export interface CreateUppdragRequest {
  title: string;
  description?: string;
  issuerNodeId: string;
  ownerNodeId: string;
  goalId?: string | null;
  year: number;
  deadline?: string | null;
  status?: UppdragStatus;
}

/** PATCH /uppdrag/:id — `version` from the read. */
export interface UpdateUppdragRequest extends Partial<Omit<CreateUppdragRequest, 'issuerNodeId'>> {
  version: number;
}
