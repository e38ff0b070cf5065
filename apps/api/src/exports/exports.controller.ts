import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, type ExportDto, type ExportPeriodDto } from '@resultatkedjan/contracts';
import type { AuthContext } from '../auth/auth-context.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { idParam } from '../common/validation/fields.js';
import { contentDisposition } from '../reports/support/content-disposition.js';
import { CreateExportDto, ExportPageResponse, ExportPeriodResponse, ExportQueryDto, ExportResponse } from './dto/export.dto.js';
import { ExportsService } from './exports.service.js';
import { EXPORT_CONTENT_TYPES } from './render/render-export.js';

const TERM = 'Exporten';

@ApiTags('exporter')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('periods')
  @RequirePermission(Action.exportRead)
  @ApiOperation({ summary: 'Låsta helår (årsredovisning) och delår (delårsrapport), senaste först, med sina exporter' })
  @ApiOkResponse({ type: [ExportPeriodResponse] })
  periods(@CurrentAuth() auth: AuthContext): Promise<ExportPeriodDto[]> {
    return this.exports.periods(auth);
  }

  @Get()
  @RequirePermission(Action.exportRead)
  @ApiOperation({ summary: 'Exporter, senaste först (en periods med periodId)' })
  @ApiOkResponse({ type: ExportPageResponse })
  list(@CurrentAuth() auth: AuthContext, @Query() query: ExportQueryDto): Promise<Page<ExportDto>> {
    return this.exports.list(auth, query);
  }

  @Post()
  @RequirePermission(Action.exportCreate)
  @ApiOperation({
    summary: 'Starta en export av en låst periods ögonblicksbild: målavstämning och god ekonomisk hushållning för kommunkoncernen ' +
      '(XLSX, DOCX, CSV eller JSON). Byggs i bakgrunden; följ status och progress med GET /exports/{id}.',
  })
  @ApiCreatedResponse({ type: ExportResponse })
  @ApiUnprocessableEntityResponse({ description: 'Perioden finns inte, är inte helår eller delår, är inte låst eller saknar ögonblicksbild' })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateExportDto): Promise<ExportDto> {
    return this.exports.create(auth, body);
  }

  @Get(':id')
  @RequirePermission(Action.exportRead)
  @ApiOperation({ summary: 'En export med status och progress' })
  @ApiOkResponse({ type: ExportResponse })
  @ApiNotFoundResponse({ description: 'Finns inte i den egna kommunen' })
  get(@CurrentAuth() auth: AuthContext, @Param('id', idParam(TERM)) id: string): Promise<ExportDto> {
    return this.exports.get(auth, id);
  }

  @Get(':id/file')
  @RequirePermission(Action.exportRead)
  @ApiProduces(...Object.values(EXPORT_CONTENT_TYPES))
  @ApiOperation({ summary: 'Exportens fil' })
  @ApiNotFoundResponse({ description: 'Finns inte i den egna kommunen' })
  @ApiConflictResponse({ description: 'Filen är inte klar ännu' })
  async file(@CurrentAuth() auth: AuthContext, @Param('id', idParam(TERM)) id: string): Promise<StreamableFile> {
    const file = await this.exports.file(auth, id);
    return new StreamableFile(file.data, { type: file.contentType, disposition: contentDisposition(file.fileName), length: file.data.length });
  }
}
