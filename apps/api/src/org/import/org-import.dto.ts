import { ApiProperty } from '@nestjs/swagger';
import { OrgNodeResponse } from '../dto/org-node.response.js';

/** For the OpenAPI document: the multipart body of an org-tree import. */
export class OrgImportUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'XLSX eller CSV, högst 5 MB och 2 000 rader' }) file!: unknown;
}

export class OrgImportResultDto {
  @ApiProperty({ type: [OrgNodeResponse], description: 'De nya enheterna, överordnade först' }) created!: OrgNodeResponse[];
}
