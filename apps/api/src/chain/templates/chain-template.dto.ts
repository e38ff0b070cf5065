import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CHAIN_TEMPLATE_IDS, type ApplyChainTemplateRequest, type ChainTemplateId } from '@resultatkedjan/contracts';
import { sv } from '../../common/validation/swedish-message.js';

export class ApplyChainTemplateBody implements ApplyChainTemplateRequest {
  @ApiProperty({ enum: CHAIN_TEMPLATE_IDS, example: 'grundskola' })
  @IsIn(CHAIN_TEMPLATE_IDS, sv(`Mallen måste vara en av ${CHAIN_TEMPLATE_IDS.join(', ')}.`))
  templateId!: ChainTemplateId;
}

export class ChainTemplateSummaryResponse {
  @ApiProperty({ enum: CHAIN_TEMPLATE_IDS, example: 'grundskola' }) id!: ChainTemplateId;
  @ApiProperty({ example: 'Grundskola' }) sector!: string;
  @ApiProperty({ example: 'Eleverna är behöriga till gymnasiet' }) goalExample!: string;
  @ApiProperty({ description: 'Kedjelänkar, resultatindikatorer först (R-8), och nyckeltalspar', type: Object }) elements!: object[];
  @ApiProperty({ type: Object, isArray: true }) indicators!: object[];
  @ApiProperty({ type: Object, isArray: true }) ratios!: object[];
}

export class AppliedChainTemplateResponse {
  @ApiProperty({ enum: CHAIN_TEMPLATE_IDS }) templateId!: ChainTemplateId;
  @ApiProperty({ type: Object, isArray: true }) elements!: object[];
  @ApiProperty({ type: Object, isArray: true }) indicators!: object[];
  @ApiProperty({ type: Object, isArray: true }) ratios!: object[];
  @ApiProperty({ type: String, isArray: true, example: [] }) warnings!: string[];
}
