import { Module } from '@nestjs/common';
import { SavedAnalysesController } from './saved-analyses.controller.js';
import { SavedAnalysesService } from './saved-analyses.service.js';

/** The controller's saved analyses of a goal's ratios, shared with analysis dialogues (issue #15, item 6). */
@Module({ controllers: [SavedAnalysesController], providers: [SavedAnalysesService] })
export class AnalysesModule {}
