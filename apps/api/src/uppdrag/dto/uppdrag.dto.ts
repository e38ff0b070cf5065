import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  UPPDRAG_STATUSES, type CreateUppdragRequest, type UpdateUppdragRequest, type UppdragDto, type UppdragPage, type UppdragStatus,
} from '@resultatkedjan/contracts';
import { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { IntField, IsIsoDate, OptionalNotNull, QueryYear, YearField } from '../../common/validation/fields.js';

const ID = '1f2e3d4c-5b6a-4987-8a6b-5c4d3e2f1a0b';

export class CreateUppdragDto implements CreateUppdragRequest {
  @ApiProperty({ example: 'Utred gemensam skolskjuts med grannkommunerna' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ example: '' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiProperty({ example: ID, description: 'Organet som gav uppdraget: KF, KS eller en nämnd' })
  @IsUUID()
  issuerNodeId!: string;

  @ApiProperty({ example: ID, description: 'Den som ska utföra uppdraget, under det givande organet' })
  @IsUUID()
  ownerNodeId!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: ID, description: 'Målet uppdraget tjänar' })
  @IsOptional()
  @IsUUID()
  goalId?: string | null;

  @ApiProperty({ example: 2026, description: 'Budgetåret uppdraget gavs för' })
  @YearField()
  year!: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-10-31' })
  @IsOptional()
  @IsIsoDate()
  deadline?: string | null;

  @ApiPropertyOptional({ enum: UPPDRAG_STATUSES, example: 'ej_paborjat' })
  @OptionalNotNull()
  @IsIn(UPPDRAG_STATUSES)
  status?: UppdragStatus;
}

export class UpdateUppdragDto implements UpdateUppdragRequest {
  @ApiProperty({ example: 1, description: 'Versionen du läste; stämmer den inte svarar API:t 409' })
  @IntField({ min: 1 })
  version!: number;

  @ApiPropertyOptional({ example: 'Utred gemensam skolskjuts med grannkommunerna' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ example: '' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @ApiPropertyOptional({ example: ID })
  @OptionalNotNull()
  @IsUUID()
  ownerNodeId?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: ID })
  @IsOptional()
  @IsUUID()
  goalId?: string | null;

  @ApiPropertyOptional({ example: 2026 })
  @OptionalNotNull()
  @YearField()
  year?: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-10-31' })
  @IsOptional()
  @IsIsoDate()
  deadline?: string | null;

  @ApiPropertyOptional({ enum: UPPDRAG_STATUSES, example: 'pagar' })
  @OptionalNotNull()
  @IsIn(UPPDRAG_STATUSES)
  status?: UppdragStatus;
}

export class UppdragQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @QueryYear()
  year?: number;

  @ApiPropertyOptional({ example: ID, description: 'Uppdrag till noden eller enheter under den' })
  @IsOptional()
  @IsUUID()
  ownerNodeId?: string;
}

export class UppdragResponse implements UppdragDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Utred gemensam skolskjuts med grannkommunerna' }) title!: string;
  @ApiProperty({ example: '' }) description!: string;
  @ApiProperty({ format: 'uuid' }) issuerNodeId!: string;
  @ApiProperty({ example: 'Kommunfullmäktige' }) issuerName!: string;
  @ApiProperty({ format: 'uuid' }) ownerNodeId!: string;
  @ApiProperty({ example: 'Barn- och utbildningsnämnden' }) ownerName!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) goalId!: string | null;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: String, nullable: true, example: '2026-10-31' }) deadline!: string | null;
  @ApiProperty({ enum: UPPDRAG_STATUSES, example: 'pagar' }) status!: UppdragStatus;
  @ApiProperty({ example: 1 }) version!: number;
}

export class UppdragPageResponse implements UppdragPage {
  @ApiProperty({ type: [UppdragResponse] }) items!: UppdragDto[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 3 }) total!: number;
}
