import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action, type MandatperiodDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { PageQueryDto, type Page } from '../common/pagination/page-query.dto.js';
import { idParam } from '../common/validation/fields.js';
import { CreateMandatperiodDto, MandatperiodPageResponse, MandatperiodResponse, UpdateMandatperiodDto } from './dto/mandatperiod.dto.js';
import { MandatperioderService } from './mandatperioder.service.js';

const TERM = 'Mandatperioden';

@ApiTags('mandatperioder')
@Controller('mandatperioder')
export class MandatperioderController {
  constructor(private readonly terms: MandatperioderService) {}

  @Get()
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Mandatperioder, i tidsordning' })
  @ApiOkResponse({ type: MandatperiodPageResponse })
  list(@CurrentAuth() auth: AuthContext, @Query() query: PageQueryDto): Promise<Page<MandatperiodDto>> {
    return this.terms.list(auth, query);
  }

  @Get(':id')
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'En mandatperiod' })
  @ApiOkResponse({ type: MandatperiodResponse })
  @ApiNotFoundResponse({ description: 'Finns inte i den egna kommunen' })
  get(@CurrentAuth() auth: AuthContext, @Param('id', idParam(TERM)) id: string): Promise<MandatperiodDto> {
    return this.terms.get(auth, id);
  }

  @Post()
  @RequirePermission(Action.orgWrite)
  @ApiOperation({ summary: 'Skapa en mandatperiod (får inte överlappa en annan)' })
  @ApiCreatedResponse({ type: MandatperiodResponse })
  @ApiUnprocessableEntityResponse({ description: 'Slutar inte efter start, eller överlappar en annan mandatperiod' })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateMandatperiodDto): Promise<MandatperiodDto> {
    return this.terms.create(auth, body);
  }

  @Patch(':id')
  @RequirePermission(Action.orgWrite)
  @ApiOperation({ summary: 'Ändra en mandatperiod' })
  @ApiOkResponse({ type: MandatperiodResponse })
  update(@CurrentAuth() auth: AuthContext, @Param('id', idParam(TERM)) id: string, @Body() body: UpdateMandatperiodDto): Promise<MandatperiodDto> {
    return this.terms.update(auth, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Action.orgWrite)
  @ApiOperation({ summary: 'Ta bort en mandatperiod utan kopplade mål' })
  @ApiNoContentResponse({ description: 'Borttagen' })
  @ApiConflictResponse({ description: 'Mål är kopplade till mandatperioden' })
  remove(@CurrentAuth() auth: AuthContext, @Param('id', idParam(TERM)) id: string): Promise<void> {
    return this.terms.remove(auth, id);
  }
}
