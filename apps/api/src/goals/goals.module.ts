import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { GoalCirculationController } from './goal-circulation.controller.js';
import { GoalCirculationService } from './goal-circulation.service.js';
import { GoalOverviewController } from './goal-overview.controller.js';
import { GoalOverviewService } from './goal-overview.service.js';
import { GoalsController } from './goals.controller.js';
import { GoalsService } from './goals.service.js';
import { MandatperioderController } from './mandatperioder.controller.js';
import { MandatperioderService } from './mandatperioder.service.js';

@Module({
  imports: [NotificationsModule],
  // GoalOverviewController first: its fixed paths (/goals/cascade, /goals/hygiene) must match before /goals/:id.
  controllers: [GoalOverviewController, GoalsController, GoalCirculationController, MandatperioderController],
  providers: [GoalsService, GoalOverviewService, GoalCirculationService, MandatperioderService],
})
export class GoalsModule {}
