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
import { ChainTemplatesController } from './templates/chain-templates.controller.js';
import { ChainTemplatesService } from './templates/chain-templates.service.js';

/** Chain elements, indicators with targets, ratio definitions (with a preview), sector templates and the chain view with computed figures. */
@Module({
  controllers: [ChainElementsController, IndicatorsController, RatioDefinitionsController, GoalChainController, YearChainsController, ChainTemplatesController],
  providers: [ChainElementsService, IndicatorsService, IndicatorTargetsService, RatioDefinitionsService, GoalChainService, ChainTemplatesService],
  exports: [GoalChainService],
})
export class ChainModule {}
