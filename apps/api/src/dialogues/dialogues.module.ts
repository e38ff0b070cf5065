import { Module } from '@nestjs/common';
import { ChainModule } from '../chain/chain.module.js';
import { DialogueActionsService } from './dialogue-actions.service.js';
import { DialogueAgendaController } from './dialogue-agenda.controller.js';
import { DialogueAgendaService } from './dialogue-agenda.service.js';
import { DialoguesController } from './dialogues.controller.js';
import { DialoguesService } from './dialogues.service.js';
import { DialogueProtocolService } from './protocol/dialogue-protocol.service.js';

/** Analysis dialogues: the meeting, its agenda made from the data, notes, the actions decided and the protocol. */
@Module({
  imports: [ChainModule],
  controllers: [DialoguesController, DialogueAgendaController],
  providers: [DialoguesService, DialogueAgendaService, DialogueActionsService, DialogueProtocolService],
})
export class DialoguesModule {}
