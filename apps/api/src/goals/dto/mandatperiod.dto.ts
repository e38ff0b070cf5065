import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { CreateMandatperiodRequest, MandatperiodDto, MandatperiodPage, UpdateMandatperiodRequest } from '@resultatkedjan/contracts';
import { IsIsoDate, OptionalNotNull } from '../../common/validation/fields.js';

export class CreateMandatperiodDto implements CreateMandatperiodRequest {
  @ApiProperty({ example: '2022–2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  label!: string;

  @ApiProperty({ example: '2022-10-15', description: 'Första dagen' })
  @IsIsoDate()
  startsOn!: string;

  @ApiProperty({ example: '2026-10-14', description: 'Sista dagen (inklusive)' })
  @IsIsoDate()
  endsOn!: string;
}

export class UpdateMandatperiodDto implements UpdateMandatperiodRequest {
  @ApiPropertyOptional({ example: '2022–2026' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  label?: string;

  @ApiPropertyOptional({ example: '2022-10-15' })
  @OptionalNotNull()
  @IsIsoDate()
  startsOn?: string;

  @ApiPropertyOptional({ example: '2026-10-14' })
  @OptionalNotNull()
  @IsIsoDate()
  endsOn?: string;
}

export class MandatperiodResponse implements MandatperiodDto {
  @ApiProperty({ example: '1f2e3d4c-5b6a-4987-8a6b-5c4d3e2f1a0b' }) id!: string;
  @ApiProperty({ example: '2022–2026' }) label!: string;
  @ApiProperty({ example: '2022-10-15' }) startsOn!: string;
  @ApiProperty({ example: '2026-10-14' }) endsOn!: string;
}

export class MandatperiodPageResponse implements MandatperiodPage {
  @ApiProperty({ type: [MandatperiodResponse] }) items!: MandatperiodResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 2 }) total!: number;
}
