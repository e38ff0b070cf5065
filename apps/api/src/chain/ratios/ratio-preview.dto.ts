import { ApiProperty, PickType } from '@nestjs/swagger';
import type { RatioPreviewDto, RatioPreviewRequest, RatioResultDto } from '@resultatkedjan/contracts';
import { YearField } from '../../common/validation/fields.js';
import { CreateRatioDefinitionBody } from './ratio-definition.dto.js';

/** A ratio as it would be declared (without name and order), and the year to compute it for. */
export class RatioPreviewBody
  extends PickType(CreateRatioDefinitionBody, ['kind', 'numeratorIndicatorId', 'denominatorIndicatorId', 'scale', 'unit'] as const)
  implements RatioPreviewRequest {
  @ApiProperty({ example: 2026, description: 'Årets fyra kvartal och året beräknas' })
  @YearField()
  year!: number;
}

export class RatioPreviewResponse implements RatioPreviewDto {
  @ApiProperty({ type: Object, example: {}, description: 'Det som en sparning skulle avvisa (422), nycklat per fält' })
  fields!: Record<string, string[]>;

  @ApiProperty({ type: Object, isArray: true }) results!: RatioResultDto[];
}
