import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation,
  ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, type ChainElementDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { CurrentAuth } from '../../common/access/current-auth.decorator.js';
import { RequirePermission } from '../../common/access/require-permission.decorator.js';
import { idParam } from '../../common/validation/fields.js';
import { ChainElementResponse, CreateChainElementBody, UpdateChainElementBody } from './chain-element.dto.js';
import { ChainElementsService } from './chain-elements.service.js';

@ApiTags('kedja')
@Controller()
export class ChainElementsController {
  constructor(private readonly elements: ChainElementsService) {}

  @Get('goals/:goalId/chain-elements')
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Målets kedjelänkar i kedjans ordning (behov, resurs, aktivitet, prestation, resultat)' })
  @ApiOkResponse({ type: [ChainElementResponse] })
  @ApiNotFoundResponse({ description: 'Målet finns inte' })
  list(@CurrentAuth() auth: AuthContext, @Param('goalId', idParam('Målet')) goalId: string): Promise<ChainElementDto[]> {
    return this.elements.list(auth, goalId);
  }

  @Post('goals/:goalId/chain-elements')
  @RequirePermission(Action.chainWrite)
  @ApiOperation({ summary: 'Lägg till en kedjelänk på målet (kräver kedjebehörighet för målets ägare)' })
  @ApiCreatedResponse({ type: ChainElementResponse })
  @ApiUnprocessableEntityResponse({ description: 'Ogiltiga uppgifter, nycklade per fält' })
  create(
    @CurrentAuth() auth: AuthContext,
    @Param('goalId', idParam('Målet')) goalId: string,
    @Body() body: CreateChainElementBody,
  ): Promise<ChainElementDto> {
    return this.elements.create(auth, goalId, body);
  }

  @Patch('chain-elements/:id')
  @RequirePermission(Action.chainWrite)
  @ApiOperation({ summary: 'Ändra en kedjelänk' })
  @ApiOkResponse({ type: ChainElementResponse })
  @ApiNotFoundResponse({ description: 'Kedjelänken finns inte' })
  update(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam('Kedjelänken')) id: string,
    @Body() body: UpdateChainElementBody,
  ): Promise<ChainElementDto> {
    return this.elements.update(auth, id, body);
  }

  @Delete('chain-elements/:id')
  @HttpCode(204)
  @RequirePermission(Action.chainWrite)
  @ApiOperation({ summary: 'Ta bort en kedjelänk med dess indikatorer (inte om värden finns)' })
  @ApiNoContentResponse({ description: 'Borttagen' })
  @ApiConflictResponse({ description: 'Indikatorerna har värden eller används av andra indikatorer' })
  remove(@CurrentAuth() auth: AuthContext, @Param('id', idParam('Kedjelänken')) id: string): Promise<void> {
    return this.elements.remove(auth, id);
  }
}
