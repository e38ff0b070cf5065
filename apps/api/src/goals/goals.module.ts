import { Module } from '@nestjs/common';
import { GoalOverviewController } from './goal-overview.controller.js';
import { GoalOverviewService } from './goal-overview.service.js';
import { GoalsController } from './goals.controller.js';
import { GoalsService } from './goals.service.js';
import { MandatperioderController } from './mandatperioder.controller.js';
import { MandatperioderService } from './mandatperioder.service.js';

@Module({
  // GoalOverviewController first: its fixed paths (/goals/cascade, /goals/hygiene) must match before /goals/:id.
  controllers: [GoalOverviewController, GoalsController, MandatperioderController],
  providers: [GoalsService, GoalOverviewService, MandatperioderService],
})
export class GoalsModule {}
