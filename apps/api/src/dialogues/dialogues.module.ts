import { Module } from '@nestjs/common';
import { DialoguesController } from './dialogues.controller.js';
import { DialoguesService } from './dialogues.service.js';

/** Analysis dialogues: the meeting, its participants and its status. */
@Module({
  controllers: [DialoguesController],
  providers: [DialoguesService],
})
export class DialoguesModule {}
