import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type GrunduppdragDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import {
  CreateGrunduppdragDto, GrunduppdragPageResponse, GrunduppdragQueryDto, GrunduppdragResponse, UpdateGrunduppdragDto,
} from './dto/grunduppdrag.dto.js';
import { GrunduppdragService } from './grunduppdrag.service.js';
import { idParam } from '../common/validation/fields.js';

const MISSION = 'Grunduppdraget';

@ApiTags('grunduppdrag')
@Controller('grunduppdrag')
export class GrunduppdragController {
  constructor(private readonly missions: GrunduppdragService) {}

  @Get()
  @RequirePermission(Action.orgRead)
  @ApiOperation({ summary: 'Grunduppdrag per organisationsenhet och år (R-7)' })
  @ApiOkResponse({ type: GrunduppdragPageResponse })
  list(@CurrentAuth() auth: AuthContext, @Query() query: GrunduppdragQueryDto): Promise<Page<GrunduppdragDto>> {
    return this.missions.list(auth, query);
  }

  @Get(':id')
  @RequirePermission(Action.orgRead)
  @ApiOperation({ summary: 'Ett grunduppdrag' })
  @ApiOkResponse({ type: GrunduppdragResponse })
  @ApiNotFoundResponse({ description: 'Finns inte i den egna kommunen' })
  get(@CurrentAuth() auth: AuthContext, @Param('id', idParam(MISSION)) id: string): Promise<GrunduppdragDto> {
    return this.missions.get(auth, id);
  }

  @Post()
  @RequirePermission(Action.goalWrite)
  @ApiOperation({ summary: 'Skapa ett grunduppdrag för en enhet i den egna behörigheten' })
  @ApiCreatedResponse({ type: GrunduppdragResponse })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateGrunduppdragDto): Promise<GrunduppdragDto> {
    return this.missions.create(auth, body);
  }

  @Patch(':id')
  @RequirePermission(Action.goalWrite)
  @ApiOperation({ summary: 'Ändra ett grunduppdrag' })
  @ApiOkResponse({ type: GrunduppdragResponse })
  update(@CurrentAuth() auth: AuthContext, @Param('id', idParam(MISSION)) id: string, @Body() body: UpdateGrunduppdragDto): Promise<GrunduppdragDto> {
    return this.missions.update(auth, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Action.goalWrite)
  @ApiOperation({ summary: 'Ta bort ett grunduppdrag' })
  @ApiNoContentResponse({ description: 'Borttaget' })
  remove(@CurrentAuth() auth: AuthContext, @Param('id', idParam(MISSION)) id: string): Promise<void> {
    return this.missions.remove(auth, id);
  }
}
