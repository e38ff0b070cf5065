import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, CHAIN_TEMPLATES, type AppliedChainTemplateDto, type ChainTemplate } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { CurrentAuth } from '../../common/access/current-auth.decorator.js';
import { RequirePermission } from '../../common/access/require-permission.decorator.js';
import { idParam } from '../../common/validation/fields.js';
import { AppliedChainTemplateResponse, ApplyChainTemplateBody, ChainTemplateSummaryResponse } from './chain-template.dto.js';
import { ChainTemplatesService } from './chain-templates.service.js';

@ApiTags('kedja')
@Controller()
export class ChainTemplatesController {
  constructor(private readonly templates: ChainTemplatesService) {}

  @Get('chain-templates')
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Kedjemallar per sektor (DOMAIN.md 4.2): länkar, resultatindikatorer först och nyckeltalspar' })
  @ApiOkResponse({ type: [ChainTemplateSummaryResponse] })
  list(): ChainTemplate[] {
    return [...CHAIN_TEMPLATES];
  }

  @Post('goals/:goalId/chain-template')
  @RequirePermission(Action.chainWrite)
  @ApiOperation({
    summary: 'Starta målets kedja från en mall: skapar länkar, indikatorer och nyckeltal i en transaktion (nycklar <målnyckel>.<ref>), ' +
      'som controllern sedan justerar',
  })
  @ApiCreatedResponse({ type: AppliedChainTemplateResponse })
  @ApiNotFoundResponse({ description: 'Målet finns inte' })
  @ApiConflictResponse({ description: 'Mallens indikatornycklar används redan i kommunen' })
  @ApiUnprocessableEntityResponse({ description: 'Okänd mall' })
  apply(
    @CurrentAuth() auth: AuthContext,
    @Param('goalId', idParam('Målet')) goalId: string,
    @Body() body: ApplyChainTemplateBody,
  ): Promise<AppliedChainTemplateDto> {
    return this.templates.apply(auth, goalId, body.templateId);
  }
}
