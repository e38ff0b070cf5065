import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action } from '@resultatkedjan/contracts';
import { sendJsonView } from '../../platform/cache/send-json-view.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { CurrentAuth } from '../../common/access/current-auth.decorator.js';
import { RequirePermission } from '../../common/access/require-permission.decorator.js';
import { idParam } from '../support/id-param.js';
import { GoalChainQueryDto } from './goal-chain-query.dto.js';
import { GoalChainResponse } from './goal-chain.response.js';
import { GoalChainService } from './goal-chain.service.js';

@ApiTags('kedja')
@Controller('goals')
export class GoalChainController {
  constructor(private readonly chain: GoalChainService) {}

  @Get(':goalId/chain')
  @RequirePermission(Action.valueRead)
  @ApiOperation({
    summary: 'Målets kedja med beräknade värden: varje indikator summerad över organisation och tid, målvärde, ' +
      'måluppfyllelse och nyckeltal (kvoter av summor) per enhet och period. Enheter i namnordning, aldrig rangordnade.',
  })
  @ApiOkResponse({ type: GoalChainResponse })
  @ApiNotFoundResponse({ description: 'Målet finns inte' })
  @ApiUnprocessableEntityResponse({ description: 'Ogiltig period, för många perioder eller enheter, okänd enhet' })
  async view(
    @CurrentAuth() auth: AuthContext,
    @Param('goalId', idParam('Målet')) goalId: string,
    @Query() query: GoalChainQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return sendJsonView(req, res, await this.chain.view(auth, goalId, query));
  }
}
