import { ApiProperty } from '@nestjs/swagger';
import type { CloseOrgNodeRequest } from '@resultatkedjan/contracts';
import { IsIsoDate } from '../../common/validation/fields.js';

export class CloseOrgNodeDto implements CloseOrgNodeRequest {
  @ApiProperty({ example: '2026-06-30', description: 'Sista dagen enheten finns (inklusive)' })
  @IsIsoDate()
  validTo!: string;
}
