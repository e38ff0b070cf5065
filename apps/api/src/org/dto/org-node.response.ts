import { ApiProperty } from '@nestjs/swagger';
import { ORG_NODE_KINDS, type OrgNodeDto, type OrgNodeKind, type OrgNodePage, type OrgTreeNode } from '@resultatkedjan/contracts';

export class OrgNodeResponse implements OrgNodeDto {
  @ApiProperty({ example: '0b8f1c2e-6d7a-4c1b-9e2f-3a4b5c6d7e8f' }) id!: string;
  @ApiProperty({ example: 'uf.gr.norr' }) key!: string;
  @ApiProperty({ example: 'Norrskolan F–9' }) name!: string;
  @ApiProperty({ enum: ORG_NODE_KINDS, example: 'enhet' }) kind!: OrgNodeKind;
  @ApiProperty({ type: String, nullable: true, example: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' }) parentId!: string | null;
  @ApiProperty({ example: '1900-01-01' }) validFrom!: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Sista dagen (inklusive); null = pågående' }) validTo!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: null, description: 'Bara bolag: kommunens ägarandel i procent' }) ownershipShare!: number | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Bara bolag: det kommunala ändamålet' }) purpose!: string | null;
  @ApiProperty({ example: 0 }) sortOrder!: number;
}

export class OrgTreeNodeResponse extends OrgNodeResponse implements OrgTreeNode {
  @ApiProperty({ type: () => [OrgTreeNodeResponse] }) children!: OrgTreeNodeResponse[];
}

export class OrgNodePageResponse implements OrgNodePage {
  @ApiProperty({ type: [OrgNodeResponse] }) items!: OrgNodeResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 23 }) total!: number;
}
