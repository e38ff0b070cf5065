import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type GoalCascade, type HygieneReport } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { GoalYearQueryDto } from './dto/goal-query.dto.js';
import { GoalCascadeResponse, HygieneReportResponse } from './dto/goal.response.js';
import { GoalOverviewService } from './goal-overview.service.js';

/** Registered before GoalsController so /goals/cascade and /goals/hygiene are not taken for /goals/:id. */
@ApiTags('goals')
@Controller('goals')
export class GoalOverviewController {
  constructor(private readonly overview: GoalOverviewService) {}

  @Get('cascade')
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Målkaskaden ett år: vision och KF-mål ned genom nämnd-/bolagsmål till verksamhetsmål, med ägardirektiv för bolagsmål' })
  @ApiOkResponse({ type: GoalCascadeResponse })
  cascade(@CurrentAuth() auth: AuthContext, @Query() query: GoalYearQueryDto): Promise<GoalCascade> {
    return this.overview.cascade(auth, query.year);
  }

  @Get('hygiene')
  @RequirePermission(Action.goalRead)
  @ApiOperation({ summary: 'Få mål (R-1): antal mål per nämnd/KS/bolag och indikatorer per mål mot kommunens tak — bara varningar' })
  @ApiOkResponse({ type: HygieneReportResponse })
  hygiene(@CurrentAuth() auth: AuthContext, @Query() query: GoalYearQueryDto): Promise<HygieneReport> {
    return this.overview.hygiene(auth, query.year);
  }
}
