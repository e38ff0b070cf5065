import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, type RatioDefinitionDto, type RatioPreviewDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { CurrentAuth } from '../../common/access/current-auth.decorator.js';
import { RequirePermission } from '../../common/access/require-permission.decorator.js';
import { idParam } from '../../common/validation/fields.js';
import { CreateRatioDefinitionBody, RatioDefinitionResponse, UpdateRatioDefinitionBody } from './ratio-definition.dto.js';
import { RatioDefinitionsService } from './ratio-definitions.service.js';
import { GoalChainService } from '../view/goal-chain.service.js';
import { RatioPreviewBody, RatioPreviewResponse } from './ratio-preview.dto.js';

const PAIR_ERROR = 'Paret passar inte typen, t.ex. effektivitet med en andel (%) i täljaren';

@ApiTags('nyckeltal')
@Controller()
export class RatioDefinitionsController {
  constructor(
    private readonly ratios: RatioDefinitionsService,
    private readonly chain: GoalChainService,
  ) {}

  @Get('goals/:goalId/ratios')
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Nyckeltal som deklarerats på målets kedja' })
  @ApiOkResponse({ type: [RatioDefinitionResponse] })
  @ApiNotFoundResponse({ description: 'Målet finns inte' })
  list(@CurrentAuth() auth: AuthContext, @Param('goalId', idParam('Målet')) goalId: string): Promise<RatioDefinitionDto[]> {
    return this.ratios.list(auth, goalId);
  }

  @Post('goals/:goalId/ratios')
  @RequirePermission(Action.chainWrite)
  @ApiOperation({
    summary: 'Deklarera ett nyckeltal: produktivitet = prestation/resurs, kostnad per prestation = kostnad/prestation, ' +
      'effektivitet = antal goda resultat/resurs, kostnad per resultat = kostnad/antal goda resultat, kvot = valfritt par',
  })
  @ApiCreatedResponse({ type: RatioDefinitionResponse })
  @ApiUnprocessableEntityResponse({ description: PAIR_ERROR })
  create(
    @CurrentAuth() auth: AuthContext,
    @Param('goalId', idParam('Målet')) goalId: string,
    @Body() body: CreateRatioDefinitionBody,
  ): Promise<RatioDefinitionDto> {
    return this.ratios.create(auth, goalId, body);
  }

  @Post('goals/:goalId/ratios/preview')
  @HttpCode(200)
  @RequirePermission(Action.chainWrite)
  @ApiOperation({
    summary: 'Förhandsvisa ett nyckeltal innan det sparas: täljare, nämnare, enheter och värde på aktuella data vid målets ägare ' +
      'för årets kvartal och året, samt det som en sparning skulle avvisa',
  })
  @ApiOkResponse({ type: RatioPreviewResponse })
  @ApiNotFoundResponse({ description: 'Målet finns inte' })
  preview(
    @CurrentAuth() auth: AuthContext,
    @Param('goalId', idParam('Målet')) goalId: string,
    @Body() body: RatioPreviewBody,
  ): Promise<RatioPreviewDto> {
    return this.chain.previewRatio(auth, goalId, body);
  }

  @Patch('ratios/:id')
  @RequirePermission(Action.chainWrite)
  @ApiOperation({ summary: 'Ändra ett nyckeltal (paret kontrolleras på nytt)' })
  @ApiOkResponse({ type: RatioDefinitionResponse })
  @ApiUnprocessableEntityResponse({ description: PAIR_ERROR })
  update(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam('Nyckeltalet')) id: string,
    @Body() body: UpdateRatioDefinitionBody,
  ): Promise<RatioDefinitionDto> {
    return this.ratios.update(auth, id, body);
  }

  @Delete('ratios/:id')
  @HttpCode(204)
  @RequirePermission(Action.chainWrite)
  @ApiOperation({ summary: 'Ta bort ett nyckeltal' })
  @ApiNoContentResponse({ description: 'Borttaget' })
  remove(@CurrentAuth() auth: AuthContext, @Param('id', idParam('Nyckeltalet')) id: string): Promise<void> {
    return this.ratios.remove(auth, id);
  }
}
