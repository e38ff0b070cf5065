import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action, type GoalAssessmentDto, type GoalAssessmentsView } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { idParam } from '../common/validation/fields.js';
import { AssessmentsQueryDto, GoalAssessmentResponse, GoalAssessmentsResponse, RecordGoalAssessmentDto } from './dto/goal-assessment.dto.js';
import { GoalAssessmentsService } from './goal-assessments.service.js';

@ApiTags('bedömningar')
@Controller('goals/:goalId/assessments')
export class GoalAssessmentsController {
  constructor(private readonly assessments: GoalAssessmentsService) {}

  @Get()
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Målets bedömningar i en period sida vid sida: enheternas självvärdering först, sedan förvaltning, nämnd och KS, med ett förslag' })
  @ApiOkResponse({ type: GoalAssessmentsResponse })
  view(@CurrentAuth() auth: AuthContext, @Param('goalId', idParam('Målet')) goalId: string, @Query() query: AssessmentsQueryDto): Promise<GoalAssessmentsView> {
    return this.assessments.view(auth, goalId, query.periodId);
  }

  @Put()
  @RequirePermission(Action.assessmentWrite)
  @ApiOperation({ summary: 'Registrera (eller ändra) förvaltningens, nämndens eller KS bedömning av målet; motivering krävs' })
  @ApiOkResponse({ type: GoalAssessmentResponse })
  @ApiUnprocessableEntityResponse({ description: 'Nivån finns inte på skalan, motivering saknas, eller organisationsenheten bedömer inte målet i den nivån' })
  record(@CurrentAuth() auth: AuthContext, @Param('goalId', idParam('Målet')) goalId: string, @Body() body: RecordGoalAssessmentDto): Promise<GoalAssessmentDto> {
    return this.assessments.record(auth, goalId, body);
  }
}
