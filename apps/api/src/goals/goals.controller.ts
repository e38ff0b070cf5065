import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation,
  ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, type GoalDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { idParam } from '../common/validation/fields.js';
import { CreateGoalDto } from './dto/create-goal.dto.js';
import { RecordGoalDecisionDto } from './dto/goal-decision.dto.js';
import { GoalQueryDto } from './dto/goal-query.dto.js';
import { GoalPageResponse, GoalResponse } from './dto/goal.response.js';
import { UpdateGoalDto } from './dto/update-goal.dto.js';
import { GoalsService } from './goals.service.js';

const GOAL = 'Målet';

@ApiTags('goals')
@Controller('goals')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get()
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Mål, filtrerade på nivå, ägare (med eller utan underenheter), år, status, överordnat mål och GEH' })
  @ApiOkResponse({ type: GoalPageResponse })
  list(@CurrentAuth() auth: AuthContext, @Query() query: GoalQueryDto): Promise<Page<GoalDto>> {
    return this.goals.list(auth, query);
  }

  @Get(':id')
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Ett mål, med de ytterligare mål det också tjänar' })
  @ApiOkResponse({ type: GoalResponse })
  @ApiNotFoundResponse({ description: 'Finns inte i den egna kommunen' })
  get(@CurrentAuth() auth: AuthContext, @Param('id', idParam(GOAL)) id: string): Promise<GoalDto> {
    return this.goals.get(auth, id);
  }

  @Post()
  @RequirePermission(Action.goalWrite)
  @ApiOperation({ summary: 'Skapa ett mål (status förslag) för en ägare i den egna behörigheten' })
  @ApiCreatedResponse({ type: GoalResponse })
  @ApiConflictResponse({ description: 'Nyckeln används redan' })
  @ApiUnprocessableEntityResponse({ description: 'Fel nivå för ägaren eller det överordnade målet, ogiltiga år m.m.' })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateGoalDto): Promise<GoalDto> {
    return this.goals.create(auth, body);
  }

  @Patch(':id')
  @RequirePermission(Action.goalWrite)
  @ApiOperation({ summary: 'Ändra ett mål; kräver den version du läste. Beslutade mål får bara ändras av den som får registrera beslut' })
  @ApiOkResponse({ type: GoalResponse })
  @ApiConflictResponse({ description: 'Målet har ändrats av någon annan (hämta igen), eller nyckeln används redan' })
  @ApiForbiddenResponse({ description: 'Ägaren ligger utanför din behörighet, eller målet är beslutat' })
  update(@CurrentAuth() auth: AuthContext, @Param('id', idParam(GOAL)) id: string, @Body() body: UpdateGoalDto): Promise<GoalDto> {
    return this.goals.update(auth, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Action.goalWrite)
  @ApiOperation({ summary: 'Ta bort ett mål som saknar delmål och resultatkedja' })
  @ApiNoContentResponse({ description: 'Borttaget' })
  @ApiConflictResponse({ description: 'Målet har delmål eller en resultatkedja' })
  remove(@CurrentAuth() auth: AuthContext, @Param('id', idParam(GOAL)) id: string): Promise<void> {
    return this.goals.remove(auth, id);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @RequirePermission(Action.goalDecide)
  @ApiOperation({ summary: 'Registrera beslut: status beslutad med organ, datum, paragraf och diarienummer' })
  @ApiOkResponse({ type: GoalResponse })
  decide(@CurrentAuth() auth: AuthContext, @Param('id', idParam(GOAL)) id: string, @Body() body: RecordGoalDecisionDto): Promise<GoalDto> {
    return this.goals.decide(auth, id, body);
  }
}
