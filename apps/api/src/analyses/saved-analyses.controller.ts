import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, type SavedAnalysisDto as SavedAnalysis } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { idParam } from '../common/validation/fields.js';
import {
  CreateSavedAnalysisDto, SavedAnalysisDto, SavedAnalysisPageDto, SavedAnalysisQueryDto, UpdateSavedAnalysisDto,
} from './dto/saved-analysis.dto.js';
import { SavedAnalysesService } from './saved-analyses.service.js';

const ANALYSIS = 'Analysen';

@ApiTags('analyses')
@Controller('analyses')
@ApiNotFoundResponse({ description: 'Analysen finns inte (eller tillhör en annan kommun)' })
export class SavedAnalysesController {
  constructor(private readonly analyses: SavedAnalysesService) {}

  @Get()
  @RequirePermission(Action.dialogueRead)
  @ApiOperation({ summary: 'Sparade analyser, nyaste först, för ett mål eller delade med en dialog' })
  @ApiOkResponse({ type: SavedAnalysisPageDto })
  list(@CurrentAuth() auth: AuthContext, @Query() query: SavedAnalysisQueryDto): Promise<Page<SavedAnalysis>> {
    return this.analyses.list(auth, query);
  }

  @Get(':id')
  @RequirePermission(Action.dialogueRead)
  @ApiOperation({ summary: 'En sparad analys' })
  @ApiOkResponse({ type: SavedAnalysisDto })
  get(@CurrentAuth() auth: AuthContext, @Param('id', idParam(ANALYSIS)) id: string): Promise<SavedAnalysis> {
    return this.analyses.get(auth, id);
  }

  @Post()
  @RequirePermission(Action.dialogueWrite)
  @ApiOperation({ summary: 'Spara en analys av ett måls nyckeltal (text, urval, vad-händer-om), eventuellt delad med en dialog' })
  @ApiCreatedResponse({ type: SavedAnalysisDto })
  @ApiUnprocessableEntityResponse({ description: 'T.ex. okänd period eller en dialog där målet inte hör hemma' })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateSavedAnalysisDto): Promise<SavedAnalysis> {
    return this.analyses.create(auth, body);
  }

  @Patch(':id')
  @RequirePermission(Action.dialogueWrite)
  @ApiOperation({ summary: 'Ändra text eller urval, eller dela med en dialog (dialogueId null slutar dela)' })
  @ApiOkResponse({ type: SavedAnalysisDto })
  @ApiConflictResponse({ description: 'Någon annan har sparat analysen sedan den lästes (version)' })
  update(@CurrentAuth() auth: AuthContext, @Param('id', idParam(ANALYSIS)) id: string, @Body() body: UpdateSavedAnalysisDto): Promise<SavedAnalysis> {
    return this.analyses.update(auth, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Action.dialogueWrite)
  @ApiOperation({ summary: 'Ta bort en sparad analys' })
  @ApiNoContentResponse({ description: 'Borttagen' })
  remove(@CurrentAuth() auth: AuthContext, @Param('id', idParam(ANALYSIS)) id: string): Promise<void> {
    return this.analyses.remove(auth, id);
  }
}
