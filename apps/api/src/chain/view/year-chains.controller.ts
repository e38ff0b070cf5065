import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action } from '@resultatkedjan/contracts';
import { sendJsonView } from '../../platform/cache/send-json-view.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { CurrentAuth } from '../../common/access/current-auth.decorator.js';
import { RequirePermission } from '../../common/access/require-permission.decorator.js';
import { GoalChainsForYearResponse } from './goal-chain.response.js';
import { GoalChainService } from './goal-chain.service.js';
import { YearChainsQueryDto } from './year-chains-query.dto.js';

@ApiTags('kedja')
@Controller('chains')
export class YearChainsController {
  constructor(private readonly chain: GoalChainService) {}

  @Get()
  @RequirePermission(Action.valueRead)
  @ApiOperation({
    summary: 'Årets alla mål med indikatorer, var och ett hos sin ägare för året och året före: måluppfyllelse och nyckeltal ' +
      '(med täljare och nämnare) för målträdet och analysen i ett svar. Målen i sin egen ordning, aldrig rangordnade.',
  })
  @ApiOkResponse({ type: GoalChainsForYearResponse })
  @ApiUnprocessableEntityResponse({ description: 'Året saknas eller är ogiltigt' })
  async list(
    @CurrentAuth() auth: AuthContext,
    @Query() query: YearChainsQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return sendJsonView(req, res, await this.chain.forYear(auth, query.year));
  }
}
