import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, type UppdragDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { idParam } from '../common/validation/fields.js';
import { CreateUppdragDto, UpdateUppdragDto, UppdragPageResponse, UppdragQueryDto, UppdragResponse } from './dto/uppdrag.dto.js';
import { UppdragService } from './uppdrag.service.js';

/** Uppdrag from KF, KS or a nämnd, beside the goals. */
@ApiTags('uppdrag')
@Controller('uppdrag')
export class UppdragController {
  constructor(private readonly uppdrag: UppdragService) {}

  @Get()
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Uppdrag, filtrerade på år och ansvarig (med underenheter), sorterade på slutdatum' })
  @ApiOkResponse({ type: UppdragPageResponse })
  list(@CurrentAuth() auth: AuthContext, @Query() query: UppdragQueryDto): Promise<Page<UppdragDto>> {
    return this.uppdrag.list(auth, query);
  }

  @Post()
  @RequirePermission(Action.goalWrite)
  @ApiOperation({ summary: 'Registrera ett uppdrag från KF, KS eller en nämnd (kräver målbehörighet för det givande organet)' })
  @ApiCreatedResponse({ type: UppdragResponse })
  @ApiUnprocessableEntityResponse({ description: 'Organet ger inte uppdrag, enheten ligger utanför nämnden, målet finns inte' })
  @ApiForbiddenResponse({ description: 'Det givande organet ligger utanför din behörighet' })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateUppdragDto): Promise<UppdragDto> {
    return this.uppdrag.create(auth, body);
  }

  @Patch(':id')
  @RequirePermission(Action.goalWrite)
  @ApiOperation({ summary: 'Ändra ett uppdrag (status, slutdatum, ansvarig m.m.); kräver versionen du läste' })
  @ApiOkResponse({ type: UppdragResponse })
  @ApiConflictResponse({ description: 'Uppdraget har ändrats av någon annan' })
  update(@CurrentAuth() auth: AuthContext, @Param('id', idParam('Uppdraget')) id: string, @Body() body: UpdateUppdragDto): Promise<UppdragDto> {
    return this.uppdrag.update(auth, id, body);
  }
}
