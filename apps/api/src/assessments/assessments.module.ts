import { Module } from '@nestjs/common';
import { ChainModule } from '../chain/chain.module.js';
import { GoalAssessmentsController } from './goal-assessments.controller.js';
import { GoalAssessmentsService } from './goal-assessments.service.js';

/** Goal assessments by the förvaltning, the nämnd (or bolag board) and KS, beside the units' self-assessments. */
@Module({
  imports: [ChainModule],
  controllers: [GoalAssessmentsController],
  providers: [GoalAssessmentsService],
  exports: [GoalAssessmentsService],
})
export class AssessmentsModule {}
