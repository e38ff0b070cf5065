import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation,
  ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, type IndicatorDetailDto, type IndicatorDto, type IndicatorTargetDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../../auth/auth-context.js';
import { CurrentAuth } from '../../common/access/current-auth.decorator.js';
import { RequirePermission } from '../../common/access/require-permission.decorator.js';
import type { Page } from '../../common/pagination/page-query.dto.js';
import { idParam } from '../../common/validation/fields.js';
import { ReplaceTargetsBody } from '../targets/target-body.dto.js';
import { IndicatorTargetsService } from '../targets/indicator-targets.service.js';
import { CreateIndicatorBody, UpdateIndicatorBody } from './indicator-body.dto.js';
import { IndicatorQueryDto } from './indicator-query.dto.js';
import { IndicatorDetailResponse, IndicatorPageResponse, TargetResponse } from './indicator-response.dto.js';
import { IndicatorsService } from './indicators.service.js';

const ID = idParam('Indikatorn');

@ApiTags('indikatorer')
@Controller('indicators')
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly targets: IndicatorTargetsService,
  ) {}

  @Get()
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Indikatorer, filtrerade på mål eller kedjelänk (sidindelat)' })
  @ApiOkResponse({ type: IndicatorPageResponse })
  list(@CurrentAuth() auth: AuthContext, @Query() query: IndicatorQueryDto): Promise<Page<IndicatorDto>> {
    return this.indicators.list(auth, query);
  }

  @Get(':id')
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'En indikator med målvärden och varningar' })
  @ApiOkResponse({ type: IndicatorDetailResponse })
  @ApiNotFoundResponse({ description: 'Indikatorn finns inte' })
  get(@CurrentAuth() auth: AuthContext, @Param('id', ID) id: string): Promise<IndicatorDetailDto> {
    return this.indicators.get(auth, id);
  }

  @Post()
  @RequirePermission(Action.chainWrite)
  @ApiOperation({ summary: 'Skapa en indikator på en kedjelänk; varnar (blockerar inte) över kommunens tak (R-1)' })
  @ApiCreatedResponse({ type: IndicatorDetailResponse })
  @ApiUnprocessableEntityResponse({ description: 'Ogiltiga uppgifter, nycklade per fält' })
  @ApiConflictResponse({ description: 'Nyckeln används redan i kommunen' })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateIndicatorBody): Promise<IndicatorDetailDto> {
    return this.indicators.create(auth, body);
  }

  @Patch(':id')
  @RequirePermission(Action.chainWrite)
  @ApiOperation({ summary: 'Ändra en indikator' })
  @ApiOkResponse({ type: IndicatorDetailResponse })
  @ApiConflictResponse({ description: 'Nyckeln används redan, eller periodiciteten ändras fast värden finns' })
  update(@CurrentAuth() auth: AuthContext, @Param('id', ID) id: string, @Body() body: UpdateIndicatorBody): Promise<IndicatorDetailDto> {
    return this.indicators.update(auth, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Action.chainWrite)
  @ApiOperation({ summary: 'Ta bort en indikator (inte om värden finns eller den används av andra)' })
  @ApiNoContentResponse({ description: 'Borttagen' })
  @ApiConflictResponse({ description: 'Värden finns, eller indikatorn används av en annan indikator eller ett nyckeltal' })
  remove(@CurrentAuth() auth: AuthContext, @Param('id', ID) id: string): Promise<void> {
    return this.indicators.remove(auth, id);
  }

  @Put(':id/targets')
  @RequirePermission(Action.chainWrite)
  @ApiOperation({ summary: 'Ersätt indikatorns målvärden (hela mängden, en transaktion)' })
  @ApiOkResponse({ type: [TargetResponse] })
  @ApiUnprocessableEntityResponse({ description: 'Ogiltig period, för fin period eller dubblett, nycklat targets.<rad>.periodKey' })
  replaceTargets(
    @CurrentAuth() auth: AuthContext,
    @Param('id', ID) id: string,
    @Body() body: ReplaceTargetsBody,
  ): Promise<IndicatorTargetDto[]> {
    return this.targets.replace(auth, id, body);
  }
}
