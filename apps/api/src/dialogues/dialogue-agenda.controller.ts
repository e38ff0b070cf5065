import { Body, Controller, Get, Param, Patch, Post, Put, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action, type DialogueActionDto, type DialogueAgenda } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { idParam } from '../common/validation/fields.js';
import { CreateDialogueActionDto, DialogueActionResponse, DialogueAgendaResponse, SaveAgendaNoteDto, UpdateDialogueActionDto } from './dto/dialogue-agenda.dto.js';
import { DialogueActionsService } from './dialogue-actions.service.js';
import { DialogueAgendaService } from './dialogue-agenda.service.js';
import { DIALOGUE } from './dialogue-scope.js';
import { DialogueProtocolService } from './protocol/dialogue-protocol.service.js';
import { CONTENT_TYPES } from '../reports/attachments/file-type.js';
import { contentDisposition } from '../reports/support/content-disposition.js';

@ApiTags('dialoger')
@Controller('dialogues/:id')
export class DialogueAgendaController {
  constructor(
    private readonly agendas: DialogueAgendaService,
    private readonly actions: DialogueActionsService,
    private readonly protocols: DialogueProtocolService,
  ) {}

  @Get('protocol.docx')
  @RequirePermission(Action.dialogueRead)
  @ApiProduces(CONTENT_TYPES.docx)
  @ApiOperation({ summary: 'Protokollet (Word): deltagare, dagordning med nyckeltal och berättelser, bedömningar sida vid sida, beslut och åtgärder. Alla i kommunen när det är justerat.' })
  async protocol(@CurrentAuth() auth: AuthContext, @Param('id', idParam(DIALOGUE)) id: string): Promise<StreamableFile> {
    const file = await this.protocols.protocol(auth, id);
    return new StreamableFile(file.data, { type: CONTENT_TYPES.docx, disposition: contentDisposition(file.filename), length: file.data.length });
  }

  @Get('agenda')
  @RequirePermission(Action.dialogueRead)
  @ApiOperation({ summary: 'Dagordningen ur data: mål under målvärdet, sjunkande måluppfyllelse, förändrade nyckeltal, indikatorer utan aktuellt värde, öppna åtgärder' })
  @ApiOkResponse({ type: DialogueAgendaResponse })
  agenda(@CurrentAuth() auth: AuthContext, @Param('id', idParam(DIALOGUE)) id: string): Promise<DialogueAgenda> {
    return this.agendas.agenda(auth, id);
  }

  @Put('notes')
  @RequirePermission(Action.dialogueWrite)
  @ApiOperation({ summary: 'Anteckning och beslut till en punkt på dagordningen' })
  @ApiOkResponse({ type: SaveAgendaNoteDto })
  saveNote(@CurrentAuth() auth: AuthContext, @Param('id', idParam(DIALOGUE)) id: string, @Body() body: SaveAgendaNoteDto): Promise<{ itemKey: string; text: string }> {
    return this.agendas.saveNote(auth, id, body);
  }

  @Get('actions')
  @RequirePermission(Action.dialogueRead)
  @ApiOperation({ summary: 'Dialogens åtgärder' })
  @ApiOkResponse({ type: [DialogueActionResponse] })
  listActions(@CurrentAuth() auth: AuthContext, @Param('id', idParam(DIALOGUE)) id: string): Promise<DialogueActionDto[]> {
    return this.actions.list(auth, id);
  }

  @Post('actions')
  @RequirePermission(Action.dialogueWrite)
  @ApiOperation({ summary: 'Besluta en åtgärd med ansvarig, datum och mål eller indikator' })
  @ApiCreatedResponse({ type: DialogueActionResponse })
  @ApiUnprocessableEntityResponse({ description: 'Ansvarig utanför dialogens område, okänd användare, mål eller indikator' })
  createAction(@CurrentAuth() auth: AuthContext, @Param('id', idParam(DIALOGUE)) id: string, @Body() body: CreateDialogueActionDto): Promise<DialogueActionDto> {
    return this.actions.create(auth, id, body);
  }

  @Patch('actions/:actionId')
  @RequirePermission(Action.dialogueWrite)
  @ApiOperation({ summary: 'Ändra eller stäng en åtgärd (stänga och öppna går även efter justerat protokoll)' })
  @ApiOkResponse({ type: DialogueActionResponse })
  @ApiConflictResponse({ description: 'Någon annan har ändrat åtgärden' })
  updateAction(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(DIALOGUE)) id: string,
    @Param('actionId', idParam('Åtgärden')) actionId: string,
    @Body() body: UpdateDialogueActionDto,
  ): Promise<DialogueActionDto> {
    return this.actions.update(auth, id, actionId, body);
  }
}
