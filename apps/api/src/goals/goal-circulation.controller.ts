import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, type GoalCommentDto, type GoalConsultationDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { idParam } from '../common/validation/fields.js';
import { CirculateGoalDto, CreateGoalCommentDto, GoalCommentResponse, GoalConsultationResponse } from './dto/goal-circulation.dto.js';
import { GoalCirculationService } from './goal-circulation.service.js';

const GOAL = 'Målet';

/** Remiss of draft goals to the units below the owner, and their comments. */
@ApiTags('goals')
@Controller('goals/:id')
export class GoalCirculationController {
  constructor(private readonly circulation: GoalCirculationService) {}

  @Get('consultation')
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Remissen av ett mål (om det skickats) och enheternas synpunkter, äldst först' })
  @ApiOkResponse({ type: GoalConsultationResponse })
  consultation(@CurrentAuth() auth: AuthContext, @Param('id', idParam(GOAL)) id: string): Promise<GoalConsultationDto> {
    return this.circulation.consultation(auth, id);
  }

  @Post('circulation')
  @HttpCode(200)
  @RequirePermission(Action.goalWrite)
  @ApiOperation({ summary: 'Skicka ett förslag på remiss till enheterna under ägaren (igen: nytt datum och meddelande)' })
  @ApiOkResponse({ type: GoalConsultationResponse })
  @ApiConflictResponse({ description: 'Målet är beslutat' })
  @ApiForbiddenResponse({ description: 'Du får inte ändra målet' })
  circulate(@CurrentAuth() auth: AuthContext, @Param('id', idParam(GOAL)) id: string, @Body() body: CirculateGoalDto): Promise<GoalConsultationDto> {
    return this.circulation.circulate(auth, id, body);
  }

  @Post('comments')
  @RequirePermission(Action.goalComment)
  @ApiOperation({ summary: 'Lämna en synpunkt på ett förslag på remiss, för en enhet under ägaren inom din behörighet' })
  @ApiCreatedResponse({ type: GoalCommentResponse })
  @ApiConflictResponse({ description: 'Målet är inte på remiss eller redan beslutat' })
  @ApiUnprocessableEntityResponse({ description: "orgNodeId ligger inte under målets ägare, eller texten saknas" })
  @ApiForbiddenResponse({ description: 'Enheten ligger utanför din behörighet' })
  comment(@CurrentAuth() auth: AuthContext, @Param('id', idParam(GOAL)) id: string, @Body() body: CreateGoalCommentDto): Promise<GoalCommentDto> {
    return this.circulation.comment(auth, id, body);
  }
}
