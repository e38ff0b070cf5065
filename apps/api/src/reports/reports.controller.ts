import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Action, type ReportPeriodOverview } from '@resultatkedjan/contracts';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import type { AuthContext } from '../auth/auth-context.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { ReportReadService } from './content/report-read.service.js';
import { ReportSaveService } from './workflow/report-save.service.js';
import { ReportWorkflowService } from './workflow/report-workflow.service.js';
import { ReportDetailDto } from './dto/report-detail.dto.js';
import { ReportPageDto, ReportPeriodOverviewDto, type ReportSummaryDto } from './dto/report-summary.dto.js';
import { ReportQueryDto } from './dto/report-query.dto.js';
import { SaveReportDto } from './dto/save-report.dto.js';
import { ReopenReportDto, ReportVersionDto, ReturnReportDto } from './dto/report-transition.dto.js';
import { idParam } from '../common/validation/fields.js';
import { REPORT_NOT_FOUND } from './support/report-messages.js';

@ApiTags('reports')
@Controller('reports')
@ApiNotFoundResponse({ description: 'Rapporten finns inte (eller tillhör en annan kommun)' })
export class ReportsController {
  constructor(
    private readonly reads: ReportReadService,
    private readonly saves: ReportSaveService,
    private readonly workflow: ReportWorkflowService,
  ) {}

  @Get()
  @RequirePermission(Action.reportRead)
  @ApiOperation({ summary: 'Rapporter: inlämnade och godkända i hela kommunen, utkast inom din behörighet' })
  @ApiOkResponse({ type: ReportPageDto })
  list(@CurrentAuth() auth: AuthContext, @Query() query: ReportQueryDto): Promise<Page<ReportSummaryDto>> {
    return this.reads.list(auth, query);
  }

  // Before ':id', so that Express does not take "overview" for an id.
  @Get('overview')
  @RequirePermission(Action.reportRead)
  @ApiOperation({ summary: 'Rapporterna per period räknade per status (samma urval som listan; status ignoreras)' })
  @ApiOkResponse({ type: [ReportPeriodOverviewDto] })
  overview(@CurrentAuth() auth: AuthContext, @Query() query: ReportQueryDto): Promise<ReportPeriodOverview[]> {
    return this.reads.overview(auth, query);
  }

  @Get(':id')
  @RequirePermission(Action.reportRead)
  @ApiOperation({ summary: 'En rapport: per mål indikatorerna (utfall, föregående period, målvärde), analys och självvärdering' })
  @ApiOkResponse({ type: ReportDetailDto })
  get(@CurrentAuth() auth: AuthContext, @Param('id', idParam(REPORT_NOT_FOUND)) id: string): Promise<ReportDetailDto> {
    return this.reads.get(auth, id);
  }

  @Put(':id')
  @RequirePermission(Action.reportWrite)
  @ApiOperation({ summary: 'Spara utkast: värden, analys och självvärdering (allt eller inget, optimistisk låsning)' })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiConflictResponse({ description: 'Inaktuell version, låst period eller rapporten är inlämnad/godkänd' })
  @ApiUnprocessableEntityResponse({ description: 'Ogiltiga fält, t.ex. values.0.value' })
  save(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(REPORT_NOT_FOUND)) id: string,
    @Body() body: SaveReportDto,
  ): Promise<ReportDetailDto> {
    return this.saves.save(auth, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission(Action.reportSubmit)
  @ApiOperation({ summary: 'Lämna in rapporten (kräver analys och självvärdering för varje mål)' })
  @ApiOkResponse({ type: ReportDetailDto })
  @ApiUnprocessableEntityResponse({ description: 'Fält saknas, nycklade assessments.<goalId>.<fält>' })
  submit(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(REPORT_NOT_FOUND)) id: string,
    @Body() body: ReportVersionDto,
  ): Promise<ReportDetailDto> {
    return this.workflow.submit(auth, id, body.version);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission(Action.reportApprove)
  @ApiOperation({ summary: 'Godkänn en inlämnad rapport; därefter kan inget i den ändras' })
  @ApiOkResponse({ type: ReportDetailDto })
  approve(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(REPORT_NOT_FOUND)) id: string,
    @Body() body: ReportVersionDto,
  ): Promise<ReportDetailDto> {
    return this.workflow.approve(auth, id, body.version);
  }

  @Post(':id/return')
  @HttpCode(200)
  @RequirePermission(Action.reportApprove)
  @ApiOperation({ summary: 'Återsänd en inlämnad rapport med en kommentar om vad som ska kompletteras' })
  @ApiOkResponse({ type: ReportDetailDto })
  returnToSender(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(REPORT_NOT_FOUND)) id: string,
    @Body() body: ReturnReportDto,
  ): Promise<ReportDetailDto> {
    return this.workflow.returnToSender(auth, id, body.comment, body.version);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @RequirePermission(Action.reportApprove)
  @ApiOperation({ summary: 'Öppna en godkänd rapport igen med ett angivet skäl (status återsänd)' })
  @ApiOkResponse({ type: ReportDetailDto })
  reopen(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(REPORT_NOT_FOUND)) id: string,
    @Body() body: ReopenReportDto,
  ): Promise<ReportDetailDto> {
    return this.workflow.reopen(auth, id, body.reason, body.version);
  }
}
