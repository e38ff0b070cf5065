import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action, type AgardirektivDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { AgardirektivService } from './agardirektiv.service.js';
import {
  AgardirektivPageResponse, AgardirektivQueryDto, AgardirektivResponse, CreateAgardirektivDto, UpdateAgardirektivDto,
} from './dto/agardirektiv.dto.js';
import { idParam } from '../common/validation/fields.js';

const DIRECTIVE = 'Ägardirektivet';

@ApiTags('agardirektiv')
@Controller('agardirektiv')
export class AgardirektivController {
  constructor(private readonly directives: AgardirektivService) {}

  @Get()
  @RequirePermission(Action.orgRead)
  @ApiOperation({ summary: 'Ägardirektiv, filtrerat på bolag och år' })
  @ApiOkResponse({ type: AgardirektivPageResponse })
  list(@CurrentAuth() auth: AuthContext, @Query() query: AgardirektivQueryDto): Promise<Page<AgardirektivDto>> {
    return this.directives.list(auth, query);
  }

  @Get(':id')
  @RequirePermission(Action.orgRead)
  @ApiOperation({ summary: 'Ett ägardirektiv med de KF-mål det tjänar' })
  @ApiOkResponse({ type: AgardirektivResponse })
  @ApiNotFoundResponse({ description: 'Finns inte i den egna kommunen' })
  get(@CurrentAuth() auth: AuthContext, @Param('id', idParam(DIRECTIVE)) id: string): Promise<AgardirektivDto> {
    return this.directives.get(auth, id);
  }

  @Post()
  @RequirePermission(Action.orgWrite)
  @ApiOperation({ summary: 'Skapa ett ägardirektiv för ett bolag; varnar (R-28) om det inte tjänar något KF-mål' })
  @ApiCreatedResponse({ type: AgardirektivResponse })
  @ApiUnprocessableEntityResponse({ description: 'Noden är inget bolag, eller målen är inte vision/inriktningsmål/finansiella mål' })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateAgardirektivDto): Promise<AgardirektivDto> {
    return this.directives.create(auth, body);
  }

  @Patch(':id')
  @RequirePermission(Action.orgWrite)
  @ApiOperation({ summary: 'Ändra ett ägardirektiv; servesGoalIds ersätter hela listan' })
  @ApiOkResponse({ type: AgardirektivResponse })
  update(@CurrentAuth() auth: AuthContext, @Param('id', idParam(DIRECTIVE)) id: string, @Body() body: UpdateAgardirektivDto): Promise<AgardirektivDto> {
    return this.directives.update(auth, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Action.orgWrite)
  @ApiOperation({ summary: 'Ta bort ett ägardirektiv' })
  @ApiNoContentResponse({ description: 'Borttaget' })
  remove(@CurrentAuth() auth: AuthContext, @Param('id', idParam(DIRECTIVE)) id: string): Promise<void> {
    return this.directives.remove(auth, id);
  }
}
