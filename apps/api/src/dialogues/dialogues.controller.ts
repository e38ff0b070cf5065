import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action, type DialogueDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { idParam } from '../common/validation/fields.js';
import { CreateDialogueDto, DialoguePageResponse, DialogueQueryDto, DialogueResponse, DialogueStatusDto, UpdateDialogueDto } from './dto/dialogue.dto.js';
import { DialoguesService } from './dialogues.service.js';

const TERM = 'Dialogen';

@ApiTags('dialoger')
@Controller('dialogues')
export class DialoguesController {
  constructor(private readonly dialogues: DialoguesService) {}

  @Get()
  @RequirePermission(Action.dialogueRead)
  @ApiOperation({ summary: 'Analysdialoger och ägardialoger, senaste mötet först' })
  @ApiOkResponse({ type: DialoguePageResponse })
  list(@CurrentAuth() auth: AuthContext, @Query() query: DialogueQueryDto): Promise<Page<DialogueDto>> {
    return this.dialogues.list(auth, query);
  }

  @Get(':id')
  @RequirePermission(Action.dialogueRead)
  @ApiOperation({ summary: 'En dialog' })
  @ApiOkResponse({ type: DialogueResponse })
  @ApiNotFoundResponse({ description: 'Finns inte i den egna kommunen' })
  get(@CurrentAuth() auth: AuthContext, @Param('id', idParam(TERM)) id: string): Promise<DialogueDto> {
    return this.dialogues.get(auth, id);
  }

  @Post()
  @RequirePermission(Action.dialogueWrite)
  @ApiOperation({ summary: 'Planera en dialog för en nämnd, förvaltning eller ett bolag (ägardialog) om en öppen eller låst period' })
  @ApiCreatedResponse({ type: DialogueResponse })
  @ApiUnprocessableEntityResponse({ description: 'Fel slags organisationsenhet, perioden är inte öppnad, eller en deltagare finns inte' })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateDialogueDto): Promise<DialogueDto> {
    return this.dialogues.create(auth, body);
  }

  @Patch(':id')
  @RequirePermission(Action.dialogueWrite)
  @ApiOperation({ summary: 'Ändra datum, rubrik eller deltagare (inte efter justerat protokoll)' })
  @ApiOkResponse({ type: DialogueResponse })
  @ApiConflictResponse({ description: 'Någon annan har ändrat dialogen' })
  update(@CurrentAuth() auth: AuthContext, @Param('id', idParam(TERM)) id: string, @Body() body: UpdateDialogueDto): Promise<DialogueDto> {
    return this.dialogues.update(auth, id, body);
  }

  @Put(':id/status')
  @RequirePermission(Action.dialogueWrite)
  @ApiOperation({ summary: 'Flytta dialogen ett steg: planerad → genomförd → protokoll justerat' })
  @ApiOkResponse({ type: DialogueResponse })
  @ApiConflictResponse({ description: 'Någon annan har ändrat dialogen' })
  setStatus(@CurrentAuth() auth: AuthContext, @Param('id', idParam(TERM)) id: string, @Body() body: DialogueStatusDto): Promise<DialogueDto> {
    return this.dialogues.setStatus(auth, id, body);
  }
}
