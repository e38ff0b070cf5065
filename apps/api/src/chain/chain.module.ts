import { Module } from '@nestjs/common';
import { ChainElementsController } from './elements/chain-elements.controller.js';
import { ChainElementsService } from './elements/chain-elements.service.js';
import { IndicatorsController } from './indicators/indicators.controller.js';
import { IndicatorsService } from './indicators/indicators.service.js';
import { RatioDefinitionsController } from './ratios/ratio-definitions.controller.js';
import { RatioDefinitionsService } from './ratios/ratio-definitions.service.js';
import { IndicatorTargetsService } from './targets/indicator-targets.service.js';
import { GoalChainController } from './view/goal-chain.controller.js';
import { GoalChainService } from './view/goal-chain.service.js';
import { YearChainsController } from './view/year-chains.controller.js';

/** Chain elements, indicators with targets, ratio definitions and the chain view with computed figures. */
@Module({
  controllers: [ChainElementsController, IndicatorsController, RatioDefinitionsController, GoalChainController, YearChainsController],
  providers: [ChainElementsService, IndicatorsService, IndicatorTargetsService, RatioDefinitionsService, GoalChainService],
  exports: [GoalChainService],
})
export class ChainModule {}
